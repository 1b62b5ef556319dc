import { describe, expect, it } from 'vitest';
import { readContact } from './contact';

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
