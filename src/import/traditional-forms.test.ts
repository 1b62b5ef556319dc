import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { MATRIX_FLAT_ROWS } from '../report/matrix-shape';
import { PARTS } from '../report/layout/parts';
import { PROACTIVE_BLOCKS } from '../report/layout/proactive-blocks';
import { labelKey, headingKey, layoutCharacters } from './normalize';

const LABELS = [
  ...MATRIX_FLAT_ROWS.map((r) => r.label),
  ...PROACTIVE_BLOCKS.flatMap((b) => [
    b.heading,
    ...b.rows.map((r) => r.label),
    ...b.columns.map((c) => c.label),
  ]),
];

describe.each([
  ['Taiwan', OpenCC.Converter({ from: 'cn', to: 'tw' })],
  ['Hong Kong', OpenCC.Converter({ from: 'cn', to: 'hk' })],
])('labels written in traditional characters (%s, by OpenCC)', (_, toTraditional) => {
  it('every row and column label compares equal to the layout’s', () => {
    for (const label of LABELS) {
      const traditional = toTraditional(label);
      expect(labelKey(traditional)).toBe(labelKey(label));
    }
  });

  it('every part heading compares equal to the layout’s', () => {
    for (const p of PARTS) expect(headingKey(toTraditional(p.heading))).toBe(headingKey(p.heading));
  });
});

describe('the text keeps its own characters', () => {
  it('only the comparison key changes', () => {
    expect(layoutCharacters('總計')).toBe('总计');
    expect(labelKey('（七）總計')).toBe('总计');
  });
});
