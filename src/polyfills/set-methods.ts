import { defineMissing } from './define-missing';

/** What the Set methods accept as their argument: anything with `size`, `has` and `keys`. */
interface SetLike<T> {
  readonly size: number;
  has(value: T): boolean;
  keys(): Iterator<T>;
}

const keysOf = <T>(other: SetLike<T>): T[] => {
  const out: T[] = [];
  const it = other.keys();
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
};

/** union, intersection, difference, symmetricDifference, isSubsetOf, isSupersetOf, isDisjointFrom (Chromium 122); pdf.js calls them. */
const methods: Record<string, (this: Set<unknown>, other: SetLike<unknown>) => unknown> = {
  union(other) {
    return new Set([...this, ...keysOf(other)]);
  },
  intersection(other) {
    return new Set([...this].filter((v) => other.has(v)));
  },
  difference(other) {
    return new Set([...this].filter((v) => !other.has(v)));
  },
  symmetricDifference(other) {
    const out = new Set(this);
    for (const v of keysOf(other)) {
      if (this.has(v)) out.delete(v);
      else out.add(v);
    }
    return out;
  },
  isSubsetOf(other) {
    return [...this].every((v) => other.has(v));
  },
  isSupersetOf(other) {
    return keysOf(other).every((v) => this.has(v));
  },
  isDisjointFrom(other) {
    return [...this].every((v) => !other.has(v));
  },
};

for (const [name, fn] of Object.entries(methods)) defineMissing(Set.prototype, name, fn);
