/**
 * Part 六's statement required by 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号).
 */
export interface ProcessingFees {
  readonly noticesSent: number | null;
  readonly noticesAmount: number | null;
  readonly collectedAmount: number | null;
}

/**
 * Words that show a part-六 text already states the 信息处理费, in the wordings reports use:
 * 信息处理费 / 信息公开处理费 (`本机关未收取信息公开处理费`), 收费通知, 收费情况 (`未发生收费情况`),
 * or a negated 收费 (`未收费`, `没有收取任何费用`, `不存在政府信息公开收费的情况`).
 */
const FEE_STATEMENT =
  /处理费|收费通知|收费的?情况|(?:未|没有|无|不)[^。；]{0,6}?(?:收费|收取[^。；]{0,6}?费)|不存在[^。；]{0,12}?收费/;

/** True when the text states the 信息处理费 (so no standard sentence need be added). */
export function statesFees(text: string): boolean {
  return FEE_STATEMENT.test(text);
}

export const FEE_REGULATION = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

function yuan(v: number | null): string {
  return `${(v ?? 0).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}元`;
}

/** True when no fee notice was sent and nothing was collected (blank counts as 0). */
export function noFeesCharged(f: ProcessingFees): boolean {
  return !f.noticesSent && !f.noticesAmount && !f.collectedAmount;
}

/** The standard sentence; when all figures are zero it says that no fee was charged. */
export function feeSentence(year: number, f: ProcessingFees): string {
  if (noFeesCharged(f)) {
    return `${year}年，本机关按照${FEE_REGULATION}规定，未发出收费通知，未收取信息处理费。`;
  }
  return `${year}年，本机关按照${FEE_REGULATION}规定，共发出收费通知${f.noticesSent ?? 0}件，总金额${yuan(f.noticesAmount)}，实际收取信息处理费${yuan(f.collectedAmount)}。`;
}
