import { PARTS } from './layout/parts';
import type { ProseFieldDef } from './layout/parts';
import { getPath } from './paths';
import type { Baseline } from './schema';
import { PROSE_PATHS } from './schema-layout';
import { splitParagraphs } from './text/paragraphs';
import type { ProsePath } from './schema-layout';

/** Each prose field of a draft that has text, by path (kept in next year's baseline). */
export function proseFieldTexts(draft: unknown): Partial<Record<ProsePath, string>> {
  const out: Partial<Record<ProsePath, string>> = {};
  for (const path of PROSE_PATHS) {
    const value = getPath(draft, path);
    if (typeof value === 'string' && value.trim() !== '') out[path] = value;
  }
  return out;
}

export interface LastYearProse {
  readonly year: number;
  readonly paragraphs: readonly string[];
  /** `field`: last year's text of this very field; `part`: of the whole part (older drafts kept only that). */
  readonly scope: 'field' | 'part';
}

/**
 * Last year's text to show beside a prose field, for reference: the field's own text when the
 * baseline has it; else, at the part's first field, the part's text (a baseline kept before
 * per-field text was stored). Null when last year's report gave nothing for it.
 */
export function lastYearProse(baseline: Baseline | undefined, path: string): LastYearProse | null {
  if (!baseline) return null;
  const own = baseline.proseFields?.[path as ProsePath];
  if (own !== undefined && own.trim() !== '') {
    return { year: baseline.year, paragraphs: splitParagraphs(own), scope: 'field' };
  }
  if (baseline.proseFields !== undefined) return null;
  const part = PARTS.find((p) => p.prose.some((f) => f.path === path));
  if (!part) return null;
  const fields: readonly ProseFieldDef[] = part.prose;
  const first = fields.find((f) => !f.optional) ?? fields[0];
  const text = (baseline.prose as Partial<Record<string, string>> | undefined)?.[part.id];
  if (first?.path !== path || text === undefined || text.trim() === '') return null;
  return { year: baseline.year, paragraphs: splitParagraphs(text), scope: 'part' };
}
