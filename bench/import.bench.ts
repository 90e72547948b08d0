import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../server/src/platform/db/engine.js';
import { recordAudit } from '../server/src/platform/audit/record-audit.js';
import type { DB } from '../server/src/platform/db/schema.js';
import { Scope } from '../server/src/platform/authz/scope.js';
import type { Keyring } from '../server/src/platform/pii/index.js';
import { csvText } from '../server/src/platform/spreadsheet/index.js';
import { CalendarService } from '../server/src/modules/calendar/calendar-service.js';
import { todayInShanghai } from '../server/src/modules/calendar/dates.js';
import { chineseName, seededRandom } from '../server/src/modules/demo/random.js';
import { clientImport } from '../server/src/modules/imports/client-import.kind.js';
import type { ImportPhase } from '../server/src/modules/imports/import-progress.js';
import { runImport, type ImportOutcome } from '../server/src/modules/imports/run-import.js';
import type { Benchmark, BenchContext, BenchResult } from './benchmark.js';
import { dropDatabase, prepareBenchDatabase, recreateDatabase, withDatabase } from './bench-database.js';
import { formatTable, ms, thousands } from './table.js';

const SOURCE = 'anxin_bench_import'; // migrated and seeded once, left in place for inspection
const RUN_COPY = 'anxin_bench_import_run'; // a fresh file copy of SOURCE for every measured import
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000); // the issue: 100k rows
const CSV_TARGET = 3; // × PostgreSQL COPY of the same rows
const XLSX_TARGET = 2; // × parsing the same xlsx with exceljs alone
const OFFICES = ['GZ01', 'GZ02', 'SZ01', 'SZ02', 'FS01', 'FS02'];
const HEADERS = ['姓名/名称', '证件号码', '手机号', '地址', '职业', '联系偏好', '所属机构'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

type Files = { dir: string; csv: string; xlsx: string; keyring: Keyring; csvBytes: number; xlsxBytes: number };
type AppRun = {
  ms: number;
  phases: Partial<Record<ImportPhase | 'commit', number>>;
  outcome: ImportOutcome;
  again: { ms: number; outcome: ImportOutcome };
  /** The same rows (ciphertexts, deadlines, timeline) stored again by plain INSERT … SELECT: the database's own cost. */
  floorMs: number;
};

let files: Promise<Files> | undefined;

/** The source database (demo org tree at scale 1: import speed does not depend on the staff) and the two files. */
function prepare(serverUrl: string, log: (line: string) => void): Promise<Files> {
  return (files ??= (async () => {
    const started = performance.now();
    const bench = await prepareBenchDatabase(serverUrl, 1, SOURCE);
    await bench.database.close();
    // World-readable: the server-side COPY baseline reads the csv as the postgres OS user.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-bench-import-'));
    chmodSync(dir, 0o755);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const rows = generateRows(ROWS);
    const csv = path.join(dir, 'clients.csv');
    const text = csvText([HEADERS, ...rows]);
    writeFileSync(csv, text);
    chmodSync(csv, 0o644);
    const xlsx = path.join(dir, 'clients.xlsx');
    await writeXlsxLikeExcel(xlsx, [HEADERS, ...rows]);
    const result = { dir, csv, xlsx, keyring: bench.keyring, csvBytes: Buffer.byteLength(text), xlsxBytes: (await readFile(xlsx)).length };
    log(`  data      ${thousands(ROWS)} valid person rows (resident ID, mobile, address, occupation, contact preference, office of 6): ` +
      `csv ${(result.csvBytes / 2 ** 20).toFixed(1)} MB, xlsx ${(result.xlsxBytes / 2 ** 20).toFixed(1)} MB (shared strings after the sheet, as Excel writes); ` +
      `prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  })());
}

/** Valid, distinct resident IDs (birth dates 1950-1999, sequence numbers) and mobiles; names from the demo generator. */
function generateRows(n: number): string[][] {
  const rng = seededRandom(2026);
  const rows: string[][] = [];
  const first = Date.UTC(1950, 0, 1);
  for (let i = 0; i < n; i++) {
    const birth = new Date(first + (i % 18_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const body = `440106${birth}${String(Math.floor(i / 18_000) % 1000).padStart(3, '0')}`;
    const id = body + '10X98765432'[[...body].reduce((s, c, k) => s + Number(c) * WEIGHTS[k]!, 0) % 11];
    rows.push([chineseName(rng), id, `13${String(i).padStart(9, '0')}`, `广东省广州市天河区体育西路${i % 500}号${i % 30}栋`, rng.pick(['教师', '工程师', '医生', '个体经营', '退休']),
      rng.pick(['电话', '微信', '短信']), OFFICES[i % OFFICES.length]!]);
  }
  return rows;
}

async function writeXlsxLikeExcel(file: string, rows: string[][]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('客户导入');
  for (const r of rows) sheet.addRow(r).commit();
  sheet.commit();
  await workbook.commit();
}

// ——— the two baselines ———

async function copyBaseline(url: string, csv: string): Promise<number> {
  const database = await openDatabase({ databaseUrl: url });
  try {
    const db = database.db;
    await sql`create table import_copy (name text, id_number text, mobile text, address text, occupation text, contact_preference text, org_unit text)`.execute(db);
    const started = performance.now();
    await sql`copy import_copy from ${sql.lit(csv)} with (format csv, header true)`.execute(db);
    const elapsed = performance.now() - started;
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from import_copy`.execute(db);
    if (rows[0]!.n !== ROWS) throw new Error(`COPY loaded ${rows[0]!.n} rows, not ${ROWS}`);
    return elapsed;
  } finally {
    await database.close();
  }
}

/** exceljs's own streaming reader over the file, touching every row's values: "merely parsing". */
async function parseBaseline(xlsx: string): Promise<number> {
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsx, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      if (Array.isArray(row.values)) rows++;
    }
  }
  const elapsed = performance.now() - started;
  if (rows !== ROWS + 1) throw new Error(`exceljs read ${rows} rows, not ${ROWS + 1}`);
  return elapsed;
}

// ——— the app: runImport end to end (read, parse, validate, blind index, encrypt, insert, commit) ———

async function appImport(url: string, file: string, keyring: Keyring): Promise<AppRun> {
  const database = await openDatabase({ databaseUrl: url });
  const db = database.db as Kysely<DB>;
  try {
    const units = await db.selectFrom('org_unit').select('id').execute();
    await sql`select 1`.execute(db);
    const once = async () => {
      const phases: AppRun['phases'] = {};
      let phase: ImportPhase | null = null;
      let since = performance.now();
      const started = since;
      const now = new Date();
      const outcome = await runImport({
        kind: clientImport, bytes: await readFile(file), fileName: path.basename(file), importId: `bench-${Date.now()}`, dryRun: false,
        ctx: {
          db, keyring, calendar: new CalendarService(db), scope: new Scope(units.map((u) => u.id)), actor: null, actorIsAgent: false,
          requestId: null, via: 'bench', defaultOrgUnitId: null, now, today: todayInShanghai(now),
        },
        audit: async (trx, entry) => {
          await recordAudit(trx, { ...entry, actor: null, requestId: null });
          // The audit entry is the last thing in the transaction: what follows is the commit.
          phases.writing = (phases.writing ?? 0) + performance.now() - since;
          since = performance.now();
          phase = 'commit' as ImportPhase;
        },
        progress: (update) => {
          if (!update.phase || update.phase === phase) return;
          if (phase) phases[phase] = (phases[phase] ?? 0) + performance.now() - since;
          phase = update.phase;
          since = performance.now();
        },
      });
      return { ms: performance.now() - started, phases, outcome };
    };
    const first = await once();
    if (first.outcome.problems.length || first.outcome.created !== ROWS) {
      throw new Error(`import did not create ${ROWS} clients: ${first.outcome.created} created, problems ${JSON.stringify(first.outcome.problems.slice(0, 3))}`);
    }
    const { rows } = await sql<{ clients: number; deadlines: number; timeline: number }>`
      select (select count(*) from client where name <> '')::int as clients,
             (select count(*) from deadline where entity_type = 'client')::int as deadlines,
             (select count(*) from client_timeline)::int as timeline`.execute(db);
    if (rows[0]!.deadlines < ROWS || rows[0]!.timeline < ROWS) throw new Error(`missing deadlines or timeline entries: ${JSON.stringify(rows[0])}`);
    const again = await once();
    return { ...first, again: { ms: again.ms, outcome: again.outcome }, floorMs: await databaseFloor(db, first.outcome) };
  } finally {
    await database.close();
  }
}

/**
 * What storing the imported rows costs the database alone: the same clients, timeline entries
 * and deadlines (values already computed, copied aside first) inserted again by three plain
 * INSERT … SELECT statements in one transaction, into the same tables with the same indexes,
 * foreign keys and WAL. No parsing, no checks, no encryption.
 */
async function databaseFloor(db: Kysely<DB>, outcome: ImportOutcome): Promise<number> {
  const { firstId, lastId } = outcome.counts as { firstId: number; lastId: number };
  await sql`create table floor_client as select * from client where id between ${firstId} and ${lastId}`.execute(db);
  await sql`create table floor_timeline as select * from client_timeline where client_id between ${firstId} and ${lastId}`.execute(db);
  await sql`create table floor_deadline as select * from deadline where entity_type = 'client' and entity_id::int between ${firstId} and ${lastId}`.execute(db);
  await sql`vacuum analyze floor_client, floor_timeline, floor_deadline`.execute(db);
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    await sql`insert into client (kind, org_unit_id, agent_id, name, gender, birth_date, id_type, id_number_enc, id_number_bidx, mobile_enc, mobile_bidx,
                address_enc, occupation, contact_preference, unified_credit_code, contact_person, consent_marketing, consent_marketing_at,
                consent_sensitive, consent_sensitive_at, first_contact_at, archived_at)
              select kind, org_unit_id, agent_id, name, gender, birth_date, id_type, id_number_enc, id_number_bidx, mobile_enc, mobile_bidx,
                address_enc, occupation, contact_preference, unified_credit_code, contact_person, consent_marketing, consent_marketing_at,
                consent_sensitive, consent_sensitive_at, first_contact_at, archived_at from floor_client`.execute(trx);
    await sql`insert into client_timeline (client_id, at, kind, summary_zh, summary_en, actor_id)
              select client_id, at, kind, summary_zh, summary_en, actor_id from floor_timeline`.execute(trx);
    // Another entity id: the copies must not collide with the live deadlines they copy.
    await sql`insert into deadline (rule_id, entity_type, entity_id, org_unit_id, owner_id, started_at, due_at, warn_at, provisional, state, completed_at, version)
              select rule_id, entity_type, entity_id || '-floor', org_unit_id, owner_id, started_at, due_at, warn_at, provisional, state, completed_at, version
              from floor_deadline`.execute(trx);
  });
  return performance.now() - started;
}

// ——— the two benchmarks ———

function importBenchmark(kind: 'csv' | 'xlsx'): Benchmark {
  const target = kind === 'csv' ? CSV_TARGET : XLSX_TARGET;
  const baselineName = kind === 'csv' ? 'PostgreSQL COPY' : 'exceljs parse';
  return {
    name: `import-${kind}`,
    description: kind === 'csv'
      ? `${thousands(ROWS)}-row csv client import (parse, validate, blind index, encrypt, insert with deadlines and timeline, commit) vs COPY of the same rows into a plain table`
      : `${thousands(ROWS)}-row xlsx client import, the same end to end, vs parsing the same file with exceljs's streaming reader alone`,
    usesDatabase: true,
    async run({ serverUrl, rounds, log }: BenchContext): Promise<BenchResult> {
      const f = await prepare(serverUrl, log);
      const baselines: number[] = [];
      const apps: AppRun[] = [];
      const roundRatios: number[] = [];
      try {
        for (let round = 1; round <= rounds; round++) {
          await recreateDatabase(serverUrl, RUN_COPY, SOURCE);
          const base = kind === 'csv' ? await copyBaseline(withDatabase(serverUrl, RUN_COPY), f.csv) : await parseBaseline(f.xlsx);
          baselines.push(base);
          await recreateDatabase(serverUrl, RUN_COPY, SOURCE);
          const app = await appImport(withDatabase(serverUrl, RUN_COPY), kind === 'csv' ? f.csv : f.xlsx, f.keyring);
          apps.push(app);
          roundRatios.push(app.ms / base);
          log(`  round ${round} ${baselineName} ${ms(base)} ms · import ${ms(app.ms)} ms (${describePhases(app)}) · ratio ${roundRatios.at(-1)!.toFixed(2)} · ` +
            `database floor ${ms(app.floorMs)} ms · ` +
            `re-import ${ms(app.again.ms)} ms, ${thousands(app.again.outcome.skipped.length)} skipped, ${app.again.outcome.created} created (load ${os.loadavg()[0]!.toFixed(2)})`);
        }
      } finally {
        await dropDatabase(serverUrl, RUN_COPY);
      }
      const base = Math.min(...baselines);
      const app = apps.reduce((a, b) => (b.ms < a.ms ? b : a));
      const ratio = app.ms / base;
      const floor = Math.min(...apps.map((a) => a.floorMs));
      const idempotent = apps.every((a) => a.again.outcome.created === 0 && a.again.outcome.skipped.length === ROWS && a.again.outcome.committed);
      const summary = [
        ...formatTable(
          [`import-${kind} (best)`, 'ms', 'rows/s', 'reading+checking rows', 'existing', 'writing', 'commit', 'ratio'],
          [
            [baselineName, ms(base), thousands(Math.round(ROWS / (base / 1000))), '', '', '', '', '1.00'],
            ['database floor (same rows, INSERT … SELECT)', ms(floor), thousands(Math.round(ROWS / (floor / 1000))), '', '', ms(floor), '', (floor / base).toFixed(2)],
            ['runImport', ms(app.ms), thousands(Math.round(ROWS / (app.ms / 1000))), ms(app.phases.reading ?? 0), ms(app.phases.checking ?? 0),
              ms(app.phases.writing ?? 0), ms(app.phases.commit ?? 0), ratio.toFixed(2)],
          ],
          new Set([1, 2, 3, 4, 5, 6, 7]),
        ),
        `ratio within each round ${roundRatios.map((x) => x.toFixed(2)).join(', ')}; re-import of the same file created nothing (all ${thousands(ROWS)} skipped): ${idempotent}`,
      ];
      return {
        name: `import-${kind}`, ratio, ratioOf: `import/${baselineName} time`, roundRatios,
        checks: [{ label: `≤ ${target}× ${baselineName}`, pass: ratio <= target }, { label: 're-import creates nothing', pass: idempotent }],
        summary,
      };
    },
  };
}

function describePhases(run: AppRun): string {
  const p = run.phases;
  return `read+check ${ms(p.reading ?? 0)}, existing ${ms(p.checking ?? 0)}, write ${ms(p.writing ?? 0)}, commit ${ms(p.commit ?? 0)}`;
}

export const importBenchmarks: Benchmark[] = [importBenchmark('csv'), importBenchmark('xlsx')];
