import { useEffect, useRef, useState } from 'react';
import { FileButton } from '../common/FileButton';
import { MATRIX_FLAT_ROWS } from '../../report/matrix-shape';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import type { ImportSource } from '../common/server-mode';
import { startNextYear } from '../../report/next-year';
import { readChosenFile } from '../common/read-chosen-file';
import { useSaveNewDraft } from '../drafts/use-save-new-draft';
import { ImportPage } from '../import/ImportPage';
import { FileProblems } from '../common/FileProblems';

/** Row names without their numerals (二、… → …), from the layout. */
const rowName = (key: string) =>
  (MATRIX_FLAT_ROWS.find((r) => r.key === key)?.label ?? key).replace(/^[一二三四]、/, '');
const CARRIED_OVER = rowName('carriedOver');
const CARRIED_FORWARD = rowName('carriedForward');

/**
 * Import a published report, or start this year's report from last year's draft file
 * (`nextYear`: the page opens at that section, for the start page's 从上年报告开始).
 */
export function ImportRoute({ nextYear = false }: { nextYear?: boolean }) {
  const saveNew = useSaveNewDraft();
  const [refused, setRefused] = useState<string | null>(null);
  const refusedBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused) refusedBox.current?.focus();
  }, [refused]);
  const save = (draft: Draft, source: ImportSource) =>
    void saveNew(draft, source).then((why) => setRefused(why ?? null));
  const [problem, setProblem] = useState<{ fileName: string; findings: readonly Finding[] } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!nextYear) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [nextYear]);
  return (
    <ImportPage
      nextYear={nextYear}
      onCreate={(d) => save(d, { kind: 'published' })}
      onStartNextYear={(d) => save(startNextYear(d), { kind: 'next-year' })}
    >
      {refused ? (
        <div className="banner banner-error" role="alert" tabIndex={-1} ref={refusedBox}>
          <p className="banner-title">没有保存导入的内容</p>
          <p>{refused}</p>
        </div>
      ) : null}
      <section className="next-year" aria-labelledby="next-year-title">
        <h2 id="next-year-title" ref={heading} tabIndex={-1}>
          从上年报告开始
        </h2>
        <p>
          选择上年的草稿文件（.json），新建下一年度的报告：机关名称和联系方式照搬，“{CARRIED_OVER}”按上年“
          {CARRIED_FORWARD}”填好，
          并记住上年的现行有效件数，用于跨年度核对。上年只有已发布的报告时，请在上面粘贴或选择它，识别后点击“以它为上年报告”。
        </p>
        <FileButton
          id="next-year-file"
          label="选择上年的草稿文件"
          accept=".json,application/json"
          onFile={(file) => {
            void readChosenFile(file).then((r) => {
              if (!r.draft) return setProblem({ fileName: file.name, findings: r.findings });
              setProblem(null);
              save(startNextYear(r.draft), { kind: 'next-year', fileName: file.name });
            });
          }}
        />
        {problem && <FileProblems fileName={problem.fileName} findings={problem.findings} />}
      </section>
    </ImportPage>
  );
}
