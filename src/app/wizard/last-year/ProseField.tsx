import { Suspense, lazy } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ProseFieldDef } from '../../../report/layout/parts';
import { lastYearProse } from '../../../report/last-year-prose';
import type { Draft } from '../../../report/schema';
import { TextAreaField } from '../../form/TextAreaField';

// Only reports started from last year's show it: loaded when one does.
const LastYearProse = lazy(() => import('./LastYearProse').then((m) => ({ default: m.LastYearProse })));

/** A prose field of the layout; with last year's text beside it when the draft was started from last year's. */
export function ProseField({ field, rows }: { field: ProseFieldDef; rows: number }) {
  const { getValues } = useFormContext<Draft>();
  const found = lastYearProse(getValues('baseline'), field.path);
  const input = <TextAreaField path={field.path} label={field.label} hint={field.hint} rows={rows} />;
  if (!found) return input;
  return (
    <div className="prose-pair">
      {input}
      <Suspense fallback={null}>
        <LastYearProse found={found} label={field.label} />
      </Suspense>
    </div>
  );
}
