/** Units per page of the 问题清单 (a county fits in one; a province pages). Shared by server and app. */
export const FINDINGS_PAGE = 500;
