import type { RecordType } from '../../kit/module.js';
import { inScope } from '../../platform/db/scoped.js';
import './policies.tables.js';

/** A policy as the platform pieces see it (documents): policy.read to read, policy.write to add. */
export const POLICY_RECORD: RecordType = {
  type: 'policy',
  label: { zh: '保单', en: 'Policy' },
  read: 'policy.read',
  write: 'policy.write',
  async orgUnitOf(db, id, scope) {
    const row = await db.selectFrom('policy as p').select('p.org_unit_id').where('p.id', '=', id).where(inScope('p.org_unit_id', scope)).executeTakeFirst();
    return row?.org_unit_id ?? null;
  },
  // What a handed-over policy's file usually holds; none of it required (R-PO-1 keeps the review, not copies).
  checklist: async () => [
    { typeCode: 'policy_copy', required: false },
    { typeCode: 'id_document', required: false },
  ],
};
