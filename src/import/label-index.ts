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
  return {
    exact: (key) => byKey.get(key),
    uniquePrefix(key) {
      if (key.length < 4) return undefined;
      const values = new Set(keys.filter((k) => k.startsWith(key)).map((k) => byKey.get(k)));
      return values.size === 1 ? [...values][0] : undefined;
    },
    isFragment: (key) => key === '' || keys.some((k) => k.includes(key)),
    entries,
  };
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
