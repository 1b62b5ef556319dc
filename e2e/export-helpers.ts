import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Clicks an export button of 打印与导出 and returns the file the browser downloads. */
export async function exportFile(page: Page, button: string): Promise<Downloaded> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** `word/document.xml` of a .docx. */
export async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('no word/document.xml in the file');
  return entry.async('string');
}

/** Each page's text of a PDF, with all white space removed (table cells wrap). */
export function pdfPageTexts(path: string): string[] {
  const info = execFileSync('pdfinfo', [path]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', path, '-'])
      .toString()
      .replace(/\s+/g, ''),
  );
}

/** Every page's MediaBox [x0, y0, width, height] in points. */
export function pdfMediaBoxes(path: string): number[][] {
  const raw = readFileSync(path).toString('latin1');
  return [...raw.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
}

export const A4_POINTS = [595.28, 841.89] as const;
