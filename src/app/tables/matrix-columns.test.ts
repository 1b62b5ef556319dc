import { constructTable, tableFeatures } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import { MATRIX_FLAT_ROWS } from '../../report/matrix-shape';
import { gridTable } from '../../report/table-model';
import { MATRIX_COLUMNS } from './matrix-columns';

const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings() });

describe('the matrix column model (react-table v9)', () => {
  const table = constructTable({
    features,
    columns: MATRIX_COLUMNS as never,
    data: MATRIX_FLAT_ROWS as never,
    getRowId: (r: { key: string }) => r.key,
  });

  it('draws the same header rows as the grid model (text, colSpan, rowSpan), corner aside', () => {
    const fromTable = table
      .getHeaderGroups()
      .map((g) =>
        g.headers
          .filter((h) => h.rowSpan > 0)
          .map((h) => ({ text: h.column.columnDef.header, colSpan: h.colSpan, rowSpan: h.rowSpan })),
      );
    const fromModel = gridTable('applications').head.map((row) =>
      row
        .filter((c) => c.kind !== 'corner')
        .map((c) => ({ text: c.text, colSpan: c.colSpan, rowSpan: c.rowSpan })),
    );
    expect(fromTable).toEqual(fromModel);
  });

  it('its leaf columns give the value paths of every body row in the grid model’s order', () => {
    const leaves = table.getAllLeafColumns().map((c) => c.id);
    const model = gridTable('applications').body;
    table.getRowModel().rows.forEach((row, i) => {
      const paths = model[i]?.filter((c) => c.kind === 'value').map((c) => c.path);
      expect(leaves.map((c) => `applications.${row.id}.${c}`)).toEqual(paths);
    });
  });
});
