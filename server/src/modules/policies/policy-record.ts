import type { RecordType } from '../../kit/module.js';
import { newestInScope, orgUnitInScope } from '../../platform/db/scoped.js';

/** A policy as the platform pieces see it (documents): policy.read to read, policy.write to add. */
export const POLICY_RECORD: RecordType = {
  type: 'policy',
  label: { zh: '保单', en: 'Policy' },
  read: 'policy.read',
  write: 'policy.write',
  orgUnitOf: (db, id, scope) => orgUnitInScope(db, 'policy', id, scope),
  // The notice templates page's sample (the reissue application of version 1 is a policy's).
  newest: (db, scope, limit) => newestInScope(db, 'policy', scope, limit),
  // What a handed-over policy's file usually holds; none of it required (R-PO-1 keeps the review, not copies).
  checklist: async () => [
    { typeCode: 'policy_copy', required: false },
    { typeCode: 'id_document', required: false },
  ],
};
