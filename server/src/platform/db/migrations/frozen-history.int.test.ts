import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../../tests/helpers/test-database.js';
import { allDeadlineRules } from '../../../modules/index.js';

const DEADLINE_RULES = allDeadlineRules();
import { bundledSchedules } from '../../../modules/calendar/official-schedules.js';

// Issue 10, item 5: migrations are frozen history — they never read live data files, so a fresh
// install gives the same database whenever it runs. When the live data (the rules file, the
// calendar package) changes, these tests say so: the change goes in as a new data migration.
describe('migrations as frozen history', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(inject('snapshot'));
  });
  afterAll(() => test.dropDatabase());

  it('no migration imports a module or reads a data file at run time', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = [...readdirSync(dir).map((f) => `${dir}${f}`), ...readdirSync(`${dir}frozen`).map((f) => `${dir}frozen/${f}`)].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const offending = files.filter((f) => /from '(\.\.\/)+(modules|platform)\/|readFileSync|createRequire/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('the migrated deadline rules are today’s rules file (else: add a data migration for the change)', async () => {
    const stored = await test.database.db.selectFrom('deadline_rule').selectAll().orderBy('id').execute();
    const live = [...DEADLINE_RULES].sort((a, b) => a.id.localeCompare(b.id)).map((r) => ({
      id: r.id, module: r.module, name_zh: r.nameZh, name_en: r.nameEn, spec_id: r.specId, law_ref: r.lawRef,
      basis_zh: r.basisZh, basis_en: r.basisEn, start_event: r.startEvent, completion_event: r.completionEvent,
      duration: r.duration, unit: r.unit, roll_to_working_day: r.rollToWorkingDay, cutoff_time: r.cutoffTime,
      warn_before: r.warnBefore, warn_unit: r.warnUnit, escalate_to_role: r.escalateToRole, needs_confirmation: r.confirm,
    }));
    expect(stored.map((r) => ({ ...Object.fromEntries(Object.keys(live[0]!).map((k) => [k, (r as Record<string, unknown>)[k]])) }))).toEqual(live);
  });

  it('the migrated national calendar is the bundled schedules (else: add a data migration for the new or corrected year)', async () => {
    const rows = await test.database.db.selectFrom('calendar_day').select(['date', 'working_day', 'name_zh', 'name_en']).where('org_unit_id', 'is', null).orderBy('date').execute();
    const live = bundledSchedules().flatMap((s) => [
      ...[...s.holidays].map(([date, n]) => ({ date, working_day: false, name_zh: n.zh, name_en: n.en })),
      ...[...s.makeupWorkdays].map(([date, n]) => ({ date, working_day: true, name_zh: n.zh, name_en: n.en })),
    ]).sort((a, b) => a.date.localeCompare(b.date));
    expect(rows).toEqual(live);
  });
});
