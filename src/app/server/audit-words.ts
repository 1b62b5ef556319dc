/** The audit log's actions in Chinese (the database keeps the codes of audit-log.ts). */
const ACTION_WORDS: Readonly<Record<string, string>> = {
  login: '登录',
  'login-failed': '登录失败',
  logout: '退出登录',
  save: '保存',
  submit: '提交审核',
  withdraw: '撤回',
  return: '退回修改',
  approve: '审核通过',
  reopen: '重新打开',
  'set-deadline': '设置截止日期',
  comment: '审核意见',
  reply: '回复审核意见',
  settle: '处理提醒',
  'publication-check': '发布核对',
  export: '导出',
  import: '导入',
  setup: '创建首个管理员',
  'create-region': '新建地区',
  'create-unit': '新建单位',
  'create-user': '新建用户',
  'reset-password': '重置密码',
  'change-password': '修改密码',
};

const RESULT_WORDS: Readonly<Record<string, string>> = {
  ok: '成功',
  differs: '不一致',
  'wrong password': '密码错误',
  'wrong password, locked now': '密码错误，账号已锁定',
  'locked now': '密码错误，账号已锁定',
  locked: '账号锁定中',
  'unknown login': '登录名不存在',
  'refused: new password': '新密码不符合要求',
};

/** Every action the log records, in the order above (the audit log's filter offers them). */
export const AUDIT_ACTIONS: readonly string[] = Object.keys(ACTION_WORDS);

export const actionWords = (action: string): string => ACTION_WORDS[action] ?? action;

/** A result in Chinese; a refusal keeps the server's Chinese message after its status code. */
export function resultWords(result: string): string {
  const known = RESULT_WORDS[result];
  if (known) return known;
  const refused = /^refused (\d{3}): (.*)$/.exec(result);
  return refused ? `被拒绝（${refused[1]}）：${refused[2]}` : result;
}
