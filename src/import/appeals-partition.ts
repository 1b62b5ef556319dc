/** One number of table 四 in PDF text order, with the run (numbers not separated by text) it is in. */
export interface LooseNumber {
  readonly value: number;
  readonly run: number;
}

/** Per group (复议, 直接起诉, 复议后起诉): its four outcomes and its printed 总计. */
export interface AppealsReading {
  readonly leaves: readonly (readonly number[])[];
  readonly totals: readonly number[];
}

const PERMUTATIONS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
] as const;

/**
 * Table 四's 15 numbers printed out of order (PDF text): the four outcomes of a group stand
 * together and in group order, its 总计 somewhere else. Tries every placement of the three
 * runs of four and matches the three left-over numbers to the groups whose sum they are.
 * Returns every best reading; more than one distinct reading means the order cannot be told.
 */
export function readLooseAppeals(numbers: readonly LooseNumber[]): AppealsReading[] {
  const n = numbers.length;
  let bestScore = -1;
  let best: AppealsReading[] = [];
  for (let i = 0; i + 12 <= n; i++) {
    for (let j = i + 4; j + 8 <= n; j++) {
      for (let k = j + 4; k + 4 <= n; k++) {
        const starts = [i, j, k];
        const taken = new Set(starts.flatMap((s) => [s, s + 1, s + 2, s + 3]));
        const rest = numbers.filter((_, x) => !taken.has(x)).map((x) => x.value);
        const leaves = starts.map((s) => numbers.slice(s, s + 4).map((x) => x.value));
        const sums = leaves.map((l) => l.reduce((a, b) => a + b, 0));
        const sameRun = starts.filter((s) => numbers[s]?.run === numbers[s + 3]?.run).length;
        for (const perm of PERMUTATIONS) {
          const totals = perm.map((from) => rest[from] ?? 0);
          const matches = totals.filter((t, g) => t === sums[g]).length;
          const inOrder = perm.every((p, g) => p === g) ? 1 : 0;
          const score = matches * 100 + sameRun * 10 + inOrder;
          if (score > bestScore) {
            bestScore = score;
            best = [];
          }
          if (score === bestScore) best.push({ leaves, totals });
        }
      }
    }
  }
  const distinct = new Map(best.map((r) => [JSON.stringify(r), r]));
  return [...distinct.values()];
}
