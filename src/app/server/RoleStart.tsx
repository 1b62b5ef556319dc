import { useEffect } from 'react';
import { reportingYear } from '../../report/reporting-year';
import { IMPORT_HASH } from '../routing/route';
import { ADMIN_HASH, deskHash } from './server-routes';
import { useServerSession } from './server-session';
import { ServerStartPage } from './ServerStartPage';

/**
 * Each role's own start: the 管理 page for an administrator, the desk's 单位名单 of the year being
 * reported for a supervisor, the unit's reports for a clerk. (The address is replaced, so Back
 * does not return to a page that sends the user on again.)
 */
export function RoleStart() {
  const { me } = useServerSession();
  const elsewhere =
    me.role === 'admin'
      ? ADMIN_HASH
      : me.role === 'supervisor'
        ? deskHash('roster', reportingYear())
        : undefined;
  useEffect(() => {
    if (elsewhere) window.location.replace(elsewhere);
  }, [elsewhere]);
  return elsewhere ? <main id="main">正在打开…</main> : <ServerStartPage />;
}

/**
 * The header's tools on the server: only what applies there. A clerk imports last year's published
 * report; the file tools of a single PC (审核草稿文件, 批量检查) are the desk's and 管理's work here.
 */
export function ServerTools() {
  const { me } = useServerSession();
  if (me.role !== 'clerk') return null;
  return (
    <nav aria-label="工具">
      <a href={IMPORT_HASH}>导入已发布的报告</a>
    </nav>
  );
}
