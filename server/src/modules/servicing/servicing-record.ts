import { queuedLifecycle, type RecordType } from '../../kit/module.js';
import { newestInScope, orgUnitInScope } from '../../platform/db/scoped.js';
import './servicing.tables.js';
import { SERVICING_LIFECYCLE } from './servicing-lifecycle.js';
import { servicingType } from './servicing-types.data.js';
import { requestChecklist } from './servicing-rules.js';

/** A servicing request as the platform pieces see it: its documents checklist is its type's (R-SV-4). */
export const SERVICING_RECORD: RecordType = {
  type: 'servicing',
  label: { zh: '保全申请', en: 'Servicing request' },
  read: 'servicing.read',
  write: 'servicing.write',
  queue: queuedLifecycle(SERVICING_LIFECYCLE),
  orgUnitOf: (db, id, scope) => orgUnitInScope(db, 'servicing_request', id, scope),
  newest: (db, scope, limit) => newestInScope(db, 'servicing_request', scope, limit),
  async checklist(db, id) {
    const row = await db.selectFrom('servicing_request').select('type').where('id', '=', id).executeTakeFirst();
    return row ? requestChecklist(db, servicingType(row.type), id) : [];
  },
};
