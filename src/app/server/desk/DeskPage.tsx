import { metaLabel } from '../../../report/layout/meta-fields';
import { SelectField } from '../../common/SelectField';
import { deskHash } from '../server-routes';
import type { DeskRoute, DeskTab } from '../server-routes';
import { FiguresPage } from './FiguresPage';
import { ReconcilePage } from './ReconcilePage';
import { FindingsPage } from './FindingsPage';
import { RosterPage } from './RosterPage';
import { SumPage } from './SumPage';
import './desk.css';
import { reportingYear } from '../../../report/reporting-year';

const TABS: readonly { tab: DeskTab; label: string }[] = [
  { tab: 'roster', label: '单位名单' },
  { tab: 'sum', label: '汇总' },
  { tab: 'reconcile', label: '本级对账' },
  { tab: 'findings', label: '问题清单' },
  { tab: 'figures', label: '年度数字' },
];

/** The report year most units write in a given calendar year: the one before. */
export const defaultDeskYear = () => reportingYear();

/** 审核台: the roster, the 汇总 by region and the 问题清单 of a supervisor's region, for a year. */
export default function DeskPage({ route }: { route: DeskRoute }) {
  const year = route.year ?? defaultDeskYear();
  return (
    <main className="desk" id="main">
      <div className="desk-head">
        <nav aria-label="审核台" className="desk-tabs">
          {TABS.map((t) => (
            <a
              key={t.tab}
              href={deskHash(t.tab, year)}
              aria-current={t.tab === route.tab ? 'page' : undefined}
            >
              {t.label}
            </a>
          ))}
        </nav>
        <SelectField
          id="desk-year"
          label={metaLabel('meta.year')}
          className="desk-year"
          short
          value={year}
          onChange={(v) => {
            window.location.hash = deskHash(route.tab, Number(v), route.regionId);
          }}
          options={[
            ...new Set([
              defaultDeskYear(),
              defaultDeskYear() - 1,
              defaultDeskYear() - 2,
              defaultDeskYear() - 3,
              year,
            ]),
          ]
            .sort((a, b) => b - a)
            .map((y) => ({ value: y, label: `${y} 年` }))}
        />
      </div>
      {route.tab === 'roster' ? <RosterPage year={year} /> : null}
      {route.tab === 'sum' ? <SumPage year={year} regionId={route.regionId} /> : null}
      {route.tab === 'findings' ? <FindingsPage year={year} regionId={route.regionId} /> : null}
      {route.tab === 'reconcile' ? <ReconcilePage year={year} regionId={route.regionId} /> : null}
      {route.tab === 'figures' ? <FiguresPage year={year} regionId={route.regionId} /> : null}
    </main>
  );
}
