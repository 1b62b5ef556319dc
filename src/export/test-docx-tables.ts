/**
 * Test helper: reads the tables of a .docx `word/document.xml` (no DOM in Node): per row,
 * its properties and its cells with gridSpan, vMerge and text.
 */
export interface DocxCell {
  readonly gridSpan: number;
  readonly vMerge?: 'restart' | 'continue';
  readonly text: string;
  /** First grid column the cell covers. */
  readonly col: number;
}

export interface DocxRow {
  readonly header: boolean;
  readonly cantSplit: boolean;
  /** Every paragraph of the row is kept with the next (Word's way of keeping rows together). */
  readonly keepNext: boolean;
  readonly cells: readonly DocxCell[];
}

export interface DocxTable {
  readonly gridColumns: number;
  readonly rows: readonly DocxRow[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function docxTables(documentXml: string): DocxTable[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const xml = t[1] ?? '';
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((tr): DocxRow => {
      const rowXml = tr[1] ?? '';
      let col = 0;
      const cells = [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc): DocxCell => {
        const cellXml = tc[1] ?? '';
        const gridSpan = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cellXml)?.[1] ?? 1);
        const merge = /<w:vMerge(?: w:val="(restart|continue)")?\/>/.exec(cellXml);
        const text = unescape(
          [...cellXml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''),
        );
        const cell: DocxCell = {
          gridSpan,
          ...(merge ? { vMerge: merge[1] === 'restart' ? 'restart' : 'continue' } : {}),
          text,
          col,
        };
        col += gridSpan;
        return cell;
      });
      const paragraphs = rowXml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
      return {
        header: rowXml.includes('<w:tblHeader/>'),
        cantSplit: rowXml.includes('<w:cantSplit/>'),
        keepNext: paragraphs.length > 0 && paragraphs.every((p) => p.includes('<w:keepNext/>')),
        cells,
      };
    });
    return { gridColumns: (xml.match(/<w:gridCol /g) ?? []).length, rows };
  });
}

/** The vMerge marks of grid column `col`, top to bottom ('-' where the cell is not merged). */
export function mergeColumn(table: DocxTable, col: number): string[] {
  return table.rows.map((r) => r.cells.find((c) => c.col === col)?.vMerge ?? '-');
}
