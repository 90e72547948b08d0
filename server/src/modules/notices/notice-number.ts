import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { TxContext } from '../../platform/context/context.js';
import './notices.tables.js';

/**
 * Takes `count` numbers of an org unit's year (通知书编号), in the caller's transaction: the
 * sequence row stays locked until it commits, so numbers are never given twice, and a transaction
 * that fails gives them back (gap-free). Returns the first.
 */
export async function takeNumbers(tx: TxContext, orgUnitId: number, year: number, count: number): Promise<number> {
  const { rows } = await sql<{ last_no: number }>`
    insert into notice_sequence (org_unit_id, year, last_no) values (${orgUnitId}, ${year}, ${count})
    on conflict (org_unit_id, year) do update set last_no = notice_sequence.last_no + ${count}
    returning last_no`.execute(tx.trx);
  return rows[0]!.last_no - count + 1;
}

/** `GZ01-2026-000017`: the unit's code, the year, the number within them. */
export const noticeNumber = (orgCode: string, year: number, seq: number) => `${orgCode}-${year}-${String(seq).padStart(6, '0')}`;

// Crockford's base32 without I, L, O, U: nothing a person misreads when typing it from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 验真码: 12 random characters (60 bits) in three groups, `7KQ2-M9XD-4TPA`; unique in the database. */
export function verificationCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** A code as typed: case, spaces and dashes forgiven, look-alike letters read as the digits they stand for. */
export function normaliseCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(plain)) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}
