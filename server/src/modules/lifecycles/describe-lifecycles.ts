import type { Context } from '../../platform/context/context.js';
import type { AnyLifecycle } from '../../kit/module.js';
import type { LifecyclesResponse } from './lifecycles.types.js';

/**
 * Each lifecycle as the page draws it (issue 10, item 2): read from the same data `fire()` runs,
 * with the deadline rules each transition's events open and close (from the rules as stored, so an
 * administrator's change shows).
 */
export async function describeLifecycles(ctx: Context, lifecycles: readonly AnyLifecycle[]): Promise<LifecyclesResponse> {
  const rules = await ctx.deadlineEvents.rulesByEvent(ctx.db);
  return {
    items: lifecycles.map((l) => ({
      kind: l.kind,
      label: l.label,
      states: Object.entries(l.states).map(([id, s]) => ({ id, label: s.label, initial: s.initial === true, final: s.final === true })),
      transitions: Object.entries(l.transitions).map(([event, t]) => {
        const events = (t.deadlineEvents ?? []).map((e) => (typeof e === 'string' ? e : e.event));
        const cancels = new Set(t.cancelsDeadlines?.ruleIds ?? []);
        return {
          event,
          label: t.label,
          from: [...t.from],
          to: t.to,
          permission: t.permission,
          automatic: t.automatic === true,
          deadlines: [
            ...events.flatMap((e) => [
              ...(rules.get(e)?.closes ?? []).map((r) => ({ ...r, effect: 'closes' as const })),
              ...(rules.get(e)?.opens ?? []).map((r) => ({ ...r, effect: 'opens' as const })),
            ]),
            ...[...rules.values()].flatMap((v) => v.opens).filter((r) => cancels.has(r.ruleId)).map((r) => ({ ...r, effect: 'cancels' as const })),
          ],
        };
      }),
    })),
  };
}
