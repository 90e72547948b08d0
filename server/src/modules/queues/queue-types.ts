import type { AnxinModule, QueuedLifecycle, RecordType } from '../../kit/module.js';
import { Scope } from '../../platform/authz/scope.js';

/** A record type whose records wait in work queues (kit: RecordType.queue). */
export type QueuedType = RecordType & { queue: QueuedLifecycle };

/** Every module's queued record types, by entity type. */
export function queuedTypes(registry: readonly AnxinModule[]): Map<string, QueuedType> {
  return new Map(registry.flatMap((m) => m.records ?? []).filter((r): r is QueuedType => !!r.queue).map((r) => [r.type, r]));
}

/** The org units both scopes cover. */
export function bothScopes(a: Scope, b: Scope): Scope {
  if (a.everything) return b;
  if (b.everything) return a;
  return Scope.of(a.orgUnitIds.filter((id) => b.includes(id)));
}
