const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  yen: '¥',
  copy: '©',
  reg: '®',
};

function fromCodePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff)
    ? String.fromCodePoint(n)
    : '';
}

/** Decodes `&nbsp;` `&amp;` `&#8220;` `&#x201C;` and the named entities Chinese pages use. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)) || whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
