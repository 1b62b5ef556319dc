import { APPEAL_GROUPS, APPEAL_OUTCOMES } from '../report/layout/appeals-columns';

/** One number of table 四 in PDF text order, with the run (numbers not separated by text) it is in. */
export interface LooseNumber {
  readonly value: number;
  readonly run: number;
}

/** Per group (复议, 直接起诉, 复议后起诉): its four outcomes and its printed 总计. */
export interface AppealsReading {
  readonly leaves: readonly (readonly number[])[];
  readonly totals: readonly number[];
  /** The numbers stand in the page's own order: each group's outcomes, then its 总计, group after group. */
  readonly pageOrder: boolean;
}

const GROUPS = APPEAL_GROUPS.length;
const OUTCOMES = APPEAL_OUTCOMES.length;

/** Every order of 0 … n−1, in lexicographic order. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return [...Array(n).keys()].flatMap((first) =>
    permutations(n - 1).map((rest) => [first, ...rest.map((r) => (r >= first ? r + 1 : r))]),
  );
}

/** Every way to place the groups' runs of outcomes, in order and apart, among n numbers. */
function runStarts(n: number, group = 0, from = 0): number[][] {
  if (group === GROUPS) return [[]];
  const out: number[][] = [];
  for (let s = from; s + (GROUPS - group) * OUTCOMES <= n; s++) {
    for (const rest of runStarts(n, group + 1, s + OUTCOMES)) out.push([s, ...rest]);
  }
  return out;
}

const ORDERS = permutations(GROUPS);

/**
 * Table 四's numbers printed out of order (PDF text): the outcomes of a group stand together
 * and in group order, its 总计 somewhere else. Tries every placement of the groups' runs of
 * outcomes (the layout's groups × outcomes) and matches the left-over numbers to the groups
 * whose sum they are.
 * A reading in the page's own order (each group's outcomes then its 总计) is preferred: that is
 * what the text shows. Returns every best reading; more than one distinct reading means the
 * order cannot be told.
 */
export function readLooseAppeals(numbers: readonly LooseNumber[]): AppealsReading[] {
  const n = numbers.length;
  let bestScore = -1;
  let best: AppealsReading[] = [];
  for (const starts of runStarts(n)) {
    const taken = new Set(starts.flatMap((s) => [...Array(OUTCOMES).keys()].map((o) => s + o)));
    const rest = numbers.filter((_, x) => !taken.has(x)).map((x) => x.value);
    const leaves = starts.map((s) => numbers.slice(s, s + OUTCOMES).map((x) => x.value));
    const sums = leaves.map((l) => l.reduce((a, b) => a + b, 0));
    const sameRun = starts.filter((s) => numbers[s]?.run === numbers[s + OUTCOMES - 1]?.run).length;
    for (const order of ORDERS) {
      const totals = order.map((from) => rest[from] ?? 0);
      const matches = totals.filter((t, g) => t === sums[g]).length;
      const inOrder = order.every((p, g) => p === g) ? 1 : 0;
      const pageOrder = inOrder === 1 && starts.every((s, g) => s === g * (OUTCOMES + 1));
      const score = matches * 1000 + (pageOrder ? 100 : 0) + sameRun * 10 + inOrder;
      if (score > bestScore) {
        bestScore = score;
        best = [];
      }
      if (score === bestScore) best.push({ leaves, totals, pageOrder });
    }
  }
  const distinct = new Map(best.map((r) => [JSON.stringify(r), r]));
  return [...distinct.values()];
}
