import type { Draft } from '../report/schema';
import { feeSentence, statesFees } from '../report/text/fee-sentence';

/**
 * Part 六 must state the 信息处理费 figures (国办函〔2020〕109号). When the clerk's text does
 * not mention them, the standard sentence, written from the figures, is printed after it.
 */
export function feeStatementParagraphs(draft: Draft): string[] {
  const text = draft.otherMatters.text;
  if (statesFees(text)) return [];
  return [feeSentence(draft.meta.year, draft.otherMatters.processingFees)];
}
