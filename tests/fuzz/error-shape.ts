import type { LightMyRequestResponse } from 'fastify';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The one error shape, as renderError (server/src/platform/http/errors.ts) emits it:
 * `{"error":{"code","message","fields":[{"path","message"}],"requestId", …details}}` as JSON,
 * `requestId` equal to the x-request-id header. Details (e.g. `current` on a 409) may follow.
 * Returns what is wrong with an answer of status ≥ 400; nothing for one that is right.
 */
export function errorShapeProblems(res: LightMyRequestResponse): string[] {
  if (res.statusCode < 400) return [];
  const problems: string[] = [];
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) problems.push(`content type ${type || '(none)'}, not application/json`);
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return [...problems, 'body is not JSON'];
  }
  if (!isObject(body) || Object.keys(body).join() !== 'error' || !isObject(body.error)) {
    return [...problems, `top level is not {"error":{…}}`];
  }
  const { code, message, fields, requestId } = body.error;
  if (typeof code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(code)) problems.push('error.code is not an UPPER_SNAKE string');
  if (typeof message !== 'string' || !message) problems.push('error.message is not a non-empty string');
  const fieldsOk = Array.isArray(fields) && fields.every(
    (f) => isObject(f) && Object.keys(f).sort().join() === 'message,path' && typeof f.path === 'string' && typeof f.message === 'string',
  );
  if (!fieldsOk) problems.push('error.fields is not a list of {path, message}');
  const header = res.headers['x-request-id'];
  if (typeof requestId !== 'string') problems.push('error.requestId is missing');
  else if (header === undefined) problems.push('no x-request-id header');
  else if (requestId !== header) problems.push('error.requestId differs from the x-request-id header');
  const texts = [message, ...(Array.isArray(fields) ? fields.map((f) => (isObject(f) ? f.message : '')) : [])];
  if (texts.some((t) => typeof t === 'string' && /\n\s+at /.test(t))) problems.push('a message carries a stack trace');
  return problems;
}
