/** Why the form was read again: another tab changed the stored draft. */
export type ChangedElsewhere = 'reloaded' | 'conflict' | 'missing';

const TEXT: Record<ChangedElsewhere, { title: string; body: string }> = {
  reloaded: {
    title: '这份草稿已在另一个标签页中被修改',
    body: '本页已载入最新内容。',
  },
  conflict: {
    title: '这份草稿已在另一个标签页中被修改，本页最近的修改没有保存',
    body: '两处改动了同一部分（内容或审核状态），为避免互相覆盖，本页没有写入，已载入最新内容。请核对后重新填写。',
  },
  missing: {
    title: '这份草稿已在另一个标签页中被删除',
    body: '本页的修改没有保存。如需保留，请先点击“保存草稿文件”。',
  },
};

export function ChangedElsewhereBanner({
  kind,
  onDismiss,
}: {
  kind: ChangedElsewhere;
  onDismiss: () => void;
}) {
  const t = TEXT[kind];
  return (
    <div className="banner banner-warning" role="alert">
      <p className="banner-title">{t.title}</p>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={onDismiss}>
        知道了
      </button>
    </div>
  );
}
