import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Permission } from '../../platform/authz/permissions.js';
import type { Context } from '../../platform/context/context.js';
import { todayInShanghai } from '../calendar/dates.js';
import type { RowReason } from './import-messages.js';

/** One column of an import file: matched by its Chinese or English header. */
export type ImportColumn = {
  key: string;
  zh: string;
  en: string;
  required: boolean;
  example: string;
  noteZh: string;
  noteEn: string;
  /** Other headers people use for the column (e.g. 身份证号 for 证件号码). */
  aliases?: readonly string[];
  /** Identifiers: the template formats the column as text so Excel keeps every digit. */
  text?: boolean;
  /** Personal data: masked in the preview's sample rows (R-CL-6). */
  masked?: 'idNumber' | 'mobile' | 'address';
};

/**
 * Who imports, into which part of the org tree, and when: the use-case context (its scope is the
 * kind's permission's; the actor null on the command line) and what an import adds to it.
 */
export type ImportContext = Context & {
  /** The importer holds the agent role: rows without an agent become theirs (as on the form). */
  actorIsAgent: boolean;
  /** `web` or `cli:<os user>`: written into the audit entry. */
  via: string;
  /** The org unit of rows that name none; null: every row must name one. */
  defaultOrgUnitId: number | null;
  now: Date;
  /** Beijing date of `now`. */
  today: string;
};

/** The import's context from the caller's: the same for the web and the command line. */
export function importContext(ctx: Context, opts: { via: string; defaultOrgUnitId: number | null }): ImportContext {
  const now = ctx.clock.now();
  return { ...ctx, ...opts, actorIsAgent: ctx.actor?.roles.some((r) => r.role === 'agent') ?? false, now, today: todayInShanghai(now) };
}

/** A problem with one cell (`column` = a column key) or with the row as a whole (`column` null). */
export type CellProblem = { column: string | null; reason: RowReason; params?: Record<string, unknown> };

/**
 * A row read into what a kind will create. `identity` names the record in the world (a client's
 * ID number, a policy's insurer and number): twice in one file is an error, already stored
 * means the row is skipped, so importing the same file again creates nothing.
 */
export type ParsedRow<V> = { value: V | null; identity: { key: string; column: string } | null; problems: CellProblem[] };

/**
 * An importable kind (clients, policies): its columns, the row rules (the same
 * domain rules as its form), the existing-record check and a set-based commit. Registered in
 * its module's index.ts (`importKinds`); the routes, the CLI, the template and the progress all follow from it.
 */
export interface ImportKind<V = unknown, L = unknown> {
  key: string;
  permission: Permission;
  /** Audit action of a committed import, e.g. `client.import`. */
  auditAction: string;
  nameZh: string;
  nameEn: string;
  /** One record and several, for English counts (1 policy, 2 policies). */
  itemEn: { one: string; other: string };
  columns: readonly ImportColumn[];
  /** What rows refer to (org units, agents, insurers…) within the scope, loaded once. */
  load(ctx: ImportContext): Promise<L>;
  /** Check one row with the domain rules; `cells` by column key, `inexact` the keys of lossy number cells. */
  parseRow(cells: Record<string, string>, lookups: L, ctx: ImportContext, inexact: ReadonlySet<string>): ParsedRow<V>;
  /**
   * References a row cannot check alone (e.g. a policy's clients, looked up among a million by
   * blind index): checked for all valid rows at once after reading, filling them into the values.
   */
  checkReferences?(db: Kysely<DB>, ctx: ImportContext, rows: { row: number; value: V }[]): Promise<{ row: number; problems: CellProblem[] }[]>;
  /** Of these identities, those already stored within the scope, with the stored record's id. */
  findExisting(db: Kysely<DB> | Transaction<DB>, ctx: ImportContext, identities: string[]): Promise<Map<string, number | string>>;
  /**
   * Create the rows inside the import's one transaction, in batches (no query per row), with
   * whatever a single create does besides (deadline events, timeline). Returns counts for the
   * audit entry; `progress` is called with the number of rows written so far.
   */
  commit(trx: Transaction<DB>, ctx: ImportContext, values: V[], progress: (written: number) => void): Promise<Record<string, number | string | null>>;
  /** A row as the preview shows it: personal fields masked. */
  preview(value: V): Record<string, string | null>;
  /**
   * The row's name in the report, beside its row number, so a clerk finds it without opening the
   * file (a client: the name; a policy: its number and policyholder), from the cells as read;
   * null when the cells name nothing. No personal identifiers unmasked.
   */
  labelOf?(cells: Record<string, string>): string | null;
  /** A better name once the row is read and its references resolved (a policy: the policyholder's name in the archive). */
  labelOfValue?(value: V): string | null;
  /** Better names for rows refused while being read, before their references were looked up (a policy: the policyholder's name); one call per file. */
  labelRows?(db: ImportContext['db'], ctx: ImportContext, rows: { row: number; cells: Record<string, string> }[]): Promise<Map<number, string>>;
}
