import { describe, expect, it } from 'vitest';
import { partById } from '../report/layout/parts';
import { readContact } from './contact';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';
import { toLines } from './lines';
import { proseText } from './paragraphs';
import { agencyFromSignature, readTitle } from './title';
import { splitTopics } from './topics';

/** A report body with every part, after whatever head a test puts before it. */
const BODY = [
  '一、总体情况',
  '2024年，我局认真贯彻落实《条例》。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '公开内容还不够全面。下一步将进一步加强。',
  '六、其他需要报告的事项',
  '本机关未收取信息处理费。',
].join('\n');

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('the agency from every title form (issue 22 item 2)', () => {
  it.each([
    ['平潭综合实验区交通与建设局2024年政府信息公开工作年度报告', '平潭综合实验区交通与建设局', 2024],
    ['沭阳县发展和改革局2023年政府信息公开年度报告', '沭阳县发展和改革局', 2023],
    ['2024年度某某市审计局政府信息公开工作年度报告', '某某市审计局', 2024],
    ['某某县财政局2024年度政府信息公开工作年度报告', '某某县财政局', 2024],
    ['某某县财政局\n2024年度政府信息公开\n工作年度报告', '某某县财政局', 2024],
    ['《连云港市赣榆区审计局2025年政府信息公开工作年度报告》', '连云港市赣榆区审计局', 2025],
  ])('%s → %s', (head, agency, year) => {
    expect(readTitle(toLines(`${head}\n一、总体情况`))).toMatchObject({ agencyName: agency, year });
  });

  it('the preamble quoting the title: 现公布区统计局2023年政府信息公开工作年度报告', () => {
    const head = '根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。';
    expect(readTitle(toLines(head))).toMatchObject({ agencyName: '区统计局', year: 2023 });
  });

  it('the signature at the end: the agency above the date', () => {
    const end = '……\n六、其他需要报告的事项\n无。\n\n淮安市洪泽区人民政府\n2025年1月20日\n';
    expect(agencyFromSignature(toLines(end))).toBe('淮安市洪泽区人民政府');
    expect(agencyFromSignature(toLines('无。\n某某县统计局\n2025 年 1 月'))).toBe('某某县统计局');
    // A sentence before a date is no signature.
    expect(agencyFromSignature(toLines('我局将继续努力。\n2025年1月20日'))).toBe('');
  });

  it('a report whose title is only the year takes the agency from its signature, with no reading gap', () => {
    const r = imported(`2024\n${BODY}\n\n某某县机关事务服务中心\n2025年1月15日`);
    expect(r.draft.meta.agencyName).toBe('某某县机关事务服务中心');
    expect(r.provenance.gaps.map((g) => g.path)).not.toContain('meta.agencyName');
  });
});

describe('contact details from the preamble', () => {
  it('电话, 地址, 邮编 and the website in one sentence (淮安市洪泽区 2024)', () => {
    const preamble =
      '如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道 90号，邮编：223100，电话：0517-87290606）。本报告可在“中国·洪泽”门户网站（http://www.hongze.gov.cn）查阅。';
    expect(readContact(preamble)).toEqual({
      office: '淮安市洪泽区人民政府办公室',
      address: '淮安市洪泽区洪泽湖大道 90号',
      postcode: '223100',
      phone: '0517-87290606',
      website: 'http://www.hongze.gov.cn',
    });
  });

  it('联系电话 and 邮政编码 spelled out', () => {
    const preamble = '联系地址：某某县人民路1号，邮政编码：222100，联系电话：0518-86212345。';
    expect(readContact(preamble)).toMatchObject({
      address: '某某县人民路1号',
      postcode: '222100',
      phone: '0518-86212345',
    });
  });
});

describe('part 一’s five topics by every numbering real reports use', () => {
  const fields = partById('overview').prose;
  const topics = (text: string) => {
    const split = splitTopics(toLines(text), fields);
    return Object.fromEntries([...split.topics].map(([path, lines]) => [path, proseText(lines)]));
  };

  it('（一）… headings on lines of their own', () => {
    expect(topics('（一）主动公开情况\n公开信息50条。\n（二）依申请公开情况\n未收到申请。')).toEqual({
      'overview.proactive': '公开信息50条。',
      'overview.onRequest': '未收到申请。',
    });
  });

  it('1. with the text after the heading’s full stop', () => {
    expect(topics('1.信息主动公开情况。2023年主动公开信息9条。\n3.政府信息管理。健全制度。')).toEqual({
      'overview.proactive': '2023年主动公开信息9条。',
      'overview.management': '健全制度。',
    });
  });

  it('一是… / 二是…: the topic named before the first comma, the whole sentence kept', () => {
    const text = [
      '一是主动公开方面，全年公开信息13条。',
      '二是依申请公开方面，未收到申请。',
      '三是平台建设方面，维护网站专栏。',
      '四是监督保障方面，开展培训1次。',
    ].join('\n');
    expect(topics(text)).toEqual({
      'overview.proactive': '一是主动公开方面，全年公开信息13条。',
      'overview.onRequest': '二是依申请公开方面，未收到申请。',
      'overview.platform': '三是平台建设方面，维护网站专栏。',
      'overview.oversight': '四是监督保障方面，开展培训1次。',
    });
  });

  it('一是… that names no topic stays in the text before it', () => {
    const split = splitTopics(toLines('我局加强领导。\n一是加强领导，健全工作机制。'), fields);
    expect(split.topics.size).toBe(0);
    expect(proseText(split.leading)).toBe('我局加强领导。\n一是加强领导，健全工作机制。');
  });

  it('part 一 as one text: kept as the summary, the topics not called missing (need not be stated)', () => {
    const r = imported(`某某县统计局2024年政府信息公开工作年度报告\n${BODY}`);
    expect(r.draft.overview.summary).toBe('2024年，我局认真贯彻落实《条例》。');
    const overview = r.provenance.notStated.filter((n) => n.path.startsWith('overview.'));
    expect(overview.map((n) => n.path)).toEqual([
      'overview.proactive',
      'overview.onRequest',
      'overview.management',
      'overview.platform',
      'overview.oversight',
    ]);
  });
});
