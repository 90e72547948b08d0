import type { TxContext } from '../../platform/context/context.js';
import { fire } from '../../platform/lifecycle/fire.js';
import { updateClient } from '../clients/update-client.js';
import { findParties } from '../policies/find-policies.js';
import { toBeneficiaryDrafts, writeParties } from '../policies/policy-draft.js';
import { POLICY_LIFECYCLE } from '../policies/policy-lifecycle.js';
import { sealBankAccount } from '../policies/policy-rules.js';
import type { ServicingRecord } from './servicing-lifecycle.js';
import { CHANGE_FIELD_NAMES, hasChange } from './servicing-changes.js';
import type { ChangeField } from './servicing-types.data.js';
import type { ChangeBody } from './servicing.types.js';

/**
 * What completing a change request does (R-SV-1), in the transaction that closes it, through the
 * owners' own write paths: the applicant's contact and address and the insured's birth date or
 * gender through the client archive (its checks, masks, timeline, audit); the debit account, the
 * premium and the beneficiaries through the policy's `endorse` transition (its history and audit).
 */
export async function applyChange(tx: TxContext, r: ServicingRecord, change: ChangeBody): Promise<ChangeField[]> {
  if (!hasChange(change)) return [];
  const applied: ChangeField[] = [];

  // 联系方式 / 地址变更: the applicant's own details.
  if (change.mobile !== undefined || change.address !== undefined) {
    const client = await tx.trx.selectFrom('client').select('version').where('id', '=', r.applicant_client_id).executeTakeFirstOrThrow();
    await updateClient(tx, r.applicant_client_id, { version: client.version, ...(change.mobile !== undefined && { mobile: change.mobile }), ...(change.address !== undefined && { address: change.address }) });
    if (change.mobile !== undefined) applied.push('mobile');
    if (change.address !== undefined) applied.push('address');
  }

  // 年龄性别更正: the (first) insured's archive, as the ID shows it.
  if (change.birthDate !== undefined || change.gender !== undefined) {
    const insured = (await findParties(tx.trx, r.policy_id)).find((p) => p.role === 'insured' && p.client_id !== null);
    if (insured) {
      const client = await tx.trx.selectFrom('client').select('version').where('id', '=', insured.client_id!).executeTakeFirstOrThrow();
      await updateClient(tx, insured.client_id!, { version: client.version, ...(change.birthDate !== undefined && { birthDate: change.birthDate }), ...(change.gender !== undefined && { gender: change.gender }) });
      if (change.birthDate !== undefined) applied.push('birthDate');
      if (change.gender !== undefined) applied.push('gender');
    }
  }

  // 批改 of the contract itself.
  const onPolicy: ChangeField[] = [
    ...(change.bankAccount !== undefined ? (['bankAccount'] as const) : []),
    ...(change.premium !== undefined ? (['premium'] as const) : []),
    ...(change.beneficiaries !== undefined ? (['beneficiaries'] as const) : []),
  ];
  if (onPolicy.length) {
    const what = onPolicy.map((f) => CHANGE_FIELD_NAMES[f].zh).join('、');
    const reason = `${what}（保全申请 ${r.request_no}）`;
    await fire(tx, POLICY_LIFECYCLE, 'endorse', { key: r.policy_id }, {
      input: { reason },
      audit: { after: { servicingRequestId: r.id, changed: onPolicy } },
      change: async () => {
        if (change.bankAccount !== undefined || change.premium !== undefined) {
          await tx.trx.updateTable('policy').set({
            // R-NB-5: the new account is debited on the client's signed authorisation (a required document of the type).
            ...(change.bankAccount !== undefined && { bank_account_enc: sealBankAccount(tx.keyring, change.bankAccount), payment_mode: 'auto_debit' as const }),
            ...(change.premium !== undefined && { premium: change.premium }),
          }).where('id', '=', r.policy_id).execute();
        }
        if (change.beneficiaries !== undefined) {
          const parties = await findParties(tx.trx, r.policy_id);
          const insured = parties.filter((p) => p.role === 'insured').map((p) => ({ clientId: p.client_id!, relation: p.relation_to_insured ?? 'other' }));
          await writeParties(tx.trx, tx.keyring, r.policy_id, { insured, beneficiaries: toBeneficiaryDrafts(change.beneficiaries) });
          await tx.trx.updateTable('policy').set({ beneficiary_designation: change.beneficiaryDesignation ?? 'named' }).where('id', '=', r.policy_id).execute();
        }
      },
    });
    applied.push(...onPolicy);
  }
  return applied;
}
