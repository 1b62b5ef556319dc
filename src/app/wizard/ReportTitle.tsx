import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { reportTitle } from '../../report/layout/parts';
import type { Draft } from '../../report/schema';

/** The report's title, following 机关名称 and 报告年度 as they are typed. */
export function ReportTitle() {
  const { control } = useFormContext<Draft>();
  const [agency, year] = useWatch({ control, name: ['meta.agencyName', 'meta.year'] });
  const title = reportTitle(agency || '（未填写机关名称）', year);
  useEffect(() => {
    document.title = `${title} - 政府信息公开工作年度报告编写工具`;
  }, [title]);
  return <p className="report-title">{title}</p>;
}
