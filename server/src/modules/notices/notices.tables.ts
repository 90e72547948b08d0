import type { ColumnType, Generated } from 'kysely';
// Loaded for the augmentation below: importing this file makes the notice tables part of DB.
import '../../platform/db/schema.js';

/** 通知书编号序列 — the last number given per org unit and year (gap-free: taken in the issuing transaction). */
export interface NoticeSequenceTable {
  org_unit_id: number;
  year: number;
  last_no: number;
}

/** 通知书 — one issued notice: its number, the template version and the data it was rendered with, its file. */
export interface NoticeTable {
  id: Generated<number>;
  number: string;
  template_code: string;
  template_version: number;
  org_unit_id: number;
  year: number;
  seq: number;
  entity_type: string;
  entity_id: number;
  /** The file, listed with the record's documents (type `notice`). */
  document_id: number;
  sha256: string;
  verification_code: string;
  data: ColumnType<Record<string, unknown>, string, never>;
  sensitive: boolean;
  batch_id: number | null;
  issued_by: number | null;
  issued_at: ColumnType<Date, Date, never>;
}

export type NoticeBatchState = 'pending' | 'done';
export type NoticeBatchItemState = 'pending' | 'done' | 'failed';

/** 批量打印 — many notices of one template, rendered by a job with progress; resumable. */
export interface NoticeBatchTable {
  id: Generated<number>;
  template_code: string;
  template_version: number;
  entity_type: string;
  /** The deepest unit holding every record of the batch: who may follow it (read scope). */
  org_unit_id: number;
  state: ColumnType<NoticeBatchState, NoticeBatchState | undefined, NoticeBatchState>;
  total: number;
  created_by: number | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  finished_at: Date | null;
}

export interface NoticeBatchItemTable {
  batch_id: number;
  position: number;
  entity_id: number;
  state: ColumnType<NoticeBatchItemState, NoticeBatchItemState | undefined, NoticeBatchItemState>;
  notice_id: number | null;
  error: string | null;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    notice_sequence: NoticeSequenceTable;
    notice: NoticeTable;
    notice_batch: NoticeBatchTable;
    notice_batch_item: NoticeBatchItemTable;
  }
}
