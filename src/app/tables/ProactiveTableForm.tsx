import { GridTableForm } from './GridTableForm';

/** The table of part 二 as a form (inside a react-hook-form FormProvider of a Draft). */
export function ProactiveTableForm({ readOnly = false }: { readOnly?: boolean }) {
  return <GridTableForm table="proactive" readOnly={readOnly} />;
}
