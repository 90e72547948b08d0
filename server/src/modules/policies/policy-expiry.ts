import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { PolicyRecord } from './find-policies.js';
import { recordPolicyEvent } from './policy-events.js';
import { beijingDayEnd } from '../../platform/time/beijing.js';

/**
 * Expiry is tracked (R-PO-3): a renewable policy with an end date gives the deadline engine its
 * expiry, which opens the renewal reminders (R-RN-7, 30 and 7 days before).
 */
export async function recordExpiryEvent(req: FastifyRequest, trx: Transaction<DB>, row: PolicyRecord) {
  if (row.end_date === null || row.product_id === null) return;
  const product = await trx.selectFrom('product').select('renewable').where('id', '=', row.product_id).executeTakeFirst();
  if (!product?.renewable) return;
  // The policy ends at 24:00 of its end date (Beijing time).
  await recordPolicyEvent(req, trx, row, 'policy.expiry', beijingDayEnd(row.end_date));
}
