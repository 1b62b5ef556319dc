import { useFormContext } from 'react-hook-form';
import { FILL_BLANKS_LABEL } from '../../../report/layout/steps';
import { NUMERIC_FIELDS } from '../../../report/numeric-fields';
import { stepOfPath } from '../../../report/part-of-path';
import type { Draft } from '../../../report/schema';
import { useFormTools } from '../../form/form-context';
import { AppealsTableForm } from '../../tables/AppealsTableForm';
import { ApplicationsMatrix } from '../../tables/ApplicationsMatrix';
import { ProactiveTableForm } from '../../tables/ProactiveTableForm';

type TablePart = 'proactive' | 'applications' | 'appeals';

const TABLES = {
  proactive: ProactiveTableForm,
  applications: ApplicationsMatrix,
  appeals: AppealsTableForm,
} as const;

/** Parts 二, 三, 四: the official table as a form, and a way to fill its blank cells with 0. */
export function TableStep({ part }: { part: TablePart }) {
  const { getValues, setValue } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  const Table = TABLES[part];
  const fillBlanks = () => {
    for (const f of NUMERIC_FIELDS) {
      if (stepOfPath(f.path) !== part) continue;
      const v: unknown = getValues(f.path as never);
      if (v === null || v === undefined || v === '')
        setValue(f.path as never, 0 as never, { shouldDirty: true });
    }
  };
  return (
    <>
      <p className="step-intro">在格子中填写数字；合计格自动计算，不用填写。没有发生的事项填 0。</p>
      <div className="table-scroll">
        <Table readOnly={readOnly} />
      </div>
      <div className="table-tools">
        <button type="button" className="button" onClick={fillBlanks} disabled={readOnly}>
          {FILL_BLANKS_LABEL}
        </button>
        <p className="note">空白格在报告中按 0 计；全部填写后，本部分才会显示“已完成”。</p>
      </div>
    </>
  );
}
