import { BUDGETS } from './budgets';
import type { Figure } from './figure';

export interface BudgetVerdict {
  /** Figures within their budget. */
  passed: Figure[];
  /** Figures over their budget (or not a number). */
  over: Figure[];
  /** Budgeted names no part of the bench produced: a failure, never a silent pass. */
  missing: string[];
}

/** Holds each budgeted figure against its budget; a budget with no figure fails. */
export function judgeBudgets(figures: readonly Figure[], budgets = BUDGETS): BudgetVerdict {
  const budgeted = figures.filter((f) => f.name in budgets);
  const within = (f: Figure) => f.value <= (budgets[f.name]?.max ?? Number.NaN);
  const produced = new Set(budgeted.map((f) => f.name));
  return {
    passed: budgeted.filter(within),
    over: budgeted.filter((f) => !within(f)),
    missing: Object.keys(budgets).filter((name) => !produced.has(name)),
  };
}
