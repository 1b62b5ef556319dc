/**
 * Test helper: reads the tables of an HTML string with a small tokenizer (no DOM in Node),
 * enough to check spans, scopes, header rows and cell text of the exporters' output.
 */
export interface ParsedCell {
  readonly tag: 'th' | 'td';
  readonly attrs: Readonly<Record<string, string>>;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Inner text with entities left as written (so escaping can be checked). */
  readonly html: string;
}

export interface ParsedTable {
  readonly attrs: Readonly<Record<string, string>>;
  readonly caption: string;
  readonly head: readonly (readonly ParsedCell[])[];
  readonly body: readonly (readonly ParsedCell[])[];
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) out[(m[1] ?? '').toLowerCase()] = m[2] ?? '';
  return out;
}

function rows(section: string): ParsedCell[][] {
  return [...section.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] ?? '').matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => {
      const attrs = attributes(m[2] ?? '');
      return {
        tag: m[1] as 'th' | 'td',
        attrs,
        rowSpan: Number(attrs.rowspan ?? 1),
        colSpan: Number(attrs.colspan ?? 1),
        html: (m[3] ?? '').replace(/<[^>]+>/g, ''),
      };
    }),
  );
}

export function parseTables(html: string): ParsedTable[] {
  return [...html.matchAll(/<table([^>]*)>([\s\S]*?)<\/table>/g)].map((t) => {
    const inner = t[2] ?? '';
    const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(inner)?.[1] ?? '';
    const body = [...inner.matchAll(/<tbody[^>]*>([\s\S]*?)<\/tbody>/g)].map((m) => m[1] ?? '').join('');
    return {
      attrs: attributes(t[1] ?? ''),
      caption: /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(inner)?.[1] ?? '',
      head: rows(head),
      body: rows(body),
    };
  });
}

/** Lays parsed rows on a grid; returns the number of slots each row covers (throws on overlap). */
export function rowWidths(rowsOfCells: readonly (readonly ParsedCell[])[]): number[] {
  const taken: Set<number>[] = rowsOfCells.map(() => new Set<number>());
  rowsOfCells.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]?.has(c)) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const row = taken[r + dr];
          if (!row) throw new Error(`row span overflows the table at row ${r}`);
          if (row.has(c + dc)) throw new Error(`cells overlap at ${r + dr},${c + dc}`);
          row.add(c + dc);
        }
      }
      c += cell.colSpan;
    }
  });
  return taken.map((s) => s.size);
}
