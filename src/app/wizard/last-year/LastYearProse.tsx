import { useId, useState } from 'react';
import type { LastYearProse as Found } from '../../../report/last-year-prose';
import { copyText } from './copy-text';
import './last-year.css';

/**
 * Last year's text of a prose field, beside it, for reference: read, not copied in (assessors
 * deduct points for text repeated from last year). Each paragraph can be copied with one click.
 */
export function LastYearProse({ found, label }: { found: Found; label: string }) {
  const [copied, setCopied] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const title =
    found.scope === 'field' ? `${found.year} 年报告此处的文字` : `${found.year} 年报告本部分的文字`;
  const copy = async (i: number, text: string) => {
    const ok = await copyText(text);
    setCopied(ok ? i : null);
    setFailed(!ok);
  };
  return (
    <details className="last-year-prose" open aria-labelledby={`${id}-title`}>
      <summary id={`${id}-title`}>
        {title}
        <span className="last-year-note">（供参考，请结合本年情况重新撰写，不要照抄）</span>
      </summary>
      <ol className="last-year-paragraphs">
        {found.paragraphs.map((p, i) => (
          <li key={i}>
            <p>{p}</p>
            <button
              type="button"
              className="button small"
              aria-label={`复制此段（${label}上年第 ${i + 1} 段）`}
              onClick={() => void copy(i, p)}
            >
              复制此段
            </button>
          </li>
        ))}
      </ol>
      <p role="status" className="last-year-status">
        {copied !== null ? `已复制第 ${copied + 1} 段，可粘贴到左侧输入框后修改。` : ''}
        {failed ? '浏览器不允许复制，请选中文字后按 Ctrl+C。' : ''}
      </p>
    </details>
  );
}
