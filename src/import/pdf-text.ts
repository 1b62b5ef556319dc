import { unifyCjkForms } from './normalize';
import type { PositionedText } from './pdf-lines';
import { pageLines } from './pdf-lines';

/**
 * The files pdf.js needs besides its code: the Adobe character maps (`UniGB-UCS2-H.bcmap`…) —
 * without them a Chinese PDF whose fonts are not embedded gives no text and no error — and the
 * standard fonts. The browser fetches the copies bundled with the app, the command line reads
 * them from node_modules; `undefined` when there is no such file.
 */
export interface PdfAssets {
  load(kind: 'cmap' | 'font', filename: string): Promise<Uint8Array | undefined>;
}

export type PdfText =
  | { readonly ok: true; readonly text: string; readonly pages: number }
  | { readonly ok: false; readonly message: string };

/** The shape of pdf.js's text items that is used here (the rest is not read). */
interface PdfTextItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use. Its worker runs in this thread (no worker file to serve, so the
 * single-file build works too): the worker module is imported and handed over as
 * `globalThis.pdfjsWorker`, which pdf.js uses instead of starting a Worker.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // what pdf.js calls that Chromium 80 lacks (no-ops where the browser has it)
    await import('../polyfills/for-pdf');
    const [lib, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib;
  })();
  return loading;
}

/** pdf.js asks this for a character map or font by file name (`useWorkerFetch: false`). */
function assetFactory(assets: PdfAssets) {
  return class BundledAssets {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const data = await assets.load(kind === 'cMapUrl' ? 'cmap' : 'font', filename);
      if (!data) throw new Error(`missing ${filename}`);
      return data;
    }
  };
}

const MAX_PAGES = 200;

/**
 * A PDF's text, page by page, its table cells rebuilt from positions (`pdf-lines.ts`). A PDF with
 * no text (a scan) or one pdf.js cannot open gets a Chinese message. Never throws.
 */
export async function pdfToText(bytes: Uint8Array, assets: PdfAssets): Promise<PdfText> {
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']> | undefined;
  try {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({
      // a copy, as a plain Uint8Array: pdf.js takes ownership of it and refuses Node's Buffer
      data: new Uint8Array(bytes),
      cMapUrl: 'bundled/',
      cMapPacked: true,
      standardFontDataUrl: 'bundled/',
      useWorkerFetch: false,
      useSystemFonts: false,
      isEvalSupported: false,
      disableFontFace: true,
      BinaryDataFactory: assetFactory(assets),
      verbosity: 0,
    });
    doc = await task.promise;
    const lines: string[] = [];
    let chars = 0;
    const pages = Math.min(doc.numPages, MAX_PAGES);
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const raw of content.items as readonly PdfTextItem[]) {
        const t = raw.transform;
        if (typeof raw.str !== 'string' || !t || t.length < 6) continue;
        const str = unifyCjkForms(raw.str);
        chars += str.trim().length;
        items.push({
          str,
          x: t[4] ?? 0,
          y: t[5] ?? 0,
          width: raw.width ?? 0,
          size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || (raw.height ?? 0) || 10,
        });
      }
      lines.push(...pageLines(items), '');
      page.cleanup();
    }
    if (chars === 0) {
      return {
        ok: false,
        message:
          '这个 PDF 里没有文字（可能是扫描件或图片），无法导入；请找到报告的网页或 Word 版本，或把文字录入后再导入。',
      };
    }
    return { ok: true, text: lines.join('\n'), pages: doc.numPages };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') {
      return { ok: false, message: '这个 PDF 设有密码，无法导入；请先在 PDF 阅读器中取消密码后再导入。' };
    }
    return {
      ok: false,
      message:
        '这个 PDF 无法读取（文件可能已损坏或不完整）；请重新下载后再试，或改用报告的网页或 Word 版本。',
    };
  } finally {
    await doc?.destroy().catch(() => undefined);
  }
}
