import { labelKey, withoutRemark } from './normalize';

/** Looks printed labels up by meaning (their labelKey), built from the layout definition. */
export interface LabelIndex<T> {
  /** The value whose label (or alias, or label without its remark) has this key. */
  exact(key: string): T | undefined;
  /** The one value whose label key starts with `key` (a label cut short), if exactly one does. */
  uniquePrefix(key: string): T | undefined;
  /** True when `key` is a piece of some label (a label wrapped over lines, vertical text). */
  isFragment(key: string): boolean;
  /** Every label and alias as printed in the layout, with its value (the segmenter looks for them in run-together text). */
  readonly entries: readonly (readonly [string, T])[];
}

/** Builds an index from `[label, value]` pairs; aliases are just more pairs with the same value. */
export function buildLabelIndex<T>(entries: readonly (readonly [string, T])[]): LabelIndex<T> {
  const byKey = new Map<string, T>();
  for (const [label, value] of entries) {
    for (const key of [labelKey(label), labelKey(withoutRemark(label))]) {
      if (key !== '' && !byKey.has(key)) byKey.set(key, value);
    }
  }
  const keys = [...byKey.keys()];
  // Every piece of every key, for isFragment: one lookup instead of a scan of all keys (it runs
  // for each unread line, and on every split isLabelPieces tries).
  const pieces = new Set<string>();
  for (const k of keys)
    for (let i = 0; i < k.length; i++) for (let j = i + 1; j <= k.length; j++) pieces.add(k.slice(i, j));
  return {
    exact: (key) => byKey.get(key),
    uniquePrefix(key) {
      if (key.length < 4) return undefined;
      const values = new Set(keys.filter((k) => k.startsWith(key)).map((k) => byKey.get(k)));
      return values.size === 1 ? [...values][0] : undefined;
    },
    isFragment: (key) => key === '' || pieces.has(key),
    entries,
  };
}

/** Header words cut by a PDF's columns are at least this long (`商业` of 商业企业); single characters say nothing. */
const MIN_PIECE = 2;
/** Longer text is not taken apart into pieces (it is prose or a row, not a header's leftovers). */
const MAX_PIECES_TEXT = 40;

/**
 * True when `key` is pieces of labels run together — a PDF's header cells wrapped over lines and
 * read across columns (`商业科研` = 商业|企业 over 科研|机构, `结果结果其他尚未`): each piece at
 * least two characters of some label of one of the indexes.
 */
export function isLabelPieces(key: string, ...indexes: readonly LabelIndex<unknown>[]): boolean {
  if (key.length < MIN_PIECE || key.length > MAX_PIECES_TEXT) return false;
  const piece = (from: number, to: number) => indexes.some((ix) => ix.isFragment(key.slice(from, to)));
  // ends[i]: key[0, i) splits into pieces.
  const ends = [true, ...Array.from({ length: key.length }, () => false)];
  for (let to = MIN_PIECE; to <= key.length; to++) {
    for (let from = 0; from + MIN_PIECE <= to && !ends[to]; from++) {
      if (ends[from] && piece(from, to)) ends[to] = true;
    }
  }
  return ends[key.length] === true;
}

/** True when every space-separated piece of `text` is a label or a piece of one (a header copied with spaces). */
export function isSpacedLabels(text: string, ...indexes: readonly LabelIndex<unknown>[]): boolean {
  const pieces = text.trim().split(/\s+/);
  return (
    pieces.length > 1 &&
    pieces.every((p) => {
      const key = labelKey(p);
      return indexes.some((ix) => ix.exact(key) !== undefined || ix.isFragment(key));
    })
  );
}

/** The label at the end of `text` (`三、本年度办理结果 （一）予以公开` → （一）予以公开): longest suffix first. */
export function trailingLabel<T>(text: string, index: LabelIndex<T>): T | undefined {
  const pieces = text.trim().split(/\s+/);
  for (let i = 0; i < pieces.length; i++) {
    const found = index.exact(labelKey(pieces.slice(i).join('')));
    if (found !== undefined) return found;
  }
  return undefined;
}
