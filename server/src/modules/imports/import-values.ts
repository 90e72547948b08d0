// Reading the text of spreadsheet cells as the values a form would send. Pure functions.
import { isIsoDate } from '../calendar/dates.js';
import { beijingInstant } from '../../platform/time/beijing.js';

/** A header as typed: full-width forms, spaces, a required marker (*) and case do not matter. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[*＊]/g, '')
    .replace(/[(（][^)）]*(必填|required)[^)）]*[)）]/gi, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Allowed values with the words a person may type for each (Chinese and English). */
export type Choices<T extends string> = Record<T, readonly string[]>;

const wordMaps = new WeakMap<object, Map<string, string>>();

export function parseChoice<T extends string>(text: string, choices: Choices<T>): T | undefined {
  let words = wordMaps.get(choices);
  if (!words) {
    words = new Map();
    for (const [value, list] of Object.entries(choices) as [T, readonly string[]][]) {
      for (const w of [value, ...list]) words.set(w.normalize('NFKC').toLowerCase(), value);
    }
    wordMaps.set(choices, words);
  }
  return words.get(text.normalize('NFKC').trim().toLowerCase()) as T | undefined;
}

/** The words to show in "must be one of" (the first Chinese word of each choice). */
export const choiceList = <T extends string>(choices: Choices<T>) => Object.values<readonly string[]>(choices).map((w) => w[0]).join('、');

export const YES_NO: Choices<'yes' | 'no'> = {
  yes: ['是', 'Y', 'yes', 'true', '1', '同意', '√'],
  no: ['否', 'N', 'no', 'false', '0', '不同意'],
};

const DATE_PARTS = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

// What other systems' exports put after a date: 2026-01-05 00:00:00, 2026-01-05T00:00:00.0.
const MIDNIGHT = /[\sT]+0{1,2}:00(?::00(?:\.0+)?)?$/;

/**
 * YYYY-MM-DD from 2026-1-5, 2026/01/05, 2026.1.5, 20260105 or 2026年1月5日, also with a time of
 * midnight after it; undefined if not a real date (or a date with another time of day).
 */
export function parseDate(text: string): string | undefined {
  const t = text.normalize('NFKC').trim().replace(MIDNIGHT, '');
  const m = DATE_PARTS.exec(t) ?? COMPACT.exec(t);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const DATE_TIME = /^(.+?)[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** A Beijing date (00:00) or date and time as an instant; undefined if unreadable. */
export function parseBeijingDateTime(text: string): Date | undefined {
  const t = text.normalize('NFKC').trim();
  const m = DATE_TIME.exec(t);
  const date = parseDate(m ? m[1]! : t);
  if (!date) return undefined;
  const [h, min, s] = m ? [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)] : [0, 0, 0];
  if (h > 23 || min > 59 || s > 59) return undefined;
  return beijingInstant(date, h, min, s);
}

/** A cell's text as a report label: trimmed, at most 60 characters; null when empty. */
export function reportLabel(text: string | undefined): string | null {
  const t = (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
  return t ? (t.length > 60 ? `${t.slice(0, 59)}…` : t) : null;
}
