import type { PageFacts } from '../report/publication-place';
import { decodeEntities } from './html-entities';

/** The attributes of one tag, names in lower case. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z_:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    out.set((m[1] ?? '').toLowerCase(), decodeEntities(m[3] ?? m[4] ?? m[5] ?? '').trim());
  }
  return out;
}

const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What a government page says about itself: the `<meta name="PubDate|ColumnName|ArticleTitle">`
 * that government site systems write, the `<title>`, how many images the page holds, and the
 * PDF files it links to (by their link text, else their file name). Any page: nothing found is
 * simply absent. Never throws.
 */
export function readPageFacts(html: string): PageFacts {
  const meta = new Map<string, string>();
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const name = (a.get('name') ?? '').toLowerCase();
    const content = a.get('content');
    if (name && content && !meta.has(name)) meta.set(name, content);
  }
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const body = /<body\b[^>]*>([\s\S]*)/i.exec(html)?.[1] ?? html;
  const images = [...body.matchAll(/<img\b[^>]*>/gi)].length;
  const pdfs: string[] = [];
  for (const m of body.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const href = attributes(m[1] ?? '').get('href') ?? '';
    if (!/\.pdf(?:$|[?#])/i.test(href)) continue;
    const name = textOf(m[2] ?? '') || decodeURIComponent(href.split(/[?#]/)[0]?.split('/').at(-1) ?? href);
    if (!pdfs.includes(name)) pdfs.push(name);
  }
  const pick = (key: string) => meta.get(key.toLowerCase());
  const facts: PageFacts = { isHtml: true, images, pdfAttachments: pdfs };
  const pubDate = pick('PubDate');
  const columnName = pick('ColumnName');
  const articleTitle = pick('ArticleTitle') ?? (title ? textOf(title[1] ?? '') : undefined);
  return {
    ...facts,
    ...(pubDate ? { pubDate } : {}),
    ...(columnName ? { columnName } : {}),
    ...(articleTitle ? { articleTitle } : {}),
  };
}

/** True when text looks like an HTML page (a pasted page source, or a .html file). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|meta)\b/i.test(text.slice(0, 4000));
}
