import { isValidMobile } from '../pii/index.js';
import type { FieldReason } from './messages.js';

/**
 * Domain formats for request schemas. Checked by schema validation together with every
 * other field, so a form gets all of its field errors in one answer.
 */
export const SCHEMA_FORMATS = {
  // 手机号; an empty string means "no number".
  'cn-mobile': (value: string) => value.trim() === '' || isValidMobile(value),
};

/** The field message for each domain format, instead of a generic "wrong format". */
export const FORMAT_REASONS: Record<string, FieldReason> = { 'cn-mobile': 'invalidMobile' };
