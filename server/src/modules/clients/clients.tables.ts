import type { ColumnType, Generated, Selectable } from 'kysely';
// Loaded for the augmentation below: importing this file makes the client tables part of DB.
import '../../platform/db/schema.js';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;

export type ClientKind = 'person' | 'organisation';
export type Gender = 'male' | 'female';
export type IdType = 'resident_id' | 'passport' | 'other';
export type ContactPreference = 'phone' | 'sms' | 'wechat' | 'email' | 'visit' | 'letter';
export type LinkRelation = 'spouse' | 'child' | 'parent' | 'employer' | 'employee' | 'other';

// 客户档案 — a person or an organisation the office serves (R-CL-1).
export interface ClientTable {
  id: Generated<number>;
  kind: ClientKind;
  org_unit_id: number;
  /** The owning agent (业务员). */
  agent_id: number | null;
  /** Clear: needed for prefix search. */
  name: string;
  gender: Gender | null;
  /** 'YYYY-MM-DD' */
  birth_date: string | null;
  id_type: IdType | null;
  id_number_enc: string | null;
  id_number_bidx: string | null;
  mobile_enc: string | null;
  mobile_bidx: string | null;
  address_enc: string | null;
  /** Masked display forms (脱敏), written with each ciphertext; null only for rows awaiting fillClientMasks. */
  id_number_masked: string | null;
  mobile_masked: string | null;
  address_masked: string | null;
  /** 拼音检索键 (clients/name-keys.ts): wangxiaoming / wxm; null only for rows awaiting fillClientNameKeys. */
  name_pinyin: string | null;
  name_initials: string | null;
  occupation: string | null;
  contact_preference: ContactPreference | null;
  /** 统一社会信用代码 of an organisation: public, kept clear. */
  unified_credit_code: string | null;
  contact_person: string | null;
  consent_marketing: Generated<boolean>;
  consent_marketing_at: Date | null;
  consent_sensitive: Generated<boolean>;
  consent_sensitive_at: Date | null;
  first_contact_at: Date;
  /** When the archive became complete (R-CL-2). */
  archived_at: Date | null;
  merged_into_id: number | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

// 家庭 / 团体关系 (R-CL-3): `related_client_id` is the client's `relation`.
export interface ClientLinkTable {
  id: Generated<number>;
  client_id: number;
  related_client_id: number;
  relation: LinkRelation;
  created_at: CreatedAt;
}

// 客户时间线 (R-CL-4): every module appends what happened to a client here.
export interface ClientTimelineTable {
  id: Generated<number>;
  client_id: number;
  at: Date;
  kind: string;
  entity_type: string | null;
  entity_id: string | null;
  summary_zh: string;
  summary_en: string;
  actor_id: number | null;
  created_at: CreatedAt;
}

export type ClientRow = Selectable<ClientTable>;

declare module '../../platform/db/schema.js' {
  interface DB {
    client: ClientTable;
    client_link: ClientLinkTable;
    client_timeline: ClientTimelineTable;
  }
}
