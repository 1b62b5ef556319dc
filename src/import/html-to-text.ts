import { decodeEntities } from './html-entities';

/** Elements whose content is never text of the report. */
const SKIPPED = /<(script|style|noscript|template|head|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'title',
  'dt',
  'dd',
]);

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= 100 ? n : 1;
}

function cleanText(s: string): string {
  return decodeEntities(s).replace(/[ \t\r\f\v\u00a0]+/g, ' ');
}

/**
 * Lays out a table's rows on a grid: a cell spanning rows or columns takes its place once and
 * leaves the covered places empty, so every row's cells stand under their columns.
 */
function layoutTable(rows: readonly (readonly Cell[])[]): string[] {
  const covered = new Map<string, true>();
  const out: string[] = [];
  rows.forEach((row, r) => {
    const cells: string[] = [];
    let c = 0;
    for (const cell of row) {
      while (covered.has(`${r},${c}`)) cells[c++] = '';
      cells[c] = cell.text.trim();
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (dr > 0 || dc > 0) covered.set(`${r + dr},${c + dc}`, true);
        }
      }
      for (let dc = 1; dc < cell.colspan; dc++) cells[c + dc] = '';
      c += cell.colspan;
    }
    while (covered.has(`${r},${c}`)) cells[c++] = '';
    out.push(Array.from(cells, (x) => x ?? '').join('\t'));
  });
  return out;
}

/**
 * HTML → the plain text the importer reads: paragraphs and <br> become lines, tables become
 * rows of tab-separated cells (row- and column-spans leave empty cells), entities decoded.
 * Pure string code: no DOM, so it runs the same in Node and the browser.
 */
export function htmlToText(html: string): string {
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    // <!DOCTYPE html>, Word's <![if !supportLists]>, <?xml …?>: markup, never text
    .replace(/<![^>]*>|<\?[^>]*>/g, '')
    .replace(SKIPPED, '');
  const lines: string[] = [];
  let text = '';
  const tables: { rows: Cell[][]; row: Cell[] | undefined; cell: Cell | undefined }[] = [];
  const flushText = () => {
    const t = text.trim();
    if (t) lines.push(t);
    text = '';
  };
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|(<)/g;
  for (const m of source.matchAll(tagRe)) {
    const table = tables[tables.length - 1];
    if (m[4] !== undefined || m[5] !== undefined) {
      const chunk = cleanText(m[4] ?? m[5] ?? '').replace(/\n+/g, ' ');
      if (table?.cell) table.cell.text += chunk;
      else if (!table) text += chunk;
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    if (name === 'table') {
      if (!closing) {
        if (!table) flushText();
        tables.push({ rows: [], row: undefined, cell: undefined });
      } else if (table) {
        tables.pop();
        if (table.row) table.rows.push(table.row);
        const laid = layoutTable(table.rows);
        const outer = tables[tables.length - 1];
        if (outer?.cell) outer.cell.text += laid.join(' ');
        else lines.push(...laid);
      }
      continue;
    }
    if (table) {
      if (name === 'tr') {
        if (table.row) table.rows.push(table.row);
        table.row = closing ? undefined : [];
        table.cell = undefined;
      } else if (name === 'td' || name === 'th') {
        if (closing) table.cell = undefined;
        else {
          table.cell = { text: '', colspan: spanOf(attrs, 'colspan'), rowspan: spanOf(attrs, 'rowspan') };
          (table.row ??= []).push(table.cell);
        }
      }
      continue;
    }
    if (BLOCK.has(name)) flushText();
  }
  flushText();
  return lines.join('\n');
}
