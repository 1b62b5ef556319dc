import type { ProseFieldDef } from '../report/layout/parts';
import type { SourceLine } from './lines';
import { PARAGRAPH_MARKER } from './paragraphs';

/** Longest text a sub-heading may have before its full stop (`（一）主动公开情况。2024 年…`). */
const MAX_HEADING = 30;

export interface TopicSplit {
  /** Lines before the first recognised sub-heading. */
  readonly leading: readonly SourceLine[];
  /** Field path → its lines (heading removed; text after an inline heading kept). */
  readonly topics: ReadonlyMap<string, readonly SourceLine[]>;
}

/** The field a heading names: the one whose keyword stands latest in it (the head noun comes last). */
function fieldOf(heading: string, fields: readonly ProseFieldDef[]): string | undefined {
  let best: { path: string; at: number } | undefined;
  for (const f of fields) {
    for (const k of f.keywords ?? []) {
      const at = heading.lastIndexOf(k);
      if (at >= 0 && (!best || at + k.length > best.at)) best = { path: f.path, at: at + k.length };
    }
  }
  return best?.path;
}

/** `一是…`, `二是…`: the numbering many reports give part 一's topics inside the text. */
const IS_MARKER = /^[一二三四五六七八九十]是/;

/** A sub-heading at the start of the line, and the text after it on the same line. */
function headingOf(line: SourceLine): { heading: string; rest: string } | undefined {
  const text = line.cells
    .filter((c) => c !== '')
    .join(' ')
    .trim();
  const marker = PARAGRAPH_MARKER.exec(text) ?? IS_MARKER.exec(text);
  if (!marker && !line.markdownHeading) return undefined;
  const body = text.slice(marker?.[0].length ?? 0);
  const stop = body.search(marker && IS_MARKER.test(marker[0]) ? /[。：:，,；;]/ : /[。：:]/);
  const heading = stop >= 0 ? body.slice(0, stop) : body;
  if (heading.length === 0 || heading.length > MAX_HEADING) return undefined;
  return { heading, rest: stop >= 0 ? body.slice(stop + 1).trim() : '' };
}

/**
 * Splits a part's prose at sub-headings that name one of its topics (by the layout's keywords):
 * `（一）主动公开情况`, `1.信息主动公开情况。…`, `### (一) 主动公开情况`, `(四)强化公开平台建设…`,
 * `一是主动公开方面，…` (the topic named before the first comma).
 */
export function splitTopics(lines: readonly SourceLine[], fields: readonly ProseFieldDef[]): TopicSplit {
  const leading: SourceLine[] = [];
  const topics = new Map<string, SourceLine[]>();
  let current: SourceLine[] = leading;
  for (const line of lines) {
    const h = headingOf(line);
    const path = h ? fieldOf(h.heading, fields) : undefined;
    if (!h || !path) {
      current.push(line);
      continue;
    }
    current = topics.get(path) ?? [];
    topics.set(path, current);
    // `一是…` opens a sentence, not a heading line: the whole line is the topic's text.
    const keep = IS_MARKER.test(line.text.trim()) ? line.text.trim() : h.rest;
    if (keep !== '') current.push({ ...line, text: keep, cells: [keep], markdownHeading: false });
  }
  return { leading, topics };
}
