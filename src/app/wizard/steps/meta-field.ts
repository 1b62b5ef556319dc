import { META_FIELDS } from '../../../report/layout/meta-fields';

type MetaPath = (typeof META_FIELDS)[number]['path'];

/** The label and hint of a 基本信息 field, from the layout. */
export function metaField(path: MetaPath): { path: string; label: string; hint?: string } {
  const f = META_FIELDS.find((m) => m.path === path);
  if (!f) throw new Error(`unknown meta field ${path}`);
  return f.hint ? { path: f.path, label: f.label, hint: f.hint } : { path: f.path, label: f.label };
}
