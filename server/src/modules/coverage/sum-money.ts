const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Exact sum of money amounts as the database gives them ('500000.00'), in cents: no floating point. */
export function sumMoney(amounts: readonly string[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    const m = AMOUNT.exec(amount);
    if (!m) throw new RangeError(`Not an amount: ${amount}`);
    cents += BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  }
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}
