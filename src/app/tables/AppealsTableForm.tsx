import { GridTableForm } from './GridTableForm';

/** The table of part 四 as a form (inside a react-hook-form FormProvider of a Draft). */
export function AppealsTableForm({ readOnly = false }: { readOnly?: boolean }) {
  return <GridTableForm table="appeals" readOnly={readOnly} />;
}
