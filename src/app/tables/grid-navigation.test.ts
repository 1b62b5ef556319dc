import { describe, expect, it } from 'vitest';
import { gridTable } from '../../report/table-model';
import { typedSlots } from './grid-cells';
import { moveForKey, neighbourMap } from './grid-navigation';

const matrix = neighbourMap(typedSlots(gridTable('applications').body));
const proactive = neighbourMap(typedSlots(gridTable('proactive').body));
const appeals = neighbourMap(typedSlots(gridTable('appeals').body));

describe('neighbourMap', () => {
  it('moves within the matrix and skips the derived （七）总计 row and 总计 column', () => {
    expect(matrix.get('applications.newReceived.natural')).toEqual({
      right: 'applications.newReceived.commercial',
      down: 'applications.carriedOver.natural',
    });
    expect(matrix.get('applications.results.otherHandling.other.legal')?.down).toBe(
      'applications.carriedForward.legal',
    );
    expect(matrix.get('applications.carriedForward.legal')?.up).toBe(
      'applications.results.otherHandling.other.legal',
    );
    expect(matrix.get('applications.newReceived.other')?.right).toBeUndefined();
    expect(matrix.get('applications.carriedForward.other')?.down).toBeUndefined();
  });

  it('moves through the merged cells of table 二', () => {
    expect(proactive.get('proactive.normativeDocuments.inForce')?.down).toBe('proactive.licensing');
    expect(proactive.get('proactive.licensing')).toEqual({
      up: 'proactive.normativeDocuments.issued',
      down: 'proactive.penalty',
    });
    expect(proactive.get('proactive.feeAmount')?.down).toBeUndefined();
  });

  it('skips the 总计 columns of table 四', () => {
    expect(appeals.get('appeals.reconsideration.pending')?.right).toBe('appeals.litigationDirect.upheld');
    expect(appeals.get('appeals.litigationDirect.upheld')?.left).toBe('appeals.reconsideration.pending');
  });
});

describe('moveForKey', () => {
  it('Up/Down/Enter always move; Shift+Enter moves up', () => {
    for (const mode of ['enter', 'edit'] as const) {
      expect(moveForKey('ArrowUp', false, mode, false)).toBe('up');
      expect(moveForKey('ArrowDown', false, mode, false)).toBe('down');
      expect(moveForKey('Enter', false, mode, false)).toBe('down');
      expect(moveForKey('Enter', true, mode, false)).toBe('up');
    }
  });
  it('Left/Right move between cells in enter mode, and leave the caret to the text in edit mode', () => {
    expect(moveForKey('ArrowLeft', false, 'enter', false)).toBe('left');
    expect(moveForKey('ArrowRight', false, 'enter', false)).toBe('right');
    expect(moveForKey('ArrowLeft', false, 'edit', false)).toBeNull();
    expect(moveForKey('ArrowRight', false, 'edit', false)).toBeNull();
    expect(moveForKey('ArrowLeft', true, 'enter', false)).toBeNull();
  });
  it('leaves other keys and modified keys to the text field', () => {
    expect(moveForKey('a', false, 'enter', false)).toBeNull();
    expect(moveForKey('Tab', false, 'enter', false)).toBeNull();
    expect(moveForKey('ArrowDown', false, 'enter', true)).toBeNull();
  });
});
