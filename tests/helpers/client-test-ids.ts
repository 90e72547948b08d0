// Test helpers: resident ID numbers with their check character (LAW.md "Identifiers").
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The 18-character resident ID for 17 digits (region 6, birth date 8, sequence 3). */
export function residentId(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}
