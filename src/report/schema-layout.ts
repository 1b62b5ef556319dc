/**
 * The draft's 基本信息 and prose sections, built from the layout (META_FIELDS, PARTS): adding a field
 * there adds it to the schema, the type and the empty draft (plus a migration for old files).
 */
import { z } from 'zod/mini';
import { META_FIELDS } from './layout/meta-fields';
import type { MetaFieldDef } from './layout/meta-fields';
import { PARTS } from './layout/parts';
import type { ProseFieldDef } from './layout/parts';
import { textSchema, yearSchema } from './schema-text';

type MetaField = (typeof META_FIELDS)[number];
type ProseField = (typeof PARTS)[number]['prose'][number];

type TopKey<P> = P extends `meta.${infer K}` ? (K extends `${string}.${string}` ? never : K) : never;
type GroupOf<P> = P extends `meta.${infer G}.${string}` ? G : never;
type InGroup<P, G extends string> = P extends `meta.${G}.${infer K}` ? K : never;

/** `meta` as stored: title and year always there, every other field optional text, groups nested. */
export type MetaShape = {
  [F in MetaField as F extends { stored: string } ? TopKey<F['path']> : never]: F extends { stored: 'year' }
    ? number
    : string;
} & {
  [F in MetaField as F extends { stored: string } ? never : TopKey<F['path']>]?: string;
} & {
  [G in GroupOf<MetaField['path']>]: { [F in MetaField as InGroup<F['path'], G>]?: string };
};

/** The text fields of one draft section (`overview`, `problems`, `otherMatters`) named in PARTS. */
export type ProseShape<S extends string> = {
  [
    F in ProseField as F extends { optional: true } ? never : F['path'] extends `${S}.${infer K}` ? K : never
  ]: string;
} & {
  [
    F in ProseField as F extends { optional: true }
      ? F['path'] extends `${S}.${infer K}`
        ? K
        : never
      : never
  ]?: string;
};

function fieldSchema(field: MetaFieldDef): z.ZodMiniType {
  if (field.stored === 'year') return yearSchema;
  if (field.stored === 'title') return textSchema;
  return z.optional(textSchema);
}

/** The `meta` object's schema: one entry per META_FIELDS path below `meta.`. */
export function metaSchema(): z.ZodMiniType<MetaShape> {
  const top: Record<string, z.ZodMiniType> = {};
  const groups: Record<string, Record<string, z.ZodMiniType>> = {};
  const fields: readonly MetaFieldDef[] = META_FIELDS;
  for (const field of fields) {
    const [, first, second, ...rest] = field.path.split('.');
    if (!first || rest.length > 0) throw new Error(`meta field path too deep: ${field.path}`);
    if (second === undefined) top[first] = fieldSchema(field);
    else (groups[first] ??= {})[second] = fieldSchema(field);
  }
  for (const [name, shape] of Object.entries(groups)) top[name] = z.strictObject(shape);
  return z.strictObject(top) as unknown as z.ZodMiniType<MetaShape>;
}

/** The groups of 基本信息 fields (`meta.contact.*` → `contact`): objects every draft has. */
export const META_GROUPS: readonly string[] = [
  ...new Set(
    META_FIELDS.map((f) => f.path.split('.')).flatMap((p) => (p.length === 3 && p[1] ? [p[1]] : [])),
  ),
];

/** The draft sections that hold the prose of PARTS (`overview`, `problems`, `otherMatters`). */
export const PROSE_SECTIONS: readonly string[] = [
  ...new Set(PARTS.flatMap((p): readonly ProseFieldDef[] => p.prose).map((f) => f.path.split('.')[0] ?? '')),
];

/** Every prose field's draft path (`overview.proactive`, `problems.problems`, …). */
export type ProsePath = ProseField['path'];
export const PROSE_PATHS: readonly ProsePath[] = PARTS.flatMap((p) => p.prose.map((f): ProsePath => f.path));

/** Text per prose path (last year's, in a baseline): any of them may be missing. */
export function prosePathsSchema(): z.ZodMiniType<Partial<Record<ProsePath, string>>> {
  return z.strictObject(
    Object.fromEntries(PROSE_PATHS.map((path) => [path, z.optional(textSchema)])),
  ) as unknown as z.ZodMiniType<Partial<Record<ProsePath, string>>>;
}

/** The prose fields of PARTS stored under `section.` (their own keys only). */
export function proseFieldsOf(section: string): readonly (ProseFieldDef & { key: string })[] {
  const fields: readonly ProseFieldDef[] = PARTS.flatMap((p): readonly ProseFieldDef[] => p.prose);
  return fields
    .filter((f) => f.path.startsWith(`${section}.`))
    .map((f) => ({ ...f, key: f.path.slice(section.length + 1) }));
}

/** The shape of a section's prose: required text unless the layout marks the field optional. */
export function proseShape(section: string): Record<string, z.ZodMiniType> {
  return Object.fromEntries(
    proseFieldsOf(section).map((f) => [f.key, f.optional ? z.optional(textSchema) : textSchema]),
  );
}

/** The schema of a section that holds prose only. */
export function proseSchema<S extends string>(section: S): z.ZodMiniType<ProseShape<S>> {
  return z.strictObject(proseShape(section)) as unknown as z.ZodMiniType<ProseShape<S>>;
}
