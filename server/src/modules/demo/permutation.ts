// A keyed bijection of [0, size): demo client n gets identifiers that look random yet can never
// repeat, whatever the count, so a re-run can recognise the rows it made and a lookup by ID
// number or mobile finds exactly one client.

const ROUNDS = 4;

/**
 * The image of n under a balanced Feistel network on the smallest even bit width covering
 * `size` (at most 32 bits), walking the cycle until the value falls inside the range.
 */
export function permute(n: number, size: number, key: number): number {
  if (!Number.isInteger(size) || size < 1 || size > 2 ** 32) throw new RangeError(`size must be 1..2^32, got ${size}`);
  if (!Number.isInteger(n) || n < 0 || n >= size) throw new RangeError(`${n} is outside [0, ${size})`);
  let bits = Math.max(2, Math.ceil(Math.log2(size)));
  if (bits % 2) bits++;
  const half = 2 ** (bits / 2);
  let x = n;
  do {
    let left = Math.floor(x / half);
    let right = x % half;
    for (let round = 0; round < ROUNDS; round++) {
      const next = (left ^ (mix(right, key, round) % half)) >>> 0;
      left = right;
      right = next;
    }
    x = left * half + right;
  } while (x >= size);
  return x;
}

// A 32-bit integer hash (murmur3 finaliser) of the value, the key and the round.
function mix(value: number, key: number, round: number): number {
  let h = (value ^ Math.imul(key, 0x9e3779b1) ^ Math.imul(round + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
