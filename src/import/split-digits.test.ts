import { describe, expect, it } from 'vitest';
import { splitRunTogether } from './split-digits';

describe('splitRunTogether', () => {
  it('801000081 splits only as 80,1,0,0,0,0,81 when the last number is the row total', () => {
    expect(splitRunTogether(['801000081'], 7, true)).toEqual([[80, 1, 0, 0, 0, 0, 81]]);
  });

  it('110000011 fits two ways (1,10,… and 11,0,…): both are returned', () => {
    expect(splitRunTogether(['110000011'], 7, true)).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
  });

  it('keeps the separators that are there: tokens are cut, never joined', () => {
    expect(splitRunTogether(['3', '20000', '5'], 7, true)).toEqual([[3, 2, 0, 0, 0, 0, 5]]);
  });

  it('no cut fits: no candidate', () => {
    expect(splitRunTogether(['999999999'], 7, true)).toEqual([]);
    expect(splitRunTogether(['12'], 7, true)).toEqual([]);
  });

  it('without a total column every cut into six numbers is a candidate', () => {
    expect(splitRunTogether(['1000000'], 6, false)).toEqual([[10, 0, 0, 0, 0, 0]]);
    expect(splitRunTogether(['1100000'], 6, false)).toHaveLength(2);
  });
});
