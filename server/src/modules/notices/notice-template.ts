import { fileURLToPath } from 'node:url';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Text } from '../../platform/lifecycle/lifecycle.js';
import type { AnxinModule } from '../../kit/module.js';
import type { TxContext } from '../../platform/context/context.js';

/**
 * The server's source (or built) root: the workspace of every template shipped with the product, so
 * a template imports the shared layout as `/modules/notices/templates/layout.typ` in both trees.
 */
export const SERVER_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The file of a template beside the module that declares it: `templateFile(import.meta.url, 'notices/endorsement.v1.typ')`. */
export const templateFile = (moduleUrl: string, relative: string) => fileURLToPath(new URL(relative, moduleUrl));

export type Db = Kysely<DB> | Transaction<DB>;

/**
 * 通知书模板 — one version of a notice template, as data (issue 12, item 3). A module declares its
 * templates (AnxinModule.noticeTemplates); the notices module numbers, renders, keeps and verifies
 * the notices. A new wording is a new version (a new `.typ` file): a notice keeps the version it was
 * issued with, so a reprint is the same document.
 */
export type NoticeTemplate = {
  /** `endorsement`, `surrender_explanation` … */
  code: string;
  version: number;
  label: Text;
  /** The record types it is issued for (RecordType.type: `servicing`, `policy`). */
  recordTypes: readonly string[];
  /** The Typst file: an absolute path inside `workspace`. Data arrives as `sys.inputs.data` (JSON). */
  file: string;
  /** Where `/…` imports resolve; the server root unless given. */
  workspace?: string;
  /** Its notices carry personal or financial detail: every download is audited. */
  sensitive?: boolean;
  /** Whether it is issued for this record (a servicing type with an endorsement …); all of `recordTypes` when absent. */
  appliesTo?(db: Db, recordType: string, id: number): Promise<boolean>;
  /** What the notice says about the record, read in the issuing transaction (`tx.trx`) and kept with the notice. */
  data(tx: TxContext, recordType: string, id: number): Promise<Record<string, unknown>>;
};

/** Every module's templates; `latest(code)` is the version new notices use. */
export class NoticeTemplates {
  /** Every declared version, in declaration order. */
  private readonly declared: readonly NoticeTemplate[];
  private readonly byKey = new Map<string, NoticeTemplate>();
  private readonly latestByCode = new Map<string, NoticeTemplate>();

  constructor(templates: readonly NoticeTemplate[]) {
    this.declared = [...templates];
    for (const t of templates) {
      const key = `${t.code}@${t.version}`;
      if (this.byKey.has(key)) throw new Error(`notice template ${key} is declared twice`);
      this.byKey.set(key, t);
      const latest = this.latestByCode.get(t.code);
      if (!latest || latest.version < t.version) this.latestByCode.set(t.code, t);
    }
  }

  static of(registry: readonly AnxinModule[]): NoticeTemplates {
    return new NoticeTemplates(registry.flatMap((m) => m.noticeTemplates ?? []));
  }

  latest(code: string): NoticeTemplate | undefined {
    return this.latestByCode.get(code);
  }

  version(code: string, version: number): NoticeTemplate | undefined {
    return this.byKey.get(`${code}@${version}`);
  }

  /** The latest version of each template, in declaration order. */
  all(): NoticeTemplate[] {
    return [...this.latestByCode.values()];
  }

  /** Every version of every template (the admin page): by code in declaration order, versions ascending. */
  versions(): NoticeTemplate[] {
    const codes = [...this.latestByCode.keys()];
    return [...this.declared].sort((a, b) => codes.indexOf(a.code) - codes.indexOf(b.code) || a.version - b.version);
  }

  isLatest(template: NoticeTemplate): boolean {
    return this.latestByCode.get(template.code) === template;
  }

  forRecordType(type: string): NoticeTemplate[] {
    return this.all().filter((t) => t.recordTypes.includes(type));
  }
}
