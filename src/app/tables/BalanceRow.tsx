import { RESULTS_TOTAL_ROW } from '../../report/layout/matrix-rows';
import { describeImbalance } from '../../report/rules/balance';
import { MATRIX_LABEL_COLUMNS } from '../../report/matrix-shape';
import { matrixColumnLabel } from '../../report/layout/applicant-columns';
import { balanceMessages } from './messages';
import { useRenderProbe } from './render-probe';
import { useBalances } from './use-totals';

function focusTotal(path: string) {
  document.getElementById(path)?.focus();
}

/**
 * The 勾稽关系 under every column: 一+二 against （七）总计+四, and when they differ, by how
 * much and which side is larger — in words, not colour alone. One component for the row:
 * a typed result cell changes both its column's balance and the 总计 column's. Each cell's
 * words sit in a box of fixed height (taller while any column is off), so a keystroke that
 * changes them lays out that box only, not the whole table.
 */
export function BalanceRow() {
  useRenderProbe('balance');
  const balances = useBalances();
  const anyUnbalanced = balances.some((b) => b.difference !== 0);
  return (
    <tr className={`balance-row${anyUnbalanced ? ' has-unbalanced' : ''}`}>
      <th scope="row" colSpan={MATRIX_LABEL_COLUMNS} className="label balance-label pin pin-0">
        {balanceMessages.rowLabel}
        <span className="balance-hint">{balanceMessages.rowHint}</span>
      </th>
      {balances.map((b) => {
        const ok = b.difference === 0;
        const totalPath = `applications.${RESULTS_TOTAL_ROW}.${b.column}`;
        return (
          <td
            key={b.column}
            className={`balance ${ok ? 'balanced' : 'unbalanced'}`}
            data-column={b.column}
            aria-describedby={ok ? undefined : `${totalPath}-findings`}
          >
            <div className="balance-box">
              <span className="balance-sums">
                {b.incoming} {ok ? '=' : '≠'} {b.outgoing}
              </span>
              <span className="balance-verdict">
                {ok ? balanceMessages.balanced : balanceMessages.unbalanced(b.difference)}
              </span>
              {!ok && (
                <>
                  <span className="balance-side">{balanceMessages.side(b.difference)}</span>
                  <span className="visually-hidden">{describeImbalance(b.difference)}</span>
                  <button
                    type="button"
                    className="balance-link"
                    aria-label={balanceMessages.seeColumn(matrixColumnLabel(b.column))}
                    onClick={() => focusTotal(totalPath)}
                  >
                    {balanceMessages.see}
                  </button>
                </>
              )}
            </div>
          </td>
        );
      })}
    </tr>
  );
}
