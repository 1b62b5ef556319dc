/**
 * Scripts injected into the page before the app loads (addInitScript), as strings:
 * they run in the browser, not in Node.
 */

/** Records when the first wizard step's first input exists and accepts input. */
export const FIRST_STEP_PROBE = `
(() => {
  const check = () => {
    const el = document.querySelector('input[name="meta.agencyName"]');
    if (el && !el.disabled && !el.readOnly) {
      window.__firstStepUsable = performance.now();
      return true;
    }
    return false;
  };
  const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
  document.addEventListener('DOMContentLoaded', () => { if (!check()) obs.observe(document.body, { childList: true, subtree: true, attributes: true }); });
})();
`;

/**
 * Keystroke latency: from the keydown's timestamp to the next frame being presented
 * (rAF, then a task after it), like INP's processing + presentation delay. Also how long
 * each keydown waited from its timestamp to reaching the page (`__keyQueue`).
 */
export const KEYSTROKE_PROBE = `
(() => {
  window.__keyLatencies = [];
  window.__keyQueue = [];
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    window.__keyQueue.push(performance.now() - t0);
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__keyLatencies.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, true);
})();
`;

/**
 * Counts React components that rendered in each commit, through the DevTools hook that
 * production React also calls. A fiber rendered when it performed work in this commit;
 * subtrees whose child pointer did not change were not touched.
 */
export const RENDER_COUNT_PROBE = `
(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  window.__renders = 0;
  const walk = (next) => {
    const prev = next.alternate;
    if (COMPONENT_TAGS.has(next.tag) && (prev === null || (next.flags & 1) === 1)) window.__renders++;
    if (prev !== null && next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) walk(c);
  };
  let id = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: (r) => { id += 1; return id; },
    onCommitFiberRoot: (_id, root) => { walk(root.current); },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
    isDisabled: false,
  };
})();
`;
