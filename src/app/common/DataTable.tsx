import type { CSSProperties, ReactNode } from 'react';

/** One column: its heading and each row's cell. */
export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  /** The cell that names its row (a `th scope="row"`). */
  readonly rowHeader?: boolean;
  /** A figure: right-aligned (`num`). */
  readonly numeric?: boolean;
  /** A style of the row's cell (an indent by depth). */
  readonly style?: (row: R) => CSSProperties;
}

/** What a row element carries beside its cells: a class and `data-` marks. */
export type RowAttributes = { readonly className?: string | undefined } & {
  readonly [mark: `data-${string}`]: string;
};

/** Rows under a heading row of their own (a region and its units), one `tbody` each. */
export interface RowGroup<R> {
  readonly key: string | number;
  readonly head: ReactNode;
  readonly rows: readonly R[];
  readonly attributes?: RowAttributes;
}

interface DataTableProps<R> {
  readonly className: string;
  /** Said to screen readers only, unless `captionShown`. */
  readonly caption?: ReactNode;
  readonly captionShown?: boolean;
  readonly columns: readonly Column<R>[];
  readonly rowKey: (row: R, index: number) => string | number;
  readonly rowAttributes?: (row: R) => RowAttributes;
  /** Either the rows… */
  readonly rows?: readonly R[];
  /** …or groups of them. */
  readonly groups?: readonly RowGroup<R>[];
  /** The class of each group's heading row. */
  readonly groupHeadClassName?: string;
}

/** The one table of the server's lists: a heading row from the columns, a row a record. */
export function DataTable<R>({
  className,
  caption,
  captionShown = false,
  columns,
  rowKey,
  rowAttributes,
  rows,
  groups,
  groupHeadClassName,
}: DataTableProps<R>) {
  const row = (r: R, index: number) => (
    <tr key={rowKey(r, index)} {...rowAttributes?.(r)}>
      {columns.map((c) => {
        const props = { className: c.numeric ? 'num' : undefined, style: c.style?.(r) };
        return c.rowHeader ? (
          <th key={c.header} scope="row" {...props}>
            {c.cell(r)}
          </th>
        ) : (
          <td key={c.header} {...props}>
            {c.cell(r)}
          </td>
        );
      })}
    </tr>
  );
  return (
    <table className={className}>
      {caption ? <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      {groups ? (
        groups.map((g) => (
          <tbody key={g.key} {...g.attributes}>
            <tr className={groupHeadClassName}>
              <th scope="colgroup" colSpan={columns.length}>
                {g.head}
              </th>
            </tr>
            {g.rows.map(row)}
          </tbody>
        ))
      ) : (
        <tbody>{(rows ?? []).map(row)}</tbody>
      )}
    </table>
  );
}
