import type { RecordType } from '../../kit/module.js';
import { orgUnitInScope } from '../../platform/db/scoped.js';

/** A client as the platform pieces see it (documents: an ID copy, a proof of relationship). */
export const CLIENT_RECORD: RecordType = {
  type: 'client',
  label: { zh: '客户', en: 'Client' },
  read: 'client.read',
  write: 'client.write',
  orgUnitOf: (db, id, scope) => orgUnitInScope(db, 'client', id, scope),
};
