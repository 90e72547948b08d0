import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { todayInShanghai } from '../calendar/dates.js';
import { appendTimeline } from './client-timeline.js';
import { checkClientRefs, checkDuplicates, recordArchiveEvent } from './client-refs.js';
import { nameKeyColumns } from './name-keys.js';
import { checkClientDraft, consentColumns, isArchiveComplete, sealClientFields, type ClientDraft } from './client-rules.js';
import { clientAuditRecord, findClientRecord, openClientFields, toClient } from './find-clients.js';
import type { Client, UpdateClientBody } from './clients.types.js';

// Field names for the timeline's "changed: …" line.
const FIELD_NAMES: Record<string, [string, string]> = {
  agentId: ['业务员', 'agent'], name: ['姓名', 'name'], gender: ['性别', 'gender'], birthDate: ['出生日期', 'birth date'],
  idType: ['证件类型', 'ID type'], idNumber: ['证件号码', 'ID number'], mobile: ['手机号', 'mobile'], address: ['地址', 'address'],
  occupation: ['职业', 'occupation'], contactPreference: ['联系偏好', 'contact preference'], unifiedCreditCode: ['统一社会信用代码', 'credit code'],
  contactPerson: ['联系人', 'contact person'], consentMarketing: ['营销同意', 'marketing consent'], consentSensitive: ['敏感信息同意', 'sensitive-data consent'],
};

/** Change a client's details (send the version you read). Completing identity and contact meets R-CL-2. */
export async function updateClient(ctx: Context, id: number, input: UpdateClientBody): Promise<Client> {
  const keyring = ctx.keyring;
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const before = await findClientRecord(trx, tx.scope, id, { forUpdate: true });
    if (before.version !== input.version) throw versionConflict(toClient(keyring, before));
    if (before.merged_into_id !== null) throw invalid({ path: 'id', reason: 'clientMerged', params: { id: before.merged_into_id } });

    const clear = openClientFields(keyring, before);
    const pick = <K extends keyof ClientDraft & keyof UpdateClientBody>(key: K, current: ClientDraft[K]) =>
      (input[key] === undefined ? current : input[key]) as ClientDraft[K];
    const idType = pick('idType', before.id_type);
    // A new resident ID brings its own birth date and gender unless they are sent too.
    const refill = input.idNumber !== undefined && input.idNumber !== clear.idNumber && (idType ?? 'resident_id') === 'resident_id';
    const { draft, problems } = checkClientDraft(
      {
        kind: before.kind, name: pick('name', before.name),
        gender: input.gender === undefined && refill ? null : pick('gender', before.gender),
        birthDate: input.birthDate === undefined && refill ? null : pick('birthDate', before.birth_date),
        idType, idNumber: pick('idNumber', clear.idNumber), mobile: pick('mobile', clear.mobile), address: pick('address', clear.address),
        occupation: pick('occupation', before.occupation), contactPreference: pick('contactPreference', before.contact_preference),
        unifiedCreditCode: pick('unifiedCreditCode', before.unified_credit_code), contactPerson: pick('contactPerson', before.contact_person),
      },
      todayInShanghai(now),
    );
    problems.push(...(await checkClientRefs(trx, tx.scope, { agentId: input.agentId })));
    if (problems.length) throw invalid(...problems);
    const sealed = sealClientFields(keyring, draft);
    if (draft.idNumber !== clear.idNumber) {
      await checkDuplicates(trx, tx.scope, {
        name: draft.name, idNumberBidx: sealed.id_number_bidx, mobileBidx: null, mobileClear: null, exceptId: id, confirmDuplicate: true,
      });
    }
    const completes = before.archived_at === null && isArchiveComplete(draft);
    const updated = await trx
      .updateTable('client')
      .set({
        ...(input.agentId !== undefined && { agent_id: input.agentId }),
        name: draft.name, ...nameKeyColumns(draft.name, draft.kind), gender: draft.gender, birth_date: draft.birthDate, id_type: draft.idType,
        // Unchanged personal fields keep their ciphertext: no needless re-encryption, stable audit.
        ...(draft.idNumber !== clear.idNumber && {
          id_number_enc: sealed.id_number_enc, id_number_bidx: sealed.id_number_bidx, id_number_masked: sealed.id_number_masked,
        }),
        ...(draft.mobile !== clear.mobile && { mobile_enc: sealed.mobile_enc, mobile_bidx: sealed.mobile_bidx, mobile_masked: sealed.mobile_masked }),
        ...(draft.address !== clear.address && { address_enc: sealed.address_enc, address_masked: sealed.address_masked }),
        occupation: draft.occupation, contact_preference: draft.contactPreference, unified_credit_code: draft.unifiedCreditCode,
        contact_person: draft.contactPerson, ...consentColumns(input, before, now),
        ...(completes && { archived_at: now }),
        version: before.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw versionConflict(toClient(keyring, await findClientRecord(trx, tx.scope, id)));

    const after = await findClientRecord(trx, tx.scope, id);
    if (completes) {
      await recordArchiveEvent(tx, 'client.archived', {
        id, orgUnitId: after.org_unit_id, ownerId: after.agent_id ?? tx.actor?.userId ?? null, at: now,
      });
    }
    const beforeAudit = clientAuditRecord(keyring, before);
    const afterAudit = clientAuditRecord(keyring, after);
    const changed = Object.keys(FIELD_NAMES).filter((k) => JSON.stringify(beforeAudit[k]) !== JSON.stringify(afterAudit[k]));
    // An ID number or mobile changed to the same masked shape still changed.
    if (!changed.includes('idNumber') && draft.idNumber !== clear.idNumber) changed.push('idNumber');
    if (!changed.includes('mobile') && draft.mobile !== clear.mobile) changed.push('mobile');
    if (changed.length) {
      await appendTimeline(trx, {
        clientId: id, at: now, kind: 'client.updated', actorId: tx.actor?.userId ?? null,
        summaryZh: `修改档案：${changed.map((k) => FIELD_NAMES[k]![0]).join('、')}${completes ? '（资料已完整）' : ''}`,
        summaryEn: `Archive changed: ${changed.map((k) => FIELD_NAMES[k]![1]).join(', ')}${completes ? ' (now complete)' : ''}`,
      });
    }
    await audit(tx, {
      action: 'client.update', entityType: 'client', entityId: id, orgUnitId: after.org_unit_id, before: beforeAudit, after: afterAudit,
    });
    return toClient(keyring, after);
  });
}
