import { describe, expect, it } from 'vitest';
import { importReportFile } from './import-file';
import { importReportText } from './import-text';

const enc = (s: string) => new TextEncoder().encode(s);

/** Deterministic noise (a linear congruential generator), so the test is the same on every run. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out[i] = x >> 16;
  }
  return out;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(200, 7)]);

const WEB_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>今日新闻</title></head>
<body><nav><a href="/">首页</a> | <a href="/gk">政府信息公开</a></nav>
<h1>我县召开春季农业生产工作会议</h1><p>3月5日，县政府召开会议，部署春耕备耕工作。</p>
<table><tr><td>作物</td><td>面积</td></tr><tr><td>小麦</td><td>1200</td></tr></table></body></html>`;

describe('files that are not a report', () => {
  it('an empty file: says it is empty, no draft', async () => {
    const r = await importReportFile(new Uint8Array(0), 'report.txt');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('空') });
    expect(importReportText('  \n\t\n')).toEqual({ ok: false, message: expect.stringContaining('空') });
  });

  it('random bytes: not text, no draft', async () => {
    const r = await importReportFile(noise(3000, 42), 'report.txt');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain('不是文本');
  });

  it('an image renamed .docx: says it is not a Word document', async () => {
    const r = await importReportFile(PNG, '2024年报.docx');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain('不是 Word 文档');
  });

  it('a zip that is not a Word document: mammoth fails, the message says so', async () => {
    const r = await importReportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(100, 3)]), 'x.docx');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain('无法读取这个 Word 文档');
  });

  it('a random web page: says clearly that this is not a report', async () => {
    const r = await importReportFile(enc(WEB_PAGE), 'news.html');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/^这不是政府信息公开工作年度报告/);
  });

  it('part 一 alone, without a title (an excerpt): the message says what was found and what is missing', () => {
    const r = importReportText(
      '一、總體情況\n(一)堅持“以公開為常態、不公開為例外”\n2023年，市體育局全年發布信息662條。',
    );
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toBe(
      '这不是完整的政府信息公开工作年度报告：只找到了“一、总体情况”，没有找到报告的标题和其他部分，也没有找到“三、收到和处理政府信息公开申请情况”的表格。请选择报告全文（文本、网页、Word 或 PDF）。',
    );
  });

  it('plain prose without any part of a report: not a report', () => {
    const r = importReportText(
      '各位同事：\n下周一上午九点在三楼会议室开会，请准时参加。\n办公室\n2024年3月1日',
    );
    expect(r.ok).toBe(false);
  });

  it('a GBK-encoded text report is decoded (many government pages are GBK)', async () => {
    // “一、总体情况” in GB18030
    const heading = [0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6];
    const r = await importReportFile(new Uint8Array([...heading, 0x0a]), 'gbk.txt');
    // one heading is not enough for a report, but the message names it: it was read as text
    expect(r.ok ? '' : r.message).toMatch(/^这不是完整的政府信息公开工作年度报告：只找到了“一、总体情况”/);
  });
});
