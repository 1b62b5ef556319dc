import type { TabMode } from './use-tab-coordination';

/** Says that another tab edits this draft, and offers to continue editing here instead. */
export function TabBanner({
  mode,
  onContinueHere,
}: {
  mode: Exclude<TabMode, 'editing'>;
  onContinueHere: () => void;
}) {
  return (
    <div className="banner banner-warning" role="alert">
      <p className="banner-title">
        {mode === 'open-elsewhere' ? '这份草稿已在另一个标签页中打开' : '这份草稿已在另一个标签页中继续编辑'}
      </p>
      <p>
        为避免两个标签页互相覆盖，本标签页现在只能查看，不能修改。
        {mode === 'open-elsewhere'
          ? '请回到原来的标签页继续填写，或在此继续编辑（另一个标签页将改为只读）。'
          : '如需在此继续编辑，另一个标签页将改为只读。'}
      </p>
      <button type="button" className="button" onClick={onContinueHere}>
        在此标签页继续编辑
      </button>
    </div>
  );
}
