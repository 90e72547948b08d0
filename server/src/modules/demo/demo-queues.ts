// The work queues at work (issue 12, item 4): in the first office of each city, surrenders asked for by
// phone wait in the office's clerks' team queue (with the showcase's address change by phone, overdue),
// one the clerk took from it, one the clerk took and then returned to it with a reason (放回任务池), and one
// the city's supervisor reassigned to the clerk with a reason — all through the use cases at past moments.
import type { Context } from '../../platform/context/context.js';
import servicing from '../servicing/index.js';
import { createRequest } from '../servicing/handle-request.js';
import { queuedTypes } from '../queues/queue-types.js';
import { takeWorkItem } from '../queues/take-work-item.js';
import { reassignWorkItems } from '../queues/reassign-work-items.js';
import { returnWorkItem } from '../queues/return-work-item.js';

type Step = { at: Date; run: (ctx: Context) => Promise<unknown> };
type Policy = { id: number };

export const TYPES = queuedTypes([servicing]);

/** The work item of a servicing request. */
export async function itemOf(ctx: Context, requestId: number): Promise<number> {
  const row = await ctx.db.selectFrom('work_item').select('id').where('entity_type', '=', 'servicing').where('entity_id', '=', requestId).executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The steps, each at its moment, run as the office's clerk; `take` hands out a policy in force of the
 * office, `at(n)` is n working days ago, `supervisor(at)` the city supervisor's context (task.reassign) if there is one.
 */
export function queueShowcase(take: () => Policy | undefined, at: (workingDays: number, hour?: number) => Date, supervisor: ((at: Date) => Context) | null): Step[] {
  const steps: Step[] = [];
  const byPhone = (policy: Policy | undefined, received: Date, note: string, then: (requestId: number, ctxAt: (d: Date) => Context) => Promise<void> = async () => {}) => {
    if (!policy) return;
    steps.push({
      at: received,
      run: async (ctx) => {
        const r = await createRequest(ctx, policy.id, { type: 'surrender', channel: 'phone', note, details: { signedBy: 'client' } });
        await then(r.id, (d) => ({ ...ctx, clock: { now: () => d } }));
      },
    });
  };
  byPhone(take(), at(1, 15), '客户来电申请退保，约定本周到柜面签署退保申请书'); // waiting in the team queue
  byPhone(take(), at(4, 11), '客户来电申请退保，资料将邮寄'); // waiting in the team queue
  byPhone(take(), at(2, 9), '客户来电申请退保', async (id, c) => {
    const ctx = c(at(2, 14));
    await takeWorkItem(ctx, TYPES, await itemOf(ctx, id)); // 领取
  });
  byPhone(take(), at(3, 9), '客户来电申请退保，后改约到柜面办理', async (id, c) => {
    const item = await itemOf(c(at(3, 11)), id);
    await takeWorkItem(c(at(3, 11)), TYPES, item); // 领取
    await returnWorkItem(c(at(2, 10)), TYPES, item, { reason: '客户改约到柜面办理，放回任务池由当班内勤跟进' }); // 放回任务池
  });
  if (supervisor) {
    byPhone(take(), at(3, 10), '客户来电申请退保，急需资金周转', async (id, c) => {
      const clerk = c(at(2, 16));
      const reassign = { ids: [await itemOf(clerk, id)], ownerId: clerk.actor!.userId, reason: '任务池积压，指定内勤办理' };
      await reassignWorkItems(supervisor(at(2, 16)), TYPES, reassign, () => 'id'); // 改派
    });
  }
  return steps;
}
