import type { PartId } from '../report/layout/parts';
import { PARTS } from '../report/layout/parts';
import type { SourceLine } from './lines';
import { headingKey } from './normalize';

/** The report cut at its six part headings; `head` is everything before 一 (title, preamble). */
export interface Sections {
  readonly head: readonly SourceLine[];
  readonly parts: ReadonlyMap<PartId, readonly SourceLine[]>;
  /** The line number where each found part heading stands. */
  readonly headingLines: ReadonlyMap<PartId, number>;
}

const HEADINGS: readonly { id: PartId; keys: readonly string[] }[] = PARTS.map((p) => ({
  id: p.id,
  keys: [p.heading, ...('aliases' in p ? p.aliases : [])].map(headingKey),
}));

/** The part whose heading this line is (a line of its own; markdown `#`/`**` allowed). */
export function partHeadingOf(line: SourceLine): PartId | undefined {
  if (line.cells.filter((c) => c !== '').length !== 1) return undefined;
  const key = headingKey(line.text);
  return HEADINGS.find((h) => h.keys.includes(key))?.id;
}

/** Finds the part headings in order (each after the previous) and cuts the lines between them. */
export function splitSections(lines: readonly SourceLine[]): Sections {
  const starts: { id: PartId; index: number }[] = [];
  let next = 0;
  lines.forEach((line, index) => {
    const id = partHeadingOf(line);
    if (!id) return;
    const order = HEADINGS.findIndex((h) => h.id === id);
    if (order < next) return;
    starts.push({ id, index });
    next = order + 1;
  });
  const parts = new Map<PartId, readonly SourceLine[]>();
  const headingLines = new Map<PartId, number>();
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.index ?? lines.length;
    parts.set(s.id, lines.slice(s.index + 1, end));
    headingLines.set(s.id, lines[s.index]?.no ?? 0);
  });
  return { head: lines.slice(0, starts[0]?.index ?? lines.length), parts, headingLines };
}
