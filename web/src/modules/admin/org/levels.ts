import type { OrgLevel } from '../../../session/types';

/** Mirrors the server's rule (org.types.ts): the level of a new unit follows from its parent's. */
export const CHILD_LEVEL: Record<OrgLevel, OrgLevel | null> = {
  head_office: 'province',
  province: 'city',
  city: 'office',
  office: null,
};

export const LEVEL_COLOR: Record<OrgLevel, string> = {
  head_office: 'gold',
  province: 'blue',
  city: 'cyan',
  office: 'green',
};
