import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv';

describe('the shared CSV writer', () => {
  it('quotes a field holding a comma, a quote or a line break', () => {
    expect(csvField('甲,乙')).toBe('"甲,乙"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('一\r\n二')).toBe('"一\r\n二"');
    expect(csvField('某县教育局')).toBe('某县教育局');
  });

  it('makes a field that a spreadsheet would read as a formula inert with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil.example","点我")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""点我"")"`,
    );
    expect(csvField('+1+cmd')).toBe("'+1+cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves numbers, negative ones too, as numbers', () => {
    expect(csvField('-3')).toBe('-3');
    expect(csvField('-0.25')).toBe('-0.25');
    expect(csvField('+5')).toBe('+5');
    expect(csvField('12')).toBe('12');
  });

  it('writes a BOM and CRLF line ends', () => {
    expect(csvText([['a', '=1']])).toBe("\uFEFFa,'=1\r\n");
  });
});
