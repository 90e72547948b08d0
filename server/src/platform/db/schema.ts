import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Kysely's view of the tables. Each module adds its tables here as it lands. */
export interface DB {
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  user_session: UserSessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  app_setting: AppSettingTable;
  calendar_year: CalendarYearTable;
  calendar_day: CalendarDayTable;
  deadline_rule: DeadlineRuleTable;
  deadline: DeadlineTable;
  notification: NotificationTable;
  notification_delivery: NotificationDeliveryTable;
}

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;

export type OrgLevel = 'head_office' | 'province' | 'city' | 'office';

// 机构 — one node of the organisation tree.
export interface OrgUnitTable {
  id: Generated<number>;
  parent_id: number | null;
  code: string;
  name: string;
  name_en: string | null;
  level: OrgLevel;
  /** Materialised path of codes, e.g. `/HO/GD/GZ/`: descendants share the prefix. Codes never change. */
  path: string;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  org_unit_id: number;
  password_hash: string;
  must_change_password: Generated<boolean>;
  status: Generated<'active' | 'disabled'>;
  mobile_enc: string | null;
  mobile_bidx: string | null;
  /** The masked display form (脱敏), written with mobile_enc; null only for rows awaiting fillUserMasks. */
  mobile_masked: string | null;
  email: string | null;
  last_login_at: Date | null;
  password_changed_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RoleAssignmentTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  org_unit_id: number;
  created_at: CreatedAt;
}

/** Login failures per normalised username, known or not (platform/auth/login-throttle.ts). */
export interface LoginThrottleTable {
  username_key: string;
  failures: number;
  locked_until: Date | null;
  /** After this the row means nothing and may be pruned. */
  expires_at: Date;
}

export interface UserSessionTable {
  /** sha256 of the cookie value: a leaked table does not leak live sessions. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  org_unit_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AppSettingTable {
  key: string;
  value: unknown;
  updated_at: UpdatedAt;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLog = Insertable<AuditLogTable>;

export interface CalendarYearTable {
  year: number;
  source: string;
  notice: string | null;
  version: Generated<number>;
  updated_at: UpdatedAt;
}

export interface CalendarDayTable {
  id: Generated<number>;
  date: string;
  org_unit_id: number | null;
  working_day: boolean;
  name_zh: string | null;
  name_en: string | null;
  created_at: CreatedAt;
}

export type DeadlineState = 'open' | 'due_soon' | 'overdue' | 'met' | 'missed' | 'cancelled';

export interface DeadlineRuleTable {
  id: string;
  module: string;
  name_zh: string;
  name_en: string;
  spec_id: string | null;
  law_ref: string | null;
  basis_zh: string;
  basis_en: string;
  start_event: string;
  completion_event: string;
  duration: number;
  unit: 'working_days' | 'calendar_days' | 'months' | 'years' | 'hours' | 'minutes' | 'day_of_month';
  roll_to_working_day: boolean;
  cutoff_time: string | null;
  warn_before: number;
  warn_unit: 'working_days' | 'calendar_days' | 'hours' | 'minutes';
  escalate_to_role: string | null;
  needs_confirmation: Generated<boolean>;
  active: Generated<boolean>;
  version: Generated<number>;
  updated_at: UpdatedAt;
}

export interface DeadlineTable {
  id: Generated<number>;
  rule_id: string;
  entity_type: string;
  entity_id: string;
  org_unit_id: number;
  owner_id: number | null;
  started_at: Date;
  due_at: Date;
  warn_at: Date;
  provisional: Generated<boolean>;
  state: Generated<DeadlineState>;
  paused_at: Date | null;
  pause_reason: string | null;
  paused_shift: Generated<number>;
  completed_at: Date | null;
  cancel_reason: string | null;
  escalated_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface NotificationTable {
  id: Generated<number>;
  dedupe_key: string;
  recipient_id: number;
  kind: string;
  params: unknown;
  entity_type: string | null;
  entity_id: string | null;
  org_unit_id: number | null;
  created_at: CreatedAt;
  read_at: Date | null;
}

export interface NotificationDeliveryTable {
  id: Generated<number>;
  notification_id: number;
  channel: 'email' | 'sms';
  status: Generated<'pending' | 'sending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  lease_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  provider_message_id: string | null;
}
