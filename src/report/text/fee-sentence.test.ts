import { describe, expect, it } from 'vitest';
import { statesFees } from './fee-sentence';

describe('statesFees: part 六 states the 信息处理费 in the wordings real reports use', () => {
  it.each([
    '按照国办函〔2020〕109号规定的收费标准，本年度未收取信息处理费。',
    '本机关未收取信息公开处理费。',
    '2024年度未发生收费情况。',
    '本年度共发出收费通知0件。',
    '本机关在政府信息公开工作中未收费。',
    '全年没有收取任何费用。',
  ])('%s', (text) => {
    expect(statesFees(text)).toBe(true);
  });

  it.each([
    '无其他需要报告的事项。',
    '本机关严格执行《条例》，按时答复申请。',
    '收到建议提案 12 件，均已办结。',
  ])('not a fee statement: %s', (text) => {
    expect(statesFees(text)).toBe(false);
  });
});
