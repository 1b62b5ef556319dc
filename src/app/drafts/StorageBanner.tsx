import { useDrafts } from './repository-context';

/** Persistent warning while drafts cannot be kept in this browser. */
export function StorageBanner() {
  const { storageProblem } = useDrafts();
  if (!storageProblem) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-title">草稿无法保存在此浏览器中</p>
      <p>
        {storageProblem}。关闭或刷新页面后，未保存的内容将会丢失。请使用“保存草稿文件”把草稿保存到电脑上，
        以后可以用“打开草稿文件”继续填写。
      </p>
    </div>
  );
}
