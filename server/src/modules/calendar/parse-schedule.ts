import { fromDayNumber, isIsoDate, toDayNumber } from './dates.js';

export type ScheduleDay = { date: string; workingDay: boolean; nameZh: string; nameEn: string | null };
export type ParseProblem = { line: number; message: { 'zh-CN': string; en: string } };

const OFF = new Set(['放假', '休', '休息', 'off', 'holiday']);
const ON = new Set(['上班', '班', '调休上班', 'work', 'working', 'workday']);

/**
 * Reads a year's schedule as an admin pastes it, one rule a line:
 *   2027-01-01 放假 元旦/New Year's Day
 *   2027-02-05~2027-02-11 放假 春节/Spring Festival
 *   2027-02-14 上班 春节
 * (also tab- or comma-separated, as copied from a spreadsheet). Every problem is reported
 * with its line; nothing is applied until the admin saves the previewed result.
 */
export function parseSchedule(text: string, year: number): { days: ScheduleDay[]; problems: ParseProblem[] } {
  const days = new Map<string, ScheduleDay>();
  const problems: ParseProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const parts = trimmed.split(/[\t,，]+|\s+/).filter(Boolean);
    const [range = '', kind = '', ...nameParts] = parts;
    const problem = (zh: string, en: string) => problems.push({ line, message: { 'zh-CN': `第 ${line} 行：${zh}`, en: `Line ${line}: ${en}` } });
    const [fromText = '', toText = fromText] = range.split(/~|～|至|--/);
    const from = normaliseDate(fromText);
    const to = normaliseDate(toText);
    if (!from || !to) return problem(`日期“${range}”无效，应为 YYYY-MM-DD 或 YYYY-MM-DD~YYYY-MM-DD`, `invalid date "${range}": use YYYY-MM-DD or a range YYYY-MM-DD~YYYY-MM-DD`);
    if (to < from) return problem('结束日期早于开始日期', 'the range ends before it starts');
    if (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`)) return problem(`日期不在 ${year} 年内`, `the dates are not in ${year}`);
    const workingDay = ON.has(kind.toLowerCase()) ? true : OFF.has(kind.toLowerCase()) ? false : null;
    if (workingDay === null) return problem(`类型“${kind}”无效，应为“放假”或“上班”`, `type "${kind}" must be 放假/off or 上班/work`);
    const [nameZh = '', nameEn] = nameParts.join(' ').split('/');
    if (!nameZh.trim()) return problem('缺少节日名称', 'the holiday name is missing');
    for (let d = toDayNumber(from); d <= toDayNumber(to); d++) {
      const date = fromDayNumber(d);
      if (days.has(date)) problem(`${date} 重复出现`, `${date} appears twice`);
      days.set(date, { date, workingDay, nameZh: nameZh.trim(), nameEn: nameEn?.trim() || null });
    }
  });
  return { days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)), problems };
}

function normaliseDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}
