import { describe, expect, it } from 'vitest';
import { addressLeftOut, readContact } from './contact';

describe('readContact address', () => {
  it('keeps a bracketed floor whole instead of cutting inside the brackets', () => {
    const c = readContact('地址：淮安市健康东路1号市政府办公室（二楼），邮编：223001。');
    expect(c.address).toBe('淮安市健康东路1号市政府办公室（二楼）');
    expect(c.postcode).toBe('223001');
  });

  it('stops before an unclosed bracket rather than inside it', () => {
    const c = readContact('地址：某县人民路8号（二');
    expect(c.address).toBe('某县人民路8号');
  });
});

describe('addressLeftOut (an address shortened is said)', () => {
  it('names what followed an address cut at its length', () => {
    const long = `${'某'.repeat(58)}路1号`;
    const preamble = `地址：${long}办公楼，邮编：223001。`;
    const c = readContact(preamble);
    expect(c.address).toBe(long.slice(0, 60));
    expect(addressLeftOut(preamble, c.address)).toBe(`${long.slice(60)}办公楼`);
  });

  it('names an unclosed bracket left out, and nothing for an address taken whole', () => {
    expect(addressLeftOut('地址：某县人民路8号（二', '某县人民路8号')).toBe('（二');
    const whole = '地址：淮安市健康东路1号市政府办公室（二楼），邮编：223001。';
    expect(addressLeftOut(whole, readContact(whole).address)).toBeUndefined();
  });
});
