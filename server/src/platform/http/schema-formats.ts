import { isValidMobile } from '../pii/index.js';
import type { FieldReason } from './messages.js';
import { isIsoDate } from '../time/iso-date.js';

// Business dates run from the oldest living client's birth to the end of the longest whole-life
// policy; anything outside is a typing slip (0001-01-01, 9999-12-31) that would otherwise reach the
// calendar arithmetic or the database and fail there (issue 9, item 4).
export const DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** A real calendar day (no 2026-02-30) within DATE_RANGE. */
export function isIsoDateInRange(value: string): boolean {
  return isIsoDate(value) && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
}

function isDateTimeInRange(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isIsoDateInRange(m[1]!)) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60 && !Number.isNaN(Date.parse(value));
}

/**
 * Domain formats for request schemas. Checked by schema validation together with every
 * other field, so a form gets all of its field errors in one answer. `date` and `date-time`
 * replace the generic ones of ajv-formats (installed by `installSchemaFormats`).
 */
export const SCHEMA_FORMATS = {
  // 手机号; an empty string means "no number".
  'cn-mobile': (value: string) => value.trim() === '' || isValidMobile(value),
  date: isIsoDateInRange,
  'date-time': isDateTimeInRange,
};

/** The field message for each domain format, instead of a generic "wrong format". */
export const FORMAT_REASONS: Record<string, { reason: FieldReason; params?: Record<string, string> }> = {
  'cn-mobile': { reason: 'invalidMobile' },
  date: { reason: 'dateOutOfRange', params: DATE_RANGE },
  'date-time': { reason: 'dateTimeOutOfRange', params: DATE_RANGE },
};

/** Ajv's `onCreate`: runs after ajv-formats, so these win over its formats of the same name. */
export function installSchemaFormats(ajv: { addFormat(name: string, format: (value: string) => boolean): unknown }): void {
  for (const [name, check] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, check);
}
