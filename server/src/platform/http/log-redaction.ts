import type { FastifyRequest } from 'fastify';

// Query parameters that never carry personal data: their values stay readable in the request log.
// Every other value (a search box's q, a mobile, an ID number, a name, …) is logged as "***"
// (issue 9, item 9; PIPL: the log is not a place for personal data). Add a name here only when
// no value of it can identify a person. Not `cursor`: it carries the last row's sort key (a client's
// name when sorted by name, a policy number).
const SAFE_PARAMS = new Set([
  'limit', 'sort', 'order', 'status', 'state', 'kind', 'type', 'lang', 'year', 'from', 'to', 'month',
  'field', 'scope', 'org', 'days', 'date', 'dryRun', 'unread', 'level', 'active', 'includeInactive', 'entityType', 'event', 'rule', 'code', 'format',
]);

/**
 * The URL as it may be logged: query values masked unless known to be safe; in the path, matrix
 * parameters (`;q=…`) and any run of 11 or more digits (a mobile, an ID number typed where an id
 * goes; spaces, dashes and dots between the digits do not break the run) masked too. A query part with no `=` (`?q%3D139…`: an encoded equals sign) is masked
 * whole unless it is a safe name.
 */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  const path = redactPath(at < 0 ? url : url.slice(0, at));
  if (at < 0) return path;
  const pairs = url.slice(at + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const safe = isSafeName(name);
    if (eq < 0) return safe || pair === '' ? pair : '***';
    return safe ? pair : `${name}=***`;
  });
  return `${path}?${pairs.join('&')}`;
}

function isSafeName(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return false; // a malformed name is logged masked like any unknown one
  }
  return SAFE_PARAMS.has(decoded) || /^[A-Za-z]*Id$/.test(decoded);
}

function redactPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    /* keep as sent */
  }
  const masked = decoded.replace(/;[^/]*/g, ';***').replace(/\d(?:[\s.\-]*\d){10,}[Xx]?/g, '***');
  return masked === decoded ? path : masked;
}

/** pino serializer for the request line Fastify logs. */
export function serializeRequest(req: FastifyRequest) {
  return { method: req.method, url: redactUrl(req.url), hostname: req.hostname, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}
