import type { ColumnType, Generated, Selectable } from 'kysely';
import type { LineOfBusiness, TermType } from '../catalog/catalog.tables.js';
// Loaded for the augmentation below: importing this file makes the policy tables part of DB.
import '../../platform/db/schema.js';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;
/** numeric: read as exact text ('12345.00'), written as text or number. */
type Money = ColumnType<string, string | number, string | number>;

/** R-PO-1..7: registered → on hold → verified → in force → lapsed / terminated / expired. */
export const POLICY_STATES = ['registered', 'on_hold', 'verified', 'in_force', 'lapsed', 'terminated', 'expired'] as const;
export type PolicyState = (typeof POLICY_STATES)[number];
export const POLICY_SOURCES = ['handover', 'import', 'new_business'] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];
/** 缴费频率: 趸交, 年交, 半年交, 季交, 月交. */
export const PAYMENT_FREQUENCIES = ['single', 'annual', 'semiannual', 'quarterly', 'monthly'] as const;
export type PaymentFrequency = (typeof PAYMENT_FREQUENCIES)[number];
/** 缴费方式. */
export const PAYMENT_MODES = ['auto_debit', 'bank_transfer', 'cash', 'card', 'online', 'other'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];
export const BENEFICIARY_DESIGNATIONS = ['legal', 'named'] as const;
export type BeneficiaryDesignation = (typeof BENEFICIARY_DESIGNATIONS)[number];
export const PARTY_RELATIONS = ['self', 'spouse', 'child', 'parent', 'other'] as const;
export type PartyRelation = (typeof PARTY_RELATIONS)[number];
export const NOTICE_CHANNELS = ['phone', 'sms', 'letter', 'visit', 'wechat', 'email'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];
export const DIFFERENCE_RESOLUTIONS = ['policy_correct', 'client_confirmed_policy', 'insurer_correction', 'record_corrected'] as const;
export type DifferenceResolution = (typeof DIFFERENCE_RESOLUTIONS)[number];

// 保单 — one insurance contract the office keeps on record (R-PO-1).
export interface PolicyTable {
  id: Generated<number>;
  internal_no: string;
  org_unit_id: number;
  agent_id: number | null;
  insurer_id: number;
  product_id: number | null;
  product_name: string;
  line_of_business: LineOfBusiness;
  term_type: TermType;
  policy_number: string;
  source: PolicySource;
  policyholder_id: number;
  sum_insured: Money;
  premium: Money;
  payment_frequency: PaymentFrequency;
  payment_mode: PaymentMode;
  payment_years: number | null;
  bank_account_enc: string | null;
  application_date: string | null;
  issue_date: string | null;
  effective_date: string;
  end_date: string | null;
  beneficiary_designation: BeneficiaryDesignation;
  state: PolicyState;
  state_reason: string | null;
  state_changed_at: Date;
  received_at: Date;
  verified_at: Date | null;
  verified_by: number | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PolicyNumberSeqTable {
  org_unit_id: number;
  year: number;
  last: number;
}

export interface PolicyPartyTable {
  id: Generated<number>;
  policy_id: number;
  role: 'insured' | 'beneficiary';
  client_id: number | null;
  name: string;
  relation_to_insured: PartyRelation | null;
  id_number_enc: string | null;
  id_number_bidx: string | null;
  rank: number | null;
  share: Money | null;
  position: number;
}

export interface PolicyReviewTable {
  id: Generated<number>;
  policy_id: number;
  format_complete: boolean;
  seals_present: boolean;
  no_alteration: boolean;
  passed: boolean;
  note: string | null;
  reviewed_at: Date;
  reviewed_by: number | null;
}

export interface PolicyNoticeTable {
  id: Generated<number>;
  policy_id: number;
  client_id: number;
  kind: 'on_hold' | 'difference' | 'reissue';
  channel: NoticeChannel;
  content: string;
  sent_at: Date;
  sent_by: number | null;
}

export interface PolicyDifferenceTable {
  id: Generated<number>;
  policy_id: number;
  field: string;
  on_policy: string | null;
  client_says: string | null;
  raised_at: Date;
  raised_by: number | null;
  resolution: DifferenceResolution | null;
  resolution_note: string | null;
  resolved_at: Date | null;
  resolved_by: number | null;
}

export type PolicyRow = Selectable<PolicyTable>;
export type PolicyPartyRow = Selectable<PolicyPartyTable>;

declare module '../../platform/db/schema.js' {
  interface DB {
    policy: PolicyTable;
    policy_number_seq: PolicyNumberSeqTable;
    policy_party: PolicyPartyTable;
    policy_review: PolicyReviewTable;
    policy_notice: PolicyNoticeTable;
    policy_difference: PolicyDifferenceTable;
  }
}
