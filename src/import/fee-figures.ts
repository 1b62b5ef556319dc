import { toHalfWidthDigits } from './normalize';

/** The 信息处理费 figures part 六 states in words, where it states them (null: not found). */
export interface FeeFigures {
  readonly noticesSent: number | null;
  readonly noticesAmount: number | null;
  readonly collectedAmount: number | null;
}

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(万?)元`;
const NONE_COLLECTED = /(未|没有|无)(收取|产生|发生)[^。；]{0,20}?(处理费|收费)/;
const NONE_SENT = /(未|没有|无)(发出|发送|下发)[^。；]{0,6}?收费通知/;
const COLLECTED = new RegExp(
  String.raw`(?:实际)?收取[^。；\d]{0,24}?(?:处理费|费用)[^。；\d]{0,8}?` + AMOUNT,
);
const SENT = /发出[^。；\d]{0,6}?收费通知[^。；\d]{0,8}?(\d+)\s*(?:件|份|次)/;
const SENT_AMOUNT = new RegExp(String.raw`收费通知[^。；]{0,30}?(?:总)?金额[^。；\d]{0,6}?` + AMOUNT);

function yuan(m: RegExpExecArray | null): number | null {
  if (!m?.[1]) return null;
  const value = Number(m[1].replace(/,/g, '')) * (m[2] === '万' ? 10000 : 1);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

/**
 * Reads the fee statement of part 六 (《政府信息公开信息处理费管理办法》): the number and
 * amount of fee notices sent and the amount collected. What the text does not say stays null.
 */
export function readFeeFigures(text: string): FeeFigures {
  const t = toHalfWidthDigits(text).replace(/[ \u3000]/g, '');
  const sent = SENT.exec(t);
  const noneSent = NONE_SENT.test(t);
  return {
    noticesSent: sent?.[1] ? Number(sent[1]) : noneSent ? 0 : null,
    noticesAmount: yuan(SENT_AMOUNT.exec(t)) ?? (noneSent ? 0 : null),
    collectedAmount: yuan(COLLECTED.exec(t)) ?? (NONE_COLLECTED.test(t) ? 0 : null),
  };
}
