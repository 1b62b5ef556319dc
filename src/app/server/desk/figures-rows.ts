import { csvText } from '../../../batch/csv';
import { FIGURE_DEFS, MIN_UNITS_TO_COMPARE, comparable, figureText } from '../../../report/year-figures';
import type { Figure } from '../../../report/year-figures';
import type { FiguresAnswer } from '../../../api-contract/desk-endpoints';

/** A region's count of units, with a note when too few stand behind its figures to compare. */
export function regionUnitsText(figures: readonly Figure[]): string {
  const first = figures[0];
  if (!first) return '0';
  return comparable(first)
    ? String(first.units)
    : `${first.units}（不足 ${MIN_UNITS_TO_COMPARE} 个，不作比较）`;
}

/** A region's figure: a figure over fewer units than the row (the change) says how many. */
export function regionFigureText(f: Figure, figures: readonly Figure[]): string {
  const units = figures[0]?.units ?? 0;
  return f.units === units ? figureText(f) : `${figureText(f)}（${f.units} 个单位）`;
}

export const FIGURE_HEADERS = FIGURE_DEFS.map((d) => d.label);

/** The figures as CSV: one line per region (its whole subtree), then one per approved report. */
export function figuresCsv(answer: FiguresAnswer): string {
  const head = ['类别', '地区或单位', '所属地区', '单位数', ...FIGURE_HEADERS];
  const regions = answer.regions.map((g) => [
    '地区',
    g.name,
    '',
    regionUnitsText(g.figures),
    ...g.figures.map((f) => regionFigureText(f, g.figures)),
  ]);
  const units = answer.units.map((u) => ['单位', u.name, u.regionName, '1', ...u.figures.map(figureText)]);
  const formulas = FIGURE_DEFS.map((d) => ['公式', d.label, '', '', d.formula]);
  return csvText([head, ...regions, ...units, ...formulas]);
}
