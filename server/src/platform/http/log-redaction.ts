import type { FastifyRequest } from 'fastify';

// Query parameters that never carry personal data: their values stay readable in the request log.
// Every other value (a search box's q, a mobile, an ID number, a name, …) is logged as "***"
// (issue 9, item 9; PIPL: the log is not a place for personal data). Add a name here only when
// no value of it can identify a person.
const SAFE_PARAMS = new Set([
  'limit', 'cursor', 'sort', 'order', 'status', 'state', 'kind', 'type', 'lang', 'year', 'from', 'to', 'month',
  'field', 'scope', 'org', 'days', 'date', 'dryRun', 'unread', 'level', 'active', 'includeInactive', 'entityType', 'event', 'rule', 'code', 'format',
]);

/** The URL as it may be logged: path unchanged, query values masked unless known to be safe. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const pairs = url.slice(at + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (eq < 0) return pair;
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      // a malformed name is logged masked like any unknown one
    }
    return SAFE_PARAMS.has(decoded) || /Id$/.test(decoded) ? pair : `${name}=***`;
  });
  return `${url.slice(0, at)}?${pairs.join('&')}`;
}

/** pino serializer for the request line Fastify logs. */
export function serializeRequest(req: FastifyRequest) {
  return { method: req.method, url: redactUrl(req.url), hostname: req.hostname, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}
