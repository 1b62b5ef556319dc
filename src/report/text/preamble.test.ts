import { describe, expect, it } from 'vitest';
import { feeSentence, noFeesCharged } from './fee-sentence';
import { generatePreamble } from './preamble';

describe('generatePreamble', () => {
  it('cites the 条例 and 国办公开办函〔2021〕30号, the period and the contact details', () => {
    const text = generatePreamble({
      agencyName: '某某县商务局',
      year: 2025,
      website: '某某县人民政府门户网站',
      contact: {
        office: '某某县商务局办公室',
        address: '县府路 8 号',
        postcode: '123456',
        phone: '0123-4567890',
      },
    });
    expect(text).toContain('《中华人民共和国政府信息公开条例》');
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toContain('由某某县商务局编制');
    expect(text).toContain('自2025年1月1日起至2025年12月31日止');
    expect(text).toContain('本报告电子版可在某某县人民政府门户网站查阅或下载');
    expect(text).toContain(
      '请与某某县商务局办公室联系（地址：县府路 8 号，邮编：123456，电话：0123-4567890）',
    );
    expect(text).toContain('全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况');
  });

  it('leaves out what the clerk has not filled in', () => {
    const text = generatePreamble({ agencyName: '某局', year: 2024, contact: {} });
    expect(text).not.toContain('电子版');
    expect(text).not.toContain('联系');
    expect(text).not.toContain('undefined');
  });
});

describe('feeSentence', () => {
  it('says no fee was charged when every figure is 0 or blank', () => {
    const f = { noticesSent: 0, noticesAmount: null, collectedAmount: 0 };
    expect(noFeesCharged(f)).toBe(true);
    expect(feeSentence(2025, f)).toBe(
      '2025年，本机关按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，未发出收费通知，未收取信息处理费。',
    );
  });

  it('states the number, the amount noticed and the amount collected otherwise', () => {
    const text = feeSentence(2025, { noticesSent: 3, noticesAmount: 1200, collectedAmount: 800.5 });
    expect(noFeesCharged({ noticesSent: 3, noticesAmount: 1200, collectedAmount: 800.5 })).toBe(false);
    expect(text).toContain('共发出收费通知3件，总金额1,200元，实际收取信息处理费800.5元');
  });
});
