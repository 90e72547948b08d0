import type { FastifyInstance } from 'fastify';
import type { Command } from 'commander';
import type { BaseLogger } from 'pino';
import type { Kysely, Transaction } from 'kysely';
import type { Permission } from '../platform/authz/permissions.js';
import type { Scope } from '../platform/authz/scope.js';
import type { DB } from '../platform/db/schema.js';
import type { Context, ContextServices } from '../platform/context/context.js';
import type { Database, EngineKind } from '../platform/db/engine.js';
import type { Config } from '../config.js';
import type { Keyring } from '../platform/pii/index.js';
import type { Lifecycle, QueueSpec, Text } from '../platform/lifecycle/lifecycle.js';
import type { MessageTable } from '../platform/http/messages.js';
import type { ImportKind } from '../modules/imports/import-kind.js';
import type { DeadlineRuleSeed } from '../modules/deadlines/deadline-rules.data.js';
import type { NoticeTemplate } from '../modules/notices/notice-template.js';

/**
 * The module kit (issue 10, item 4): everything a domain module brings, declared once in
 * `modules/<m>/index.ts` and listed in `modules/index.ts`. The app, the CLI, the job runner and
 * the tests discover modules from that one list; the platform names none of them. (The web's
 * side menu has its own one list, web/src/modules/catalog.ts.)
 */
export type AnxinModule = {
  /** The folder name: `policies`. */
  name: string;
  label: Text;
  /** Its HTTP routes; `registry` is the whole module list (for routes that serve every module's data). */
  routes?: (app: FastifyInstance, opts: { registry: readonly AnxinModule[] }) => Promise<void>;
  /** Services it adds to every use-case context (declared on ContextServices by the module). */
  services?: (db: Kysely<DB>, runtime: ModuleRuntime, registry: readonly AnxinModule[]) => Partial<ContextServices>;
  /** Work it runs in the server process; each returns its stop function. */
  jobs?: readonly ModuleJob[];
  /** Its `anxin` commands. */
  cli?: (program: Command, kit: CliKit) => void;
  /** Error and field messages its use cases raise, in zh-CN and English. */
  messages?: { errors?: MessageTable; fields?: MessageTable };
  /** The deadlines it opens, as data with their basis (seeded by versioned data migrations). */
  deadlineRules?: readonly DeadlineRuleSeed[];
  /** Its record lifecycles (the lifecycle page draws them). */
  lifecycles?: readonly AnyLifecycle[];
  /** What can be imported into it (the imports framework serves them). */
  importKinds?: readonly ImportKind[];
  /** Its record types that carry documents (the documents module serves their files). */
  records?: readonly RecordType[];
  /** Its notice templates (通知书: 批单, 退保说明确认书 …; the notices module renders, numbers and keeps them). */
  noticeTemplates?: readonly NoticeTemplate[];
  /**
   * It writes who may do what — users, role assignments, org units, sessions: its writes make the server
   * forget every resolved session (platform/auth/session-cache.ts). Any other module's writes keep them;
   * a test keeps the tables to the modules that say so (session-cache.unit.test.ts).
   */
  changesAccess?: true;
};

/**
 * A kind of record the platform pieces attach to (documents, notices, work queues): the name
 * deadlines and the audit trail use, who may read and change it, and where it is.
 */
export type RecordType = {
  /** entity_type, as deadlines and the audit trail write it: `policy`, `servicing`. */
  type: string;
  label: Text;
  read: Permission;
  write: Permission;
  /** The record's org unit when it exists inside `scope`; null otherwise (answered as not found). */
  orgUnitOf(db: Kysely<DB> | Transaction<DB>, id: number, scope: Scope): Promise<number | null>;
  /** Its newest records inside `scope`, newest first, at most `limit` (a notice template's 样张 is filled with one). */
  newest?(db: Kysely<DB> | Transaction<DB>, scope: Scope, limit: number): Promise<number[]>;
  /** The documents it needs, as data (R-SV-4: a request type's list); none when it keeps no list. */
  checklist?(db: Kysely<DB> | Transaction<DB>, id: number): Promise<readonly ChecklistEntry[]>;
  /**
   * Its records wait in work queues (我的任务 / 任务池, issue 12, item 4): the lifecycle whose moves keep
   * each record's work item current, and whose `queue` says who owns a new record and how the owner changes.
   */
  queue?: QueuedLifecycle;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type QueuedLifecycle = AnyLifecycle & { queue: QueueSpec<any> };

/** A record type's `queue`: its lifecycle, which must declare how its records queue (checked at start). */
export function queuedLifecycle(lifecycle: AnyLifecycle): QueuedLifecycle {
  if (!lifecycle.queue) throw new Error(`lifecycle ${lifecycle.kind} declares no queue`);
  return lifecycle as QueuedLifecycle;
}

export type ChecklistEntry = { typeCode: string; required: boolean; note?: Text };

/** What a module's services may need of the process's configuration. */
export type ModuleRuntime = Pick<Config, 'dataDir' | 'documentsDir' | 'documentMaxBytes'>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLifecycle = Lifecycle<string, string, any, any>;

export type ModuleJob = {
  name: string;
  /** `engine`: which database the server runs on (a job may do more at once on PostgreSQL's pool than on the embedded engine's one connection). */
  start(deps: { system: Context; log: Pick<BaseLogger, 'info' | 'warn' | 'error'>; env: NodeJS.ProcessEnv; engine: EngineKind }): () => Promise<void>;
};

/** What an `anxin` command gets from the CLI: the runtime, errors with exit codes, the operator's name. */
export type CliKit = {
  withRuntime<T>(work: (runtime: { database: Database; keyring: Keyring; system: Context }) => Promise<T>): Promise<T>;
  /** Exit codes: 1 failed, 2 bad usage or input. */
  fail(message: string, exitCode?: 1 | 2): never;
  /** `cli:<os user>`: who the audit trail names. */
  actorName(): string;
  positiveInt(value: string): number;
  registry: readonly AnxinModule[];
};

export function defineModule(module: AnxinModule): AnxinModule {
  return module;
}
