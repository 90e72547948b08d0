import type { RecordType } from '../../kit/module.js';
import { inScope } from '../../platform/db/scoped.js';
import './clients.tables.js';

/** A client as the platform pieces see it (documents: an ID copy, a proof of relationship). */
export const CLIENT_RECORD: RecordType = {
  type: 'client',
  label: { zh: '客户', en: 'Client' },
  read: 'client.read',
  write: 'client.write',
  async orgUnitOf(db, id, scope) {
    const row = await db.selectFrom('client as c').select('c.org_unit_id').where('c.id', '=', id).where(inScope('c.org_unit_id', scope)).executeTakeFirst();
    return row?.org_unit_id ?? null;
  },
};
