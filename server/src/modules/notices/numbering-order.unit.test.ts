import { describe, expect, it } from 'vitest';
import { numberingOrder } from './notice-batches.js';

// Two chunks of a batch in flight at once number in the order they claimed (notice-batches.ts).
describe('the numbering order of chunks in flight', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('a later claim numbers only once the earlier chunk has ended, even when its claim answered first', async () => {
    const order = numberingOrder();
    const events: string[] = [];
    const a = order.slot();
    const b = order.slot();
    let answerA!: (v: string) => void;
    const claimA = a.claim(() => new Promise<string>((resolve) => (answerA = resolve)));
    const claimB = b.claim(async () => (events.push('b claims'), 'b'));
    await tick();
    expect(events).toEqual([]); // b's claim waits for a's: the database gives a the earlier items
    answerA('a');
    expect(await claimA).toBe('a');
    expect(await claimB).toBe('b');
    expect(events).toEqual(['b claims']);
    void b.turn().then(() => events.push('b numbers'));
    await a.turn();
    events.push('a numbers');
    await tick();
    expect(events).toEqual(['b claims', 'a numbers']); // a's chunk has not ended yet
    a.end();
    await tick();
    expect(events).toEqual(['b claims', 'a numbers', 'b numbers']);
  });

  it('a chunk whose claim failed or found nothing holds no one up', async () => {
    const order = numberingOrder();
    const a = order.slot();
    await expect(a.claim(() => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    a.end();
    const b = order.slot();
    expect(await b.claim(async () => [])).toEqual([]);
    b.end();
    const c = order.slot();
    await c.claim(async () => 'c');
    await expect(Promise.race([c.turn().then(() => 'turn'), new Promise((r) => setTimeout(() => r('stuck'), 50))])).resolves.toBe('turn');
  });
});
