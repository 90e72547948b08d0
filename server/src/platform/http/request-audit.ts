import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';

/** Record an audit entry for this request: actor and request id come from the request. */
export async function auditRequest(
  req: FastifyRequest,
  trx: Transaction<DB>,
  entry: Omit<AuditEntry, 'actor' | 'requestId'>,
): Promise<void> {
  await recordAudit(trx, {
    ...entry,
    actor: req.actor ? { userId: req.actor.userId, username: req.actor.username } : null,
    requestId: req.id,
  });
  req.auditCount++;
}
