import type { Migration } from 'kysely';
import * as platformFoundation from './20261125T2300_platform_foundation.js';
import * as calendar from './20261125T2330_calendar.js';
import * as deadlines from './20261125T2345_deadlines_and_notifications.js';
import * as clients from './20261126T0015_clients.js';
import * as catalog from './20261126T0016_catalog.js';
import * as policies from './20261126T0100_policies.js';
import * as deadlineSweepIndexes from './20261126T0230_deadline_sweep_indexes.js';
import * as clientSearchIndexes from './20261126T0240_client_search_indexes.js';
import * as clientMaskedFields from './20261126T0500_client_masked_fields.js';
import * as policyNumberPrefixIndex from './20261126T0715_policy_number_prefix_index.js';
import * as keyFingerprints from './20261206T0630_key_fingerprints.js';
import * as loginThrottle from './20261206T0700_login_throttle.js';
import * as listOrderIndexes from './20261206T1310_list_order_indexes.js';
import * as clientSearchKeys from './20261206T1300_client_search_keys.js';
import * as auditListIndexes from './20261206T1320_audit_list_indexes.js';
import * as careListOrderIndexes from './20261206T1340_care_list_order_indexes.js';
import * as listScopeIndexes from './20261206T1350_list_scope_indexes.js';
import * as userUnitOrderIndex from './20261206T1900_user_unit_order_index.js';
import * as documents from './20261206T1910_documents.js';
import * as servicing from './20261206T1920_servicing.js';
import * as workQueues from './20261206T2110_work_queues.js';
import * as workItemCoveringIndexes from './20261206T2300_work_item_covering_indexes.js';
import * as notices from './20261206T2100_notices.js';
import * as servicingChanges from './20261206T2120_servicing_changes.js';
import * as reissueToServicing from './20261207T0100_reissue_to_servicing.js';
import * as auditChainHead from './20261207T0200_audit_chain_head.js';
import * as walkInChangeRule from './20261207T0300_walk_in_change_rule.js';
import * as workItemQueueStatistics from './20261207T1000_work_item_queue_statistics.js';
import * as userMobileMasked from './20261207T1300_user_mobile_masked.js';

/**
 * Every migration, by timestamp name. Names sort in time order; a module adds its own file
 * here (YYYYMMDDTHHMM_what.ts) so two branches never collide on a hand-picked number.
 */
export const migrations: Record<string, Migration> = {
  '20261125T2300_platform_foundation': platformFoundation,
  '20261125T2330_calendar': calendar,
  '20261125T2345_deadlines_and_notifications': deadlines,
  '20261126T0015_clients': clients,
  '20261126T0016_catalog': catalog,
  '20261126T0100_policies': policies,
  '20261126T0230_deadline_sweep_indexes': deadlineSweepIndexes,
  '20261126T0240_client_search_indexes': clientSearchIndexes,
  '20261126T0500_client_masked_fields': clientMaskedFields,
  '20261126T0715_policy_number_prefix_index': policyNumberPrefixIndex,
  '20261206T0630_key_fingerprints': keyFingerprints,
  '20261206T0700_login_throttle': loginThrottle,
  '20261206T1300_client_search_keys': clientSearchKeys,
  '20261206T1310_list_order_indexes': listOrderIndexes,
  '20261206T1320_audit_list_indexes': auditListIndexes,
  '20261206T1340_care_list_order_indexes': careListOrderIndexes,
  '20261206T1350_list_scope_indexes': listScopeIndexes,
  '20261206T1900_user_unit_order_index': userUnitOrderIndex,
  '20261206T1910_documents': documents,
  '20261206T1920_servicing': servicing,
  '20261206T2110_work_queues': workQueues,
  '20261206T2300_work_item_covering_indexes': workItemCoveringIndexes,
  '20261206T2100_notices': notices,
  '20261206T2120_servicing_changes': servicingChanges,
  '20261207T0100_reissue_to_servicing': reissueToServicing,
  '20261207T0200_audit_chain_head': auditChainHead,
  '20261207T0300_walk_in_change_rule': walkInChangeRule,
  '20261207T1000_work_item_queue_statistics': workItemQueueStatistics,
  '20261207T1300_user_mobile_masked': userMobileMasked,
};
