import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('paragraphs and <br> become lines; entities are decoded; scripts and styles are dropped', () => {
    const html =
      '<html><head><title>x</title><style>p{}</style></head><body><p>一、总体情况</p><p>公开&nbsp;&ldquo;三安全&rdquo;&amp;&#25968;&#x636E;<br/>第二行</p><script>alert(1)</script></body></html>';
    expect(htmlToText(html)).toBe('一、总体情况\n公开 “三安全”&数据\n第二行');
  });

  it('table rows become tab-separated cells; colspan and rowspan leave empty cells so columns line up; a <br> inside a label cell joins its halves', () => {
    const html = `<table>
      <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td></tr>
      <tr><td>（三）不予公开</td><td>1.属于<br>国家秘密</td><td>0</td></tr>
      <tr><td colspan="3">四、结转下年度继续办理</td><td>1</td></tr>
    </table>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '三、本年度办理结果\t（一）予以公开\t\t3',
      '\t（三）不予公开\t1.属于国家秘密\t0',
      '四、结转下年度继续办理\t\t\t1',
    ]);
  });

  it('a cell of a nested table does not break the outer table', () => {
    const html =
      '<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table><p>after</p>';
    expect(htmlToText(html)).toBe('a\tb\tc\nafter');
  });

  it('unknown entities and stray < are kept as text', () => {
    expect(htmlToText('<p>a &foo; b < c</p>')).toBe('a &foo; b < c');
  });
});
