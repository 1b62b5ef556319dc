import { describePath } from '../report/describe-path';
import type { AmbiguousRow } from './table-import';
import type { Unmapped } from './unmapped';

/** Longest piece of the report's own text quoted in a message. */
const MAX_QUOTED = 60;

const quoted = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTED ? `${t.slice(0, MAX_QUOTED)}…` : t;
};

/**
 * A row the importer left blank, said by its place in the table (never by a line number: a
 * report pasted as one line, or a PDF, has no lines the clerk could count).
 */
export function ambiguousText(a: AmbiguousRow): string {
  return `${describePath(a.path)}：原文“${quoted(a.printed)}”，${a.reason}`;
}

/** Text the importer could not place, quoted, with the reason (which names the table). */
export function unmappedText(u: Unmapped): string {
  return `“${quoted(u.cell ?? u.text)}”：${u.reason}`;
}
