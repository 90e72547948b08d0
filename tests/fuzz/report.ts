import type { FuzzRequest } from './generator.js';
import { shorten } from './json-text.js';
import type { Check, Failure } from './runner.js';

const CHECK_ORDER: Check[] = ['timeout', 'dropped', '5xx', 'rows-changed', 'actor-changed', 'session-lost', 'expectation', 'error-shape'];

type Group = { title: string; failures: Failure[] };

/** Failures grouped by route, check and kind of input, with the first one of each as the example. */
export function groupFailures(failures: Failure[]): Group[] {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${CHECK_ORDER.indexOf(f.check)}|${f.request.op}|${f.check}|${f.request.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, list]) => {
      const f = list[0]!;
      const statuses = [...new Set(list.map((x) => x.status ?? '—'))].join('/');
      return { title: `${f.check} (${statuses}) ${f.request.op} [${f.request.kind}] ×${list.length}`, failures: list };
    });
}

export function formatReport(failures: Failure[], header: string[]): { text: string; titles: string[] } {
  const groups = groupFailures(failures);
  const lines = [...header, `${failures.length} failures in ${groups.length} groups`, ''];
  // One line per problem across routes: the same bug usually shows on many of them.
  const byProblem = new Map<string, Set<string>>();
  for (const f of failures) {
    const key = `${f.check} on ${f.request.kind} input${f.check === 'error-shape' ? ` (${f.detail})` : ''}`;
    byProblem.set(key, (byProblem.get(key) ?? new Set()).add(f.request.op));
  }
  if (byProblem.size) {
    lines.push('By problem:');
    for (const [key, routes] of [...byProblem].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${key}: ${routes.size} route${routes.size === 1 ? '' : 's'}, e.g. ${[...routes][0]}`);
    }
    lines.push('');
  }
  for (const g of groups) {
    const f = g.failures[0]!;
    lines.push(`● ${g.title}`, `    ${f.detail}`, ...example(f.request), `    → ${f.status ?? '—'} ${shorten(f.body ?? '', 300)}`);
    const others = [...new Set(g.failures.slice(1).map((x) => x.request.label))].slice(0, 5);
    if (others.length) lines.push(`    also: ${others.join(' | ')}`);
    lines.push('');
  }
  return { text: lines.join('\n'), titles: groups.map((g) => g.title) };
}

export function example(req: FuzzRequest): string[] {
  const type = req.headers['content-type'];
  const body = req.payload === undefined ? undefined
    : Buffer.isBuffer(req.payload) ? `bytes ${req.payload.subarray(0, 40).toString('hex')}${req.payload.length > 40 ? `… (${req.payload.length} bytes)` : ''}`
    : shorten(req.payload, 200);
  return [
    `    #${req.index} ${req.label} (${req.auth}${req.headers['accept-language'] ? ', en' : ''})`,
    `    ${req.method} ${shorten(req.url, 200)}`,
    ...(body === undefined ? [] : [`    ${type ? `[${type}] ` : '[no content type] '}${body}`]),
  ];
}
