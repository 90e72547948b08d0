import { describe, expect, it } from 'vitest';
import { perHandle } from './per-handle.js';

describe('a query built once per database handle', () => {
  it('is built on the first use of each handle and the same object after', () => {
    let builds = 0;
    const query = perHandle((db: { name: string }) => ({ from: db.name, n: ++builds }));
    const pool = { name: 'pool' };
    const trx = { name: 'trx' };
    expect(query(pool)).toEqual({ from: 'pool', n: 1 });
    expect(query(pool)).toBe(query(pool));
    expect(query(trx)).toEqual({ from: 'trx', n: 2 }); // a transaction is a handle of its own
    expect(builds).toBe(2);
  });
});
