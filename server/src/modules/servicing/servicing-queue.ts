import { sql } from 'kysely';
import type { QueueSpec } from '../../platform/lifecycle/lifecycle.js';
import './servicing.tables.js';
import type { ServicingRecord } from './servicing-lifecycle.js';
import { servicingType } from './servicing-types.data.js';
import type { ServicingChannel } from './servicing.tables.js';

/**
 * Requests that reach the office other than at the counter or through the agent — by phone, by mail,
 * online — wait in the office's clerks' team queue (任务池) until a clerk takes one; the others are the
 * clerk's who took them (R-SV-4: every request has an owner).
 */
export const TEAM_QUEUE_CHANNELS: readonly ServicingChannel[] = ['phone', 'mail', 'online'];

/** 保全申请 in the work queues (issue 12, item 4): the owner is the request's own `owner_id`. */
export const SERVICING_QUEUE: QueueSpec<ServicingRecord> = {
  ownerOf: (r) => r.owner_id,
  teamOf: (r) => ({ orgUnitId: r.org_unit_id, role: 'clerk' }),
  teamRoles: ['clerk'],
  async assign(tx, r, userId, at) {
    await tx.trx.updateTable('servicing_request').set({ owner_id: userId, version: sql`version + 1`, updated_at: at }).where('id', '=', r.id).execute();
  },
  title: (r) => {
    const type = servicingType(r.type);
    return { zh: `保全申请 ${r.request_no}（${type.label.zh}）`, en: `Servicing request ${r.request_no} (${type.label.en})` };
  },
};
