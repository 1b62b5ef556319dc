import { useEffect, useRef, useState } from 'react';
import { units as unitsEndpoint } from '../../api-contract/endpoints';
import type { UnitRow } from '../../api-contract/endpoints';
import { callEndpoint } from '../../storage/server-sync/call-endpoint';
import { START_HASH } from '../routing/route';
import { navigate } from '../routing/use-route';
import { serverReviewHash } from './server-routes';

/** The unit waiting for review after `unitId` in the list's order (then from the top), if any. */
function nextWaiting(units: readonly UnitRow[], unitId: number): UnitRow | undefined {
  const at = units.findIndex((u) => u.id === unitId);
  const order = [...units.slice(at + 1), ...units.slice(0, Math.max(at, 0))];
  return order.find((u) => u.status === 'submitted' && u.id !== unitId);
}

/** After a decision on the server: the next unit waiting for review, one click (and focused) away. */
export function ServerNextUnit({ unitId, year }: { unitId: number; year: number }) {
  const [next, setNext] = useState<UnitRow | null | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void callEndpoint(unitsEndpoint, { year }).then(
      (a) => setNext(a.ok ? (nextWaiting(a.body.units, unitId) ?? null) : null),
      () => setNext(null),
    );
  }, [unitId, year]);
  useEffect(() => {
    if (next) button.current?.focus();
  }, [next]);
  return (
    <section className="next-unit" aria-labelledby="next-unit-title">
      <h3 id="next-unit-title">接下来</h3>
      {next === undefined ? <p>正在查找下一个等待审核的单位…</p> : null}
      {next ? (
        <button
          ref={button}
          type="button"
          className="button primary"
          onClick={() => {
            window.scrollTo(0, 0);
            navigate(serverReviewHash(next.id, year));
          }}
        >
          审核下一个单位：{next.name}
        </button>
      ) : null}
      {next === null ? <p>没有其他等待审核的单位。</p> : null}
      <p>
        <a href={START_HASH}>返回单位列表</a>
      </p>
    </section>
  );
}
