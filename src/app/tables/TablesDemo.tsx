import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';
import { FindingsContext } from '../findings/use-findings';
import { FindingsStore } from '../findings/findings-store';
import { AppealsTableForm } from './AppealsTableForm';
import { ApplicationsMatrix } from './ApplicationsMatrix';
import { ProactiveTableForm } from './ProactiveTableForm';
import { useRenderProbe } from './render-probe';

/**
 * The sample report with last year's figures attached, one of which differs from this
 * year's 上年结转 so that the page shows a cross-year (X1) warning at its cell.
 */
function demoDraft(): Draft {
  const draft = sampleDraft();
  return {
    ...draft,
    baseline: {
      year: draft.meta.year - 1,
      carriedForward: { ...draft.applications.carriedOver, commercial: 2 },
      regulationsInForce: 11,
      normativeDocumentsInForce: 51,
    },
  };
}

/** tables-demo.html (dist-demo/, for the e2e tests): the three table forms on the sample report, without the wizard. */
export function TablesDemo() {
  useRenderProbe('demo');
  const [defaultValues] = useState(demoDraft);
  const form = useForm<Draft>({ defaultValues });
  const [findings] = useState(() => new FindingsStore());
  const [readOnly, setReadOnly] = useState(false);
  const { getValues, subscribe, reset } = form;

  useEffect(() => {
    const check = () => findings.set(checkDraft(getValues()));
    check();
    return subscribe({ formState: { values: true }, callback: check });
  }, [findings, getValues, subscribe]);

  return (
    <FindingsContext.Provider value={findings}>
      <FormProvider {...form}>
        <main className="tables-demo" id="main">
          <h1>示例：表格填写</h1>
          <p className="tables-demo-options">
            <label>
              <input type="checkbox" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} />
              只读（审核）
            </label>
            <button type="button" className="button" onClick={() => reset(demoDraft())}>
              恢复示例数据
            </button>
          </p>
          <form noValidate onSubmit={(e) => e.preventDefault()}>
            <ProactiveTableForm readOnly={readOnly} />
            <ApplicationsMatrix readOnly={readOnly} />
            <AppealsTableForm readOnly={readOnly} />
          </form>
        </main>
      </FormProvider>
    </FindingsContext.Provider>
  );
}
