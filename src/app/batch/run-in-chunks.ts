/**
 * Runs `work` over every item, yielding to the browser every few milliseconds so the page
 * stays responsive, and reports progress. Results keep the order of the items.
 */
export async function runInChunks<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R> | R,
  onProgress: (done: number, total: number) => void,
  sliceMs = 12,
): Promise<R[]> {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    out.push(await work(items[i] as T));
    if (performance.now() - sliceStart > sliceMs) {
      onProgress(i + 1, items.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  onProgress(items.length, items.length);
  return out;
}
