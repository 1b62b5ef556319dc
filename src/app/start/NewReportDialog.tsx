import { useState } from 'react';
import type { FormEvent } from 'react';
import { metaLabel as label } from '../../report/layout/meta-fields';
import { parseNumberInput } from '../../report/number-input';
import { yearProblem } from '../../report/rules/year';
import { Modal } from '../common/Modal';
import { reportingYear } from '../../report/reporting-year';

interface NewReportDialogProps {
  readonly onCreate: (agencyName: string, year: number) => void;
  readonly onCancel: () => void;
}

/** Asks the agency and the year of a new report (the year defaults to last year). */
export function NewReportDialog({ onCreate, onCancel }: NewReportDialogProps) {
  const [agency, setAgency] = useState('');
  const [yearText, setYearText] = useState(String(reportingYear()));
  const [problem, setProblem] = useState<{ field: 'agency' | 'year'; message: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (agency.trim() === '')
      return setProblem({ field: 'agency', message: `请填写${label('meta.agencyName')}。` });
    const year = parseNumberInput(yearText, 'count');
    const wrong = year.ok ? yearProblem(year.value) : yearProblem(Number.NaN);
    if (!year.ok || year.value === null || wrong) return setProblem({ field: 'year', message: `${wrong}。` });
    onCreate(agency.trim(), year.value);
  };
  const err = (field: 'agency' | 'year') =>
    problem?.field === field ? (
      <p className="field-error" id={`new-${field}-error`}>
        <span className="visually-hidden">错误：</span>
        {problem.message}
      </p>
    ) : null;
  return (
    <Modal title="新建报告" onDismiss={onCancel}>
      <form onSubmit={submit} noValidate className="modal-body">
        <div className={`field${problem?.field === 'agency' ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="new-agency">
            {label('meta.agencyName')}
          </label>
          {err('agency')}
          <input
            id="new-agency"
            className="input input-long"
            value={agency}
            onChange={(e) => setAgency(e.target.value)}
            aria-invalid={problem?.field === 'agency' || undefined}
            aria-describedby={problem?.field === 'agency' ? 'new-agency-error' : undefined}
            autoFocus
          />
        </div>
        <div className={`field${problem?.field === 'year' ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="new-year">
            {label('meta.year')}
          </label>
          {err('year')}
          <input
            id="new-year"
            className="input input-short"
            inputMode="numeric"
            value={yearText}
            onChange={(e) => setYearText(e.target.value)}
            aria-invalid={problem?.field === 'year' || undefined}
            aria-describedby={problem?.field === 'year' ? 'new-year-error' : undefined}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button primary">
            创建
          </button>
          <button type="button" className="button" onClick={onCancel}>
            取消
          </button>
        </div>
      </form>
    </Modal>
  );
}
