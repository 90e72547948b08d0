import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { DeadlineEventPort, RuleSummary } from '../../platform/lifecycle/deadline-port.js';
import { recordDeadlineEvent } from './record-event.js';
import { cancelDeadlinesForRecord } from './cancel-for-record.js';
import { reassignDeadlinesOfRecord } from './reassign-for-record.js';

/** The deadline engine as lifecycles use it (platform/lifecycle): a context service. */
export const deadlineEventPort: DeadlineEventPort = {
  async record(tx, events) {
    for (const e of events) await recordDeadlineEvent(tx, e);
  },
  async reassign(tx, target) {
    await reassignDeadlinesOfRecord(tx, target);
  },
  async cancel(tx, target) {
    await cancelDeadlinesForRecord(tx, target);
  },
  async rulesByEvent(db: Kysely<DB>) {
    const rules = await db.selectFrom('deadline_rule').selectAll().where('active', '=', true).orderBy('id').execute();
    const byEvent = new Map<string, { opens: RuleSummary[]; closes: RuleSummary[] }>();
    const entry = (event: string) => byEvent.get(event) ?? byEvent.set(event, { opens: [], closes: [] }).get(event)!;
    for (const r of rules) {
      const summary = { ruleId: r.id, label: { zh: r.name_zh, en: r.name_en }, basis: { zh: r.basis_zh, en: r.basis_en } };
      entry(r.start_event).opens.push(summary);
      entry(r.completion_event).closes.push(summary);
    }
    return byEvent;
  },
};
