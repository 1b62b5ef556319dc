import { GridTableForm } from './GridTableForm';

/**
 * The applicant matrix of part 三 (inside a react-hook-form FormProvider of a Draft).
 * First version: the official grid with inputs and live totals; spreadsheet keys,
 * paste and the balance indicator come next.
 */
export function ApplicationsMatrix({ readOnly = false }: { readOnly?: boolean }) {
  return <GridTableForm table="applications" readOnly={readOnly} />;
}
