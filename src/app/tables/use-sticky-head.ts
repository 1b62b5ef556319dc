import { useLayoutEffect, useRef } from 'react';

/**
 * Sticky column headers that work in every target browser: `position: sticky` on `<thead>` or
 * `<tr>` needs Chromium 91+, so each header cell sticks by itself (tables.css), at the top of its
 * own header row. This measures the rows and sets, on each `<thead>` row, `--head-top` (its
 * distance from the header's top, which its cells inherit) and, on the table, `--head-height`
 * (where the body's own sticky labels stop). Measured again whenever the header's size changes
 * (zoom, fonts arriving, a wider window wrapping a label).
 */
export function useStickyHead<T extends HTMLTableElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    const head = table?.tHead;
    if (!table || !head) return;
    const measure = () => {
      const top = head.getBoundingClientRect().top;
      for (const row of head.rows)
        row.style.setProperty('--head-top', `${row.getBoundingClientRect().top - top}px`);
      table.style.setProperty('--head-height', `${head.getBoundingClientRect().height}px`);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (const row of head.rows) for (const cell of row.cells) observer.observe(cell);
    return () => observer.disconnect();
  }, []);
  return ref;
}
