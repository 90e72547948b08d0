import type { TxContext } from '../../platform/context/context.js';
import { headOfficeOnly } from '../../platform/http/errors.js';
import { findHeadOfficeId } from '../../platform/authz/head-office.js';

/**
 * The catalogue is company-wide: only those holding catalog.manage at head office change it.
 * Returns the head office's id, the org unit the audit entry belongs to.
 */
export async function assertHeadOffice(tx: TxContext): Promise<number> {
  const headOfficeId = await findHeadOfficeId(tx.trx);
  if (!tx.scope.includes(headOfficeId)) throw headOfficeOnly();
  return headOfficeId;
}

/** Optional text as stored: trimmed, empty → null; undefined (not sent) stays undefined. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value?.trim() || null;
}

/** 客服电话: hotlines (95519), 400/800 numbers, landlines with area code, mobiles. */
const SERVICE_PHONE = /^(\+?86)?(95\d{3,4}|[48]00\d{7}|0\d{9,11}|1[3-9]\d{9}|\d{7,8})$/;

export function isServicePhone(value: string): boolean {
  return SERVICE_PHONE.test(value.replace(/[\s()-]/g, ''));
}
