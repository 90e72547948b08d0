/** Text for requests and reports: JSON with raw parts, URL encoding of any string, one-line excerpts. */

const RAW = Symbol('raw JSON text');
/** JSON text sent as it is: number literals that JavaScript cannot hold, deep nesting, `__proto__` keys. */
export type RawJson = { [RAW]: string };
export const rawJson = (text: string): RawJson => ({ [RAW]: text });
export const isRawJson = (v: unknown): v is RawJson => typeof v === 'object' && v !== null && RAW in v;
export const rawText = (v: RawJson) => v[RAW];

/**
 * Percent-encodes any string for a URL, lone surrogates included (as the three bytes of their
 * code unit, which no decoder accepts as UTF-8), where encodeURIComponent would throw.
 */
export function encodeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** JSON text of a value that may hold raw JSON parts (number literals beyond doubles, deep nesting). */
export function toJsonText(value: unknown): string {
  if (isRawJson(value)) return rawText(value);
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function queryValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'null';
  return typeof value === 'object' ? toJsonText(value) : String(value);
}

export function describeValue(value: unknown): string {
  return shorten(typeof value === 'string' ? JSON.stringify(value) : toJsonText(value));
}

/** Control and invisible format characters, and lone surrogates: shown as escapes in the report. */
const UNPRINTABLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Short and printable on one line; long text cut, with its length. */
export function shorten(text: string, max = 60): string {
  const visible = text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > max ? `${visible.slice(0, max - 20)}… (${text.length} chars)` : visible;
}
