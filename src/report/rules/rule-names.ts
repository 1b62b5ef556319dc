import type { RuleId } from '../findings';

/**
 * What each rule checks, in the words a clerk reads (report-format.md §5). The UI shows
 * these; the code (`R3`…) stays for the command line and JSON. Every rule must have one
 * (the type checker says so when a rule is added).
 */
const RULE_NAMES: Readonly<Record<RuleId, string>> = {
  R1: '行合计不符',
  R2: '办理结果合计不符',
  R3: '勾稽关系不平衡',
  R4: '复议诉讼合计不符',
  R5: '数值不符合要求',
  X1: '上年结转与上年报告不一致',
  X2: '现行有效件数与上年不衔接',
  P1: '文字与数字不一致',
  S: '文件问题',
  C1: '必填项未填',
  C2: '表格有空白',
  C3: '内容过于简略',
  C4: '篇幅过长',
  C5: '与上年文字相同',
  Y1: '文字年份与报告年度不符',
  Y2: '引用了旧的格式依据',
  Y3: '与上年相比变化较大',
};

/** The Chinese name of a rule, e.g. 勾稽关系不平衡 for R3. */
export function ruleName(rule: RuleId): string {
  return RULE_NAMES[rule];
}
