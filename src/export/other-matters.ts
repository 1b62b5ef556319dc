import type { Draft } from '../report/schema';
import { feeSentence } from '../report/text/fee-sentence';

/** Words that show the clerk's part-六 text already states the 信息处理费 figures. */
const FEE_STATEMENT_WORDS = ['信息处理费', '收费通知'];

/**
 * Part 六 must state the 信息处理费 figures (国办函〔2020〕109号). When the clerk's text does
 * not mention them, the standard sentence, written from the figures, is printed after it.
 */
export function feeStatementParagraphs(draft: Draft): string[] {
  const text = draft.otherMatters.text;
  if (FEE_STATEMENT_WORDS.some((w) => text.includes(w))) return [];
  return [feeSentence(draft.meta.year, draft.otherMatters.processingFees)];
}
