import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './node-flags.js';

// The server runs with the same Node flags however it is started: `npm start`, the tests that start
// the built server, the benchmarks (whose figures are only true of the product if it runs so).
describe('server Node flags', () => {
  it('npm start passes every one of them', () => {
    const start = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
    const node = start.slice(start.indexOf('node '));
    expect(node).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} dist/server/main.js`);
  });

  it('are flags this Node accepts', () => {
    for (const flag of SERVER_NODE_FLAGS) expect(process.allowedNodeEnvironmentFlags.has(flag.split('=')[0]!)).toBe(true);
  });
});
