// Beijing time for the browser: the offices work in it whatever the browser's zone. China has kept
// no daylight saving since 1991, so the offset is fixed; it is written here once for the web
// (server/src/platform/time/beijing.ts is the server's; a server unit test finds any other).
const BEIJING_OFFSET = '+08:00';

/** Beijing wall-clock time from a datetime-local input → an instant the API takes. */
export function beijingInstant(local: string | undefined): string | undefined {
  return local ? `${local.length === 16 ? `${local}:00` : local}${BEIJING_OFFSET}` : undefined;
}

/** Now in Beijing as a datetime-local value (YYYY-MM-DDTHH:mm). */
export function beijingNowLocal(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour') === '24' ? '00' : get('hour')}:${get('minute')}`;
}
