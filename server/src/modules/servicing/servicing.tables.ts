import type { ColumnType, Generated } from 'kysely';
// Loaded for the augmentation below: importing this file makes the servicing table part of DB.
import '../../platform/db/schema.js';

export const SERVICING_STATES = ['received', 'processing', 'awaiting_signature', 'completed', 'refused', 'withdrawn'] as const;
export type ServicingState = (typeof SERVICING_STATES)[number];
export const SERVICING_CHANNELS = ['counter', 'phone', 'agent', 'mail', 'online'] as const;
export type ServicingChannel = (typeof SERVICING_CHANNELS)[number];

/** 保全申请 — one servicing request of one policy (R-SV-4: type, receipt time, SLA, owner, history, documents, outcome). */
export interface ServicingRequestTable {
  id: Generated<number>;
  request_no: string;
  policy_id: number;
  org_unit_id: number;
  type: string;
  state: ColumnType<ServicingState, ServicingState | undefined, ServicingState>;
  channel: ServicingChannel;
  applicant_client_id: number;
  received_at: Date;
  owner_id: number | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  /** What completing it changes (ChangeBody), encrypted; null for a type that changes nothing. */
  change_enc: string | null;
  /** The same, masked for display (ChangeView). */
  change_masked: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  outcome: string | null;
  state_reason: string | null;
  completed_at: Date | null;
  version: ColumnType<number, never, number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    servicing_request: ServicingRequestTable;
  }
}
