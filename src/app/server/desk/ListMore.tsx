/**
 * Under a list that shows the first units of a large region: how many are left out, that the
 * filters and the export cover only those shown, and a button for the next `page`.
 */
export function ListMore({
  listed,
  total,
  page,
  onMore,
}: {
  listed: number;
  total: number;
  page: number;
  onMore: () => void;
}) {
  const more = total - listed;
  if (more <= 0) return null;
  return (
    <p className="desk-more">
      已列出前 {listed} 个单位，还有 {more} 个（筛选、查找和导出只含已列出的单位）。{' '}
      <button type="button" className="button" onClick={onMore}>
        再列出 {Math.min(more, page)} 个单位
      </button>
    </p>
  );
}
