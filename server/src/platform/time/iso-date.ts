// A business date written as YYYY-MM-DD: one check for the schema formats (platform/http) and the
// calendar module alike.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (no 2026-02-30) written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}
