import { describe, expect, it } from 'vitest';
import { reportFileName } from './file-name';

describe('reportFileName', () => {
  it('is the title with the extension', () => {
    expect(reportFileName('某某县商务局2025年政府信息公开工作年度报告', 'docx')).toBe(
      '某某县商务局2025年政府信息公开工作年度报告.docx',
    );
  });

  it('replaces characters file systems refuse, and turns tabs and new lines into a space', () => {
    expect(reportFileName('a/b\\c:d*e?f"g<h>i|j\tk\nl', 'txt')).toBe('a_b_c_d_e_f_g_h_i_j k l.txt');
  });

  it('adds the suffix before the extension and never returns an empty name', () => {
    expect(reportFileName('报告', 'html', '（草稿）')).toBe('报告（草稿）.html');
    expect(reportFileName('  ', 'txt')).toBe('政府信息公开工作年度报告.txt');
  });
});
