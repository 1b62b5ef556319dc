import { PARTS } from '../report/layout/parts';
import type { PartDef, PartId } from '../report/layout/parts';
import type { SourceLine } from './lines';

/**
 * A copied text that stops in the middle of the report (half a page selected, a page saved
 * before it loaded): the parts after the last one found are not in the copy, which is not the
 * report's fault. Told apart from a report that truly ends early by how the text ends: a
 * finished report ends with a sentence, its date or its signature, never mid-word or mid-row.
 */
export interface CutOff {
  /** The part the text stops in. */
  readonly lastPart: PartId;
  /** The parts after it, none of them in the text. */
  readonly missing: readonly PartId[];
  /** The text's last line, as printed. */
  readonly lastLine: string;
}

/** A sentence's end, a closing quote or bracket. */
const SENTENCE_END = /[。！？!?…”"’）)】》]\s*$/;
/** A date line: 2025年1月20日 (also with spaces, or as 2025-01-20). */
const DATE_END = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*$/;
/** A signature: an agency's name on a line of its own. */
const SIGNATURE =
  /^[\u4e00-\u9fff（）()]{2,40}(局|中心|政府|办公室|办公厅|委员会|委|院|馆|所|厅|部|处|办|会|站|队|街道|镇|乡|公司)$/;

/** True when the line could end a finished report. */
export function endsFinished(line: string): boolean {
  const t = line.trim();
  return SENTENCE_END.test(t) || DATE_END.test(t) || SIGNATURE.test(t);
}

/** Where the copied text stops mid-report, or undefined when it does not. */
export function findCutOff(
  lines: readonly SourceLine[],
  parts: ReadonlyMap<PartId, unknown>,
): CutOff | undefined {
  const order: readonly PartDef[] = PARTS;
  let last = -1;
  order.forEach((p, i) => {
    if (parts.has(p.id)) last = i;
  });
  if (last < 0) return undefined;
  const missing = order.slice(last + 1).map((p) => p.id);
  if (missing.length === 0) return undefined;
  const lastLine = [...lines].reverse().find((l) => l.text.trim() !== '')?.text ?? '';
  if (endsFinished(lastLine)) return undefined;
  return { lastPart: order[last]?.id ?? 'overview', missing, lastLine };
}

/** The draft paths a part's values live under (its table, its texts' groups). */
export function partPaths(part: PartDef): string[] {
  const groups = part.prose.map((f) => f.path.split('.')[0] ?? '');
  return [...new Set([...(part.table ? [part.table] : []), ...groups])].filter(Boolean);
}
