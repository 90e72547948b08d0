import { encodeText, rawJson } from './json-text.js';

/**
 * The bad inputs of issue 9, each with a kind, so failures can be grouped by what broke the route.
 * Values go into JSON bodies and query strings; path segments have their own list (already encoded).
 */

export type Bad = { kind: string; value: unknown };
const list = (kind: string, values: unknown[]): Bad[] => values.map((value) => ({ kind, value }));

export const ODD_UNICODE = [
  '\ud800', 'a\udc00b', // lone surrogates
  '\u202eevil\u202c', '\u200f\u200e', // right-to-left override and marks
  '👨‍👩‍👧‍👦🇨🇳', '１２３４５', '\u200b', 'e\u0301\u0301\u0301', '\ufeff', '\uffff', '𠜎𠜱𠝹',
];

export const INT_BAD: Bad[] = [
  ...list('int-range', [
    2147483648, -2147483649, 4294967296, rawJson('99999999999999999999'), '99999999999999999999', '2147483648',
    '12345678901234567890', 1e308, rawJson('1e400'), rawJson('9007199254740993'),
  ]),
  ...list('int-zero-negative', [0, -1, '-1', '0']),
  ...list('int-format', [' 1', '1 ', '1e3', '0x10', '1.5', 1.5, '+1', '01', '１２', 'NaN', 'Infinity', '-0', '1_000']),
];

export const STRING_BAD: Bad[] = [
  ...list('empty', ['', ' ', '\t\n']),
  ...list('nul', ['\u0000', 'fuzz\u0000test', '\u0000'.repeat(100)]),
  ...list('huge-string', ['x'.repeat(10_000), '字'.repeat(100_000)]),
  ...list('odd-unicode', ODD_UNICODE),
  ...list('injection', ["' or 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '%00', '${7*7}', '\\', '"']),
];

export const DATE_BAD: Bad[] = list('impossible-date', [
  '2026-02-30', '0001-01-01', '9999-12-31', '2026-13-01', '2026-00-10', '2026-01-32', '1900-02-29', '0000-00-00',
  '2026-1-1', '20260101', '+275760-09-13', '-000001-01-01', '２０２６-０１-０１', '2026-01-01T00:00:00Z',
]);

export const DATETIME_BAD: Bad[] = list('impossible-date', [
  '2026-02-30T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-13-01T00:00:00Z',
  '2026-01-01T24:00:01Z', '2026-01-01T00:00:60Z', '2026-01-01', '2026-01-01T00:00:00+25:00',
  '+275760-09-13T00:00:00.001Z', '1969-12-31T23:59:59.999999999Z',
]);

export const BOOL_BAD: Bad[] = list('wrong-type', ['true', 'yes', 1, 0, 'on']);

const deepArray = (n: number) => rawJson('['.repeat(n) + ']'.repeat(n));
export const STRUCTURE_BAD: Bad[] = [
  ...list('wrong-type', [null, true, false, 12, 'text', [], {}, [1, 2], ['a'], { a: 1 }, [null]]),
  ...list('nesting', [deepArray(64), deepArray(3000), rawJson('{"a":'.repeat(1000) + '1' + '}'.repeat(1000)), rawJson(`[${'1,'.repeat(50_000)}1]`)]),
  ...list('proto-keys', [rawJson('{"__proto__":{"polluted":true}}'), rawJson('{"constructor":{"prototype":{"polluted":true}}}')]),
];

export const ANY_BAD: Bad[] = [...INT_BAD, ...STRING_BAD, ...DATE_BAD, ...BOOL_BAD, ...STRUCTURE_BAD];

/** Bad path segments, ready to put into a URL. */
export type Segment = { kind: string; segment: string };
const segments = (kind: string, values: string[]): Segment[] => values.map((v) => ({ kind, segment: encodeText(v) }));

export const PATH_BAD: Segment[] = [
  ...segments('int-range', ['2147483648', '99999999999999999999', '-2147483649', '9223372036854775808']),
  ...segments('int-zero-negative', ['0', '-1']),
  ...segments('int-format', [' 1', '1 ', '1e3', '0x10', '1.5', '+1', '１２', '٣', 'NaN', 'Infinity', '-0']),
  ...segments('nul', ['\u0000', '1\u0000', '\u0000'.repeat(10)]),
  ...segments('odd-unicode', ODD_UNICODE),
  ...segments('long-path', ['1'.repeat(5000), 'a'.repeat(5000), '字'.repeat(2000), '1'.repeat(101)]),
  ...segments('injection', ["1' or '1'='1", '..', '.', '../..', '{}', '[]']),
  ...['%ZZ', '%', '%E0%A4%A', '%C0%AE', '%ED%A0%80', '%FF'].map((segment) => ({ kind: 'bad-escape', segment })),
];

/** Request bodies that are not JSON, sent as application/json. */
export const BAD_JSON: (string | Buffer)[] = [
  '', '{', '{"a":}', '[', 'nul', 'undefined', "{'a':1}", '{"a":1,}', '\ufeff{}', '{"a":1}{"b":2}', 'NaN', '1e999',
  '"\\ud800"', '"\u0000"', 'null', 'true', '0', '[]', '"text"', '['.repeat(10_000), '{"a":'.repeat(5_000),
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]), Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}')]),
];

/** Content types a JSON route does not take (undefined: no header at all). */
export const WRONG_CONTENT_TYPES: (string | undefined)[] = [
  'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=fuzz',
  'application/json; charset=utf-16', 'application/json; charset=iso-8859-1', 'application/jsonx', 'text/json',
  'application/octet-stream', 'text/csv', '', undefined,
];

/**
 * Cursors as a client could forge them: well-formed base64url of JSON with keys and ids the
 * database cannot take (ids past int4, dates that are no dates, NUL). Each once answered 500
 * (found by the second outside probe of issue 9).
 */
const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
export const CURSOR_BAD: Bad[] = list('forged-cursor', [
  forge([1, 99999999999]), forge([1, -99999999999]), forge([99999999999, 2147483648]), forge(['x', 1]), forge(['', 1]),
  forge(['9999999-01-01', 1]), forge([1e21, 1]), forge([-1e308, 1]), forge(['\u0000', 1]), forge([{ a: 1 }, 1]),
  forge([null, 1]), forge(['2026-13-45T99:99:99Z', 1]), forge([1, 1, 1]), forge({ key: 1, id: 1 }), forge([1, 1.5]),
]);
