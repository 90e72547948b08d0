import type { ColumnType, Generated } from 'kysely';
// Loaded for the augmentation below: importing this file makes the work item table part of DB.
import '../../platform/db/schema.js';

/**
 * 工作项 — a queued record's place in the work queues (issue 12, item 4): whose it is (a person, or
 * the team queue of an org unit and a role), its state, its SLA (the earliest running deadline of the
 * record, kept by a trigger on `deadline`). Written by the lifecycle engine and by moveWorkItem (take / reassign / return) only.
 */
export interface WorkItemTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: number;
  org_unit_id: number;
  state: string;
  open: boolean;
  owner_id: number | null;
  team_org_unit_id: number | null;
  team_role: string | null;
  received_at: Date;
  assigned_at: Date;
  due_at: ColumnType<Date | null, never, never>;
  warn_at: ColumnType<Date | null, never, never>;
  closed_at: Date | null;
  version: ColumnType<number, never, number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    work_item: WorkItemTable;
  }
}
