import { Type, type Static } from '@sinclair/typebox';
import type { OrgLevel } from '../../platform/db/schema.js';
import { Id, Version } from '../../platform/http/schemas.js';

/** The tree's shape (SPEC §0): 总公司 → 省级分公司 → 市级分公司 → 营业部/县支公司. */
export const CHILD_LEVEL: Record<OrgLevel, OrgLevel | null> = {
  head_office: 'province',
  province: 'city',
  city: 'office',
  office: null,
};

/** Level names as people say them, for messages. */
export const LEVEL_NAMES: Record<OrgLevel, { 'zh-CN': string; en: string }> = {
  head_office: { 'zh-CN': '总公司', en: 'head office' },
  province: { 'zh-CN': '省级分公司', en: 'provincial branch' },
  city: { 'zh-CN': '市级分公司', en: 'city branch' },
  office: { 'zh-CN': '营业部', en: 'office' },
};

export const OrgLevelSchema = Type.Union([
  Type.Literal('head_office'), Type.Literal('province'), Type.Literal('city'), Type.Literal('office'),
]);

export const OrgUnit = Type.Object({
  id: Type.Integer(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  level: OrgLevelSchema,
  path: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type OrgUnit = Static<typeof OrgUnit>;

export const CreateOrgUnitBody = Type.Object({
  parentId: Id(),
  code: Type.String({ minLength: 2, maxLength: 20, pattern: '^[A-Za-z0-9_-]+$' }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  nameEn: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  /** Derived from the parent; when sent it must match, so a wrong-level request is refused, not reinterpreted. */
  level: Type.Optional(OrgLevelSchema),
});
export type CreateOrgUnitBody = Static<typeof CreateOrgUnitBody>;

export const UpdateOrgUnitBody = Type.Object({
  version: Version(),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  nameEn: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  active: Type.Optional(Type.Boolean()),
});
export type UpdateOrgUnitBody = Static<typeof UpdateOrgUnitBody>;

export const IdParams = Type.Object({ id: Id() });

export function toOrgUnit(row: {
  id: number; parent_id: number | null; code: string; name: string; name_en: string | null;
  level: OrgLevel; path: string; active: boolean; version: number;
}): OrgUnit {
  return {
    id: row.id, parentId: row.parent_id, code: row.code, name: row.name, nameEn: row.name_en,
    level: row.level, path: row.path, active: row.active, version: row.version,
  };
}
