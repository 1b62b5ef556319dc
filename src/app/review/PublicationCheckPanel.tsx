import { useId, useState } from 'react';
import type { PublicationCheckResult, PublishedPage } from '../../import/publication-check';
import { chineseDate } from '../../report/cover-sheet';
import type { PublicationCheck } from '../../report/publication';
import { publicationOutcomeOf } from '../../report/publication';
import { FileButton } from '../common/FileButton';
import { ErrorLine } from '../common/ErrorLine';

/** When, where and how the page was published (the core's notes), and its own totals. */
function PlaceAndTotals({ check }: { check: PublicationCheck }) {
  const place = check.place ?? [];
  const errors = check.pageErrors ?? [];
  return (
    <>
      {errors.length > 0 ? (
        <div className="publication-page-errors">
          <p>
            <strong>发布的页面本身有 {errors.length} 处错误</strong>（与“检查”相同的规则）：
          </p>
          <ul>
            {errors.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {place.length > 0 ? (
        <ul className="publication-place" aria-label="发布时间、栏目、标题和表格">
          {place.map((n, i) => (
            <li key={i} className={`place-${n.state}`}>
              {n.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Outcome({ check }: { check: PublicationCheck }) {
  if (check.same) {
    return (
      <div role="status">
        <p className="publication-same">
          <strong>一致</strong>：发布的报告与审核通过的版本逐个数字、逐个部分相同。
        </p>
        <PlaceAndTotals check={check} />
      </div>
    );
  }
  if (publicationOutcomeOf(check) === 'same-with-gaps') {
    const gaps = check.gaps ?? [];
    return (
      <div role="status">
        <p className="publication-same">
          <strong>一致（{gaps.length || check.tablesNotRead.length} 处未能读取）</strong>
          ：读到的数字和文字与审核通过的版本相同；以下未能读取之处请对照原文核对，这不是发布的报告的错误。
        </p>
        <ul className="publication-gaps" aria-label="未能读取之处">
          {gaps.map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
        <PlaceAndTotals check={check} />
      </div>
    );
  }
  return (
    <div className="publication-differs" role="status">
      {check.earlierSame ? (
        <p className="publication-changed">
          <strong>发布后有变动</strong>：{chineseDate(check.earlierSame.at)}{' '}
          核对时与审核通过的版本一致，现在不一致。
        </p>
      ) : null}
      <p>
        <strong>不一致</strong>：
        {[
          check.numbers.length > 0 ? `${check.numbers.length} 个数字不同` : '',
          check.parts.length > 0 ? `${check.parts.length} 个部分的文字不同` : '',
          check.tablesNotRead.length > 0 ? `${check.tablesNotRead.length} 个表格没有读到` : '',
          (check.pageErrors ?? []).length > 0 ? '发布的页面本身的合计不符' : '',
        ]
          .filter(Boolean)
          .join('，')}
        。
      </p>
      {check.numbers.length > 0 ? (
        <table className="publication-numbers">
          <caption>数字</caption>
          <thead>
            <tr>
              <th scope="col">位置</th>
              <th scope="col">审核通过的版本</th>
              <th scope="col">发布的版本</th>
            </tr>
          </thead>
          <tbody>
            {check.numbers.map((n) => (
              <tr key={n.path}>
                <th scope="row">{n.label}</th>
                <td>{n.approved}</td>
                <td>{n.published}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {check.parts.length > 0 ? (
        <ul className="publication-parts">
          {check.parts.map((p) => (
            <li key={p.part}>
              <strong>{p.heading}</strong>：审核通过的版本“{p.approved}”，发布的版本“{p.published}”
            </li>
          ))}
        </ul>
      ) : null}
      {check.tablesNotRead.length > 0 ? <p>没有读到的表格中的数字无法核对，请核对原文。</p> : null}
      <PlaceAndTotals check={check} />
    </div>
  );
}

/** 报送单核对码: typed from the paper, compared with the version approved now. */
function CodeCheck({
  onCheckCode,
}: {
  onCheckCode: (typed: string) => { readonly message: string; readonly match: boolean };
}) {
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<{ message: string; match: boolean } | null>(null);
  const id = useId();
  return (
    <form
      className="cover-code-check"
      onSubmit={(e) => {
        e.preventDefault();
        setOutcome(onCheckCode(typed));
      }}
    >
      <label htmlFor={`${id}-code`}>报送单核对码</label>
      <input
        id={`${id}-code`}
        className="input"
        value={typed}
        placeholder="如 1A2B-3C4D"
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" className="button">
        核对报送单
      </button>
      {outcome ? (
        <p className={outcome.match ? 'publication-same' : 'field-error'} role="status">
          {outcome.message}
        </p>
      ) : null}
    </form>
  );
}

/**
 * 发布核对: for an approved report, the published page (pasted text, or a .html/.docx/.pdf/.txt
 * file) against the approved version, number by number and part by part.
 */
export function PublicationCheckPanel({
  onCheck,
  logged,
  onCheckCode,
}: {
  onCheck: (page: PublishedPage) => Promise<PublicationCheckResult>;
  /** Whether the outcome is kept in the server's audit log (said under the result). */
  logged: boolean;
  /** A 报送单's 核对码 against the approved version: the outcome in words, and whether it matches. */
  onCheckCode?: (typed: string) => { readonly message: string; readonly match: boolean };
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(PublicationCheckResult & { source: string }) | null>(null);
  const id = useId();

  const run = async (page: PublishedPage, source: string) => {
    setBusy(true);
    try {
      setResult({ ...(await onCheck(page)), source });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="publication-check" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>发布核对</h2>
      <p className="hint">
        单位发布报告后，粘贴网站上的报告文字，或选择发布的网页、Word、PDF 文件，核对与审核通过的版本是否一致。
      </p>
      <label htmlFor={`${id}-text`}>粘贴发布的报告文字</label>
      <textarea id={`${id}-text`} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy || text.trim() === ''}
          onClick={() => void run({ kind: 'text', text }, '粘贴的文字')}
        >
          核对粘贴的文字
        </button>
        <FileButton
          label="选择发布的报告文件"
          accept=".html,.htm,.docx,.pdf,.txt,text/html,text/plain,application/pdf"
          disabled={busy}
          onFile={(file) => {
            void file
              .arrayBuffer()
              .then((buffer) =>
                run({ kind: 'file', bytes: new Uint8Array(buffer), name: file.name }, file.name),
              );
          }}
        />
      </div>
      {onCheckCode ? <CodeCheck onCheckCode={onCheckCode} /> : null}
      {busy ? <p role="status">正在核对…</p> : null}
      {result ? (
        <div className="publication-result">
          <p className="hint">核对的是：{result.source}</p>
          {result.ok ? <Outcome check={result.check} /> : <ErrorLine message={result.message} />}
          {result.ok && logged ? <p className="hint">核对结果已记入审计日志。</p> : null}
        </div>
      ) : null}
    </section>
  );
}
