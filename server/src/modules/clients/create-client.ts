import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { todayInShanghai } from '../calendar/dates.js';
import { appendTimeline, CLIENT_TIMELINE } from './client-timeline.js';
import { checkClientRefs, checkDuplicates, recordArchiveEvent } from './client-refs.js';
import { nameKeyColumns } from './name-keys.js';
import { checkClientDraft, consentColumns, isArchiveComplete, sealClientFields } from './client-rules.js';
import { clientAuditRecord, findClientRecord, toClient } from './find-clients.js';
import type { Client, CreateClientBody, DuplicateHint } from './clients.types.js';

// A first contact stamped a few minutes ahead by a clerk's PC clock is not "in the future".
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Open a client archive (R-CL-1). The first contact starts the R-CL-2 deadline; an archive
 * complete at creation also meets it. Refused input stores nothing.
 */
export async function createClient(
  ctx: Context,
  input: CreateClientBody,
): Promise<{ client: Client; duplicates: DuplicateHint[] }> {
  const now = ctx.clock.now();
  const { draft, problems } = checkClientDraft(
    {
      kind: input.kind, name: input.name, gender: input.gender ?? null, birthDate: input.birthDate ?? null,
      idType: input.idType ?? null, idNumber: input.idNumber ?? null, mobile: input.mobile ?? null, address: input.address ?? null,
      occupation: input.occupation ?? null, contactPreference: input.contactPreference ?? null,
      unifiedCreditCode: input.unifiedCreditCode ?? null, contactPerson: input.contactPerson ?? null,
    },
    todayInShanghai(now),
  );
  const firstContactAt = input.firstContactAt ? new Date(input.firstContactAt) : now;
  if (firstContactAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ path: 'firstContactAt', reason: 'firstContactInFuture' });
  // The owning agent: as given, else the agent creating the client.
  const agentId = input.agentId !== undefined ? input.agentId : ctx.actor?.roles.some((r) => r.role === 'agent') ? ctx.actor.userId : null;
  const sealed = problems.length ? null : sealClientFields(ctx.keyring, draft);

  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    problems.push(...(await checkClientRefs(trx, tx.scope, { orgUnitId: input.orgUnitId, agentId })));
    if (problems.length || !sealed) throw invalid(...problems);
    const duplicates = await checkDuplicates(trx, tx.scope, {
      name: draft.name, idNumberBidx: sealed.id_number_bidx, mobileBidx: sealed.mobile_bidx, mobileClear: draft.mobile,
      confirmDuplicate: input.confirmDuplicate === true,
    });
    const complete = isArchiveComplete(draft);
    const { id } = await trx
      .insertInto('client')
      .values({
        kind: draft.kind, org_unit_id: input.orgUnitId, agent_id: agentId, name: draft.name, ...nameKeyColumns(draft.name, draft.kind), gender: draft.gender,
        birth_date: draft.birthDate, id_type: draft.idType, ...sealed,
        occupation: draft.occupation, contact_preference: draft.contactPreference, unified_credit_code: draft.unifiedCreditCode,
        contact_person: draft.contactPerson, ...consentColumns(input, null, now), first_contact_at: firstContactAt,
        archived_at: complete ? now : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const who = { id, orgUnitId: input.orgUnitId, ownerId: agentId ?? tx.actor?.userId ?? null };
    await recordArchiveEvent(tx, 'client.first_contact', { ...who, at: firstContactAt });
    if (complete) await recordArchiveEvent(tx, 'client.archived', { ...who, at: now });
    const line = CLIENT_TIMELINE.created(complete, 'form');
    await appendTimeline(trx, { clientId: id, at: now, kind: line.kind, actorId: tx.actor?.userId ?? null, summaryZh: line.zh, summaryEn: line.en });

    const row = await findClientRecord(trx, tx.scope, id);
    await audit(tx, {
      action: 'client.create', entityType: 'client', entityId: id, orgUnitId: row.org_unit_id,
      after: { ...clientAuditRecord(tx.keyring, row), ...(duplicates.length && { confirmedDuplicateOf: duplicates.map((c) => c.id) }) },
    });
    return { client: toClient(tx.keyring, row), duplicates };
  });
}
