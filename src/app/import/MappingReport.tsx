import { metaLabel } from '../../report/layout/meta-fields';
import type { Ref } from 'react';
import type { ImportSuccess } from '../../import/import-result';
import { ambiguousText, unmappedText } from '../../import/import-places';
import { describePath } from '../../report/describe-path';
import { BALANCE_TOTAL_PATHS } from '../../report/rules/balance';
import { computeDerived } from '../../report/totals';

/** The totals of table 三 a clerk compares with the original first (from the core). */
const KEY_TOTALS = BALANCE_TOTAL_PATHS;

const LAYOUT_NAMES = {
  '2021': '2021 年版格式（国办公开办函〔2021〕30号）',
  '2019': '2019 年版格式（国办公开办函〔2019〕60号）',
} as const;

/** What the importer found: the layout, what it mapped, and everything it could not place. */
export function MappingReport({
  result,
  sourceName,
  headingRef,
}: {
  result: ImportSuccess;
  sourceName: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { draft } = result;
  const derived = computeDerived(draft);
  return (
    <section className="mapping-report" aria-labelledby="mapping-title">
      <h2 id="mapping-title" ref={headingRef} tabIndex={-1}>
        识别结果
      </h2>
      <dl className="mapping-facts">
        <dt>来源</dt>
        <dd>{sourceName}</dd>
        <dt>{metaLabel('meta.agencyName')}</dt>
        <dd>{draft.meta.agencyName || '（未识别，请在基本信息中填写）'}</dd>
        <dt>{metaLabel('meta.year')}</dt>
        <dd>{draft.meta.year}</dd>
        <dt>表格格式</dt>
        <dd>{LAYOUT_NAMES[result.layout]}</dd>
        <dt>已填入的数字</dt>
        <dd>{result.mapped.length} 个</dd>
      </dl>
      <h3>申请情况主要合计（按各项重新计算）</h3>
      <dl className="mapping-facts mapping-totals">
        {KEY_TOTALS.map((path) => (
          <div key={path} className="mapping-total">
            <dt>{describePath(path)}</dt>
            <dd data-path={path}>{derived.get(path) ?? 0}</dd>
          </div>
        ))}
      </dl>
      {result.mismatches.length === 0 && (
        <p className="mapping-ok">原报告印刷的各项合计与重新计算的结果一致。</p>
      )}
      {result.notices.length > 0 && (
        <>
          <h3>请注意</h3>
          <ul>
            {result.notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {result.mismatches.length > 0 && (
        <>
          <h3>印刷的合计与重新计算的不一致（{result.mismatches.length} 处）</h3>
          <p className="hint">
            草稿中不保存合计，合计总是按各项重新计算；请核对原报告中这些合计所在的行或列。
          </p>
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">合计</th>
                <th scope="col">原报告印为</th>
                <th scope="col">按各项相加应为</th>
              </tr>
            </thead>
            <tbody>
              {result.mismatches.map((m) => (
                <tr key={m.path}>
                  <th scope="row">{describePath(m.path)}</th>
                  <td>{m.printed}</td>
                  <td>{m.computed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {result.ambiguous.length > 0 && (
        <>
          <h3>无法确定如何拆分的行（{result.ambiguous.length} 行，已留空）</h3>
          <ul>
            {result.ambiguous.map((a) => (
              <li key={a.path}>{ambiguousText(a)}</li>
            ))}
          </ul>
        </>
      )}
      {result.blanks.length > 0 && (
        <details>
          <summary>原报告留空、按 0 填入的单元格：{result.blanks.length} 个</summary>
          <ul>
            {result.blanks.map((p) => (
              <li key={p}>{describePath(p)}</li>
            ))}
          </ul>
        </details>
      )}
      {result.unmapped.length > 0 && (
        <details>
          <summary>未能识别的内容：{result.unmapped.length} 处</summary>
          <ul>
            {result.unmapped.map((u, i) => (
              <li key={i}>{unmappedText(u)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
