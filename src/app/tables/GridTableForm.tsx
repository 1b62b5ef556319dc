import { useFormContext, useWatch } from 'react-hook-form';
import { derivedCell } from '../../report/derived-cells';
import { numericField } from '../../report/numeric-fields';
import { parseNumberInput } from '../../report/number-input';
import type { Draft } from '../../report/schema';
import type { GridCell, TableId } from '../../report/table-model';
import { gridTable } from '../../report/table-model';
import { cellNumber } from '../../report/totals';

/** A derived cell: the sum of its sources, re-rendered only when they change. */
function DerivedOutput({ path }: { path: string }) {
  const cell = derivedCell(path);
  const { control } = useFormContext<Draft>();
  // Sources may themselves be derived (（七）总计 → 总计 column); expand to typed leaves.
  const leaves = expand(path);
  const values = useWatch({ control, name: leaves as never[] }) as unknown[];
  const sum = values.reduce<number>((s, v) => s + cellNumber(v), 0);
  return (
    <output name={path} id={path} tabIndex={-1} aria-label={cell?.label}>
      {sum}
    </output>
  );
}

function expand(path: string): string[] {
  const cell = derivedCell(path);
  return cell ? cell.sources.flatMap(expand) : [path];
}

function ValueInput({ path, readOnly }: { path: string; readOnly: boolean }) {
  const { register } = useFormContext<Draft>();
  const field = numericField(path);
  const kind = field?.kind ?? 'count';
  return (
    <input
      id={path}
      type="text"
      inputMode={kind === 'count' ? 'numeric' : 'decimal'}
      aria-label={field?.label ?? path}
      readOnly={readOnly}
      {...register(path as never, {
        setValueAs: (v: unknown) => {
          if (typeof v === 'number' || v === null) return v;
          const r = parseNumberInput(String(v ?? ''), kind);
          return r.ok ? r.value : v;
        },
      })}
    />
  );
}

function Cell({ cell, readOnly }: { cell: GridCell; readOnly: boolean }) {
  const span = {
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    colSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
  };
  if (cell.kind === 'value' && cell.path) {
    return (
      <td {...span}>
        {cell.derived ? (
          <DerivedOutput path={cell.path} />
        ) : (
          <ValueInput path={cell.path} readOnly={readOnly} />
        )}
      </td>
    );
  }
  return (
    <th {...span} scope={cell.scope}>
      {cell.text}
    </th>
  );
}

/** One official table as a form: labels and merges from the layout, inputs named by path. */
export function GridTableForm({ table, readOnly = false }: { table: TableId; readOnly?: boolean }) {
  const t = gridTable(table);
  return (
    <table className={`grid-form grid-${table}`}>
      <caption>{t.caption}</caption>
      {t.head.length > 0 && (
        <thead>
          {t.head.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <Cell key={j} cell={cell} readOnly={readOnly} />
              ))}
            </tr>
          ))}
        </thead>
      )}
      <tbody>
        {t.body.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <Cell key={j} cell={cell} readOnly={readOnly} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
