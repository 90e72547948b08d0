import { sql } from 'kysely';
import type { Context } from '../../platform/context/context.js';
import type { SealedField } from './client-rules.js';
import type { Db } from './find-clients.js';

/** Per personal field: may the caller see it in clear text (R-CL-6, issue 11 item 7). */
export type Revealable = Record<SealedField, boolean>;

/** Why a reveal is refused, per field (clients.messages.ts). */
export const REFUSAL = {
  idNumber: 'REVEAL_ID_NUMBER_NOT_ALLOWED',
  mobile: 'REVEAL_MOBILE_NOT_ALLOWED',
  address: 'REVEAL_ADDRESS_NOT_ALLOWED',
} as const;

/**
 * Who may see a client's personal fields in clear text. Holders of pii.reveal (in the client's
 * unit): every field. The client's own agent, and the clerks of the client's unit or one above it
 * (they serve the office's clients): the mobile and the address. Nobody else; the system (no actor) may.
 */
export async function revealRights(
  db: Db,
  ctx: Pick<Context, 'actor'>,
  client: { org_unit_id: number; agent_id: number | null },
): Promise<Revealable> {
  const actor = ctx.actor;
  if (!actor || actor.scopeFor('pii.reveal').includes(client.org_unit_id)) return { idNumber: true, mobile: true, address: true };
  const contact = isOwnAgent(actor, client) || (await servesAsClerk(db, actor.roles, client.org_unit_id));
  return { idNumber: false, mobile: contact, address: contact };
}

function isOwnAgent(actor: NonNullable<Context['actor']>, client: { agent_id: number | null }): boolean {
  return client.agent_id === actor.userId && actor.roles.some((r) => r.role === 'agent');
}

async function servesAsClerk(db: Db, roles: { role: string; orgUnitId: number }[], orgUnitId: number): Promise<boolean> {
  const units = roles.filter((r) => r.role === 'clerk').map((r) => r.orgUnitId);
  if (units.length === 0) return false;
  const { rows } = await sql<{ ok: boolean }>`
    select exists (
      select 1 from org_unit c join org_unit r on c.path like r.path || '%'
      where c.id = ${orgUnitId} and r.id in (${sql.join(units)})
    ) as ok`.execute(db);
  return rows[0]?.ok === true;
}
