import type { ImportSuccess } from '../import/import-result';
import { ambiguousText, unmappedText } from '../import/import-places';
import { describePath } from '../report/describe-path';

const MAX_LISTED = 20;

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const out = items.slice(0, MAX_LISTED).map((i) => `  - ${line(i)}`);
  if (items.length > MAX_LISTED) out.push(`  - ……另有 ${items.length - MAX_LISTED} 处`);
  return out;
}

/** The Chinese account of one import: layout, numbers, what did not fit, totals that disagree. */
export function importSummary(file: string, r: ImportSuccess): string {
  const agency = r.draft.meta.agencyName || '（未找到机关名称）';
  const lines = [
    `已读取 ${file}：${agency} ${r.draft.meta.year} 年报告，按 ${r.layout} 年版格式。`,
    `表格数字：导入 ${r.mapped.length} 个，其中 ${r.blanks.length} 个空白单元格按 0 导入。`,
  ];
  lines.push(`未能对应的内容：${r.unmapped.length} 处${r.unmapped.length > 0 ? '：' : '。'}`);
  lines.push(...listed(r.unmapped, unmappedText));
  if (r.ambiguous.length > 0) {
    lines.push(`有多种读法、未导入的行：${r.ambiguous.length} 处：`);
    lines.push(...listed(r.ambiguous, ambiguousText));
  }
  lines.push(
    r.mismatches.length === 0
      ? '印制的合计与重新计算的合计一致。'
      : `印制的合计与重新计算不一致：${r.mismatches.length} 处（合计不会照抄，以重新计算为准）：`,
  );
  lines.push(
    ...listed(
      r.mismatches,
      (m) => `${describePath(m.path)}（${m.path}）：印为 ${m.printed}，按各项相加应为 ${m.computed}`,
    ),
  );
  if (r.notices.length > 0) {
    lines.push('提示：');
    lines.push(...listed(r.notices, (n) => n));
  }
  return `${lines.join('\n')}\n`;
}
