/**
 * The rows of table 三 (收到和处理政府信息公开申请情况), as a tree.
 * Labels are verbatim from 国办公开办函〔2021〕30号. A node with `derived: true`
 * is computed (（七）总计 = the sum of every other leaf under 三), never typed.
 * `aliases` are older or variant wordings seen in published reports (used by the importer).
 */
export interface MatrixRowDef {
  readonly key: string;
  readonly label: string;
  readonly children?: readonly MatrixRowDef[];
  readonly derived?: true;
  readonly aliases?: readonly string[];
}

export const MATRIX_ROWS = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  {
    key: 'results',
    label: '三、本年度办理结果',
    children: [
      { key: 'disclosed', label: '（一）予以公开' },
      {
        key: 'partiallyDisclosed',
        label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      },
      {
        key: 'withheld',
        label: '（三）不予公开',
        children: [
          { key: 'stateSecret', label: '1.属于国家秘密' },
          {
            key: 'prohibitedByLaw',
            label: '2.其他法律行政法规禁止公开',
            aliases: ['2.其他法律法规禁止公开'],
          },
          { key: 'endangersSecurity', label: '3.危及“三安全一稳定”' },
          { key: 'thirdPartyRights', label: '4.保护第三方合法权益' },
          { key: 'internalAffairs', label: '5.属于三类内部事务信息' },
          { key: 'processInfo', label: '6.属于四类过程性信息' },
          { key: 'enforcementFiles', label: '7.属于行政执法案卷' },
          { key: 'administrativeQuery', label: '8.属于行政查询事项' },
        ],
      },
      {
        key: 'unavailable',
        label: '（四）无法提供',
        children: [
          { key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
          { key: 'needsCreation', label: '2.没有现成信息需要另行制作' },
          { key: 'stillUnclear', label: '3.补正后申请内容仍不明确' },
        ],
      },
      {
        key: 'notProcessed',
        label: '（五）不予处理',
        children: [
          { key: 'petition', label: '1.信访举报投诉类申请' },
          { key: 'repeated', label: '2.重复申请' },
          { key: 'publication', label: '3.要求提供公开出版物' },
          { key: 'excessive', label: '4.无正当理由大量反复申请' },
          {
            key: 'confirmation',
            label: '5.要求行政机关确认或重新出具已获取信息',
            aliases: ['5.要求行政机关确认或重新出具已取得信息'],
          },
        ],
      },
      {
        key: 'otherHandling',
        label: '（六）其他处理',
        children: [
          {
            key: 'noCorrection',
            label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          },
          {
            key: 'feeUnpaid',
            label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          },
          { key: 'other', label: '3.其他' },
        ],
      },
      { key: 'total', label: '（七）总计', derived: true },
    ],
  },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
] as const satisfies readonly MatrixRowDef[];

/** The derived （七）总计 row's path under `applications`. */
export const RESULTS_TOTAL_ROW = 'results.total';
