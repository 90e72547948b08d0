import chineseDays from 'chinese-days';

// The package ships CommonJS to Node: take the functions from its default export.
const { getSolarDateFromLunar, getSolarTermDate } = chineseDays;

export type HolidayName = { zh: string; en: string };
export type YearSchedule = {
  year: number;
  holidays: Map<string, HolidayName>;
  makeupWorkdays: Map<string, HolidayName>;
};

// The package's lunar table covers 1900-2100; past it, its conversions give dates in other years.
const LUNAR_YEARS = { min: 1900, max: 2100 };
const pad = (n: number) => String(n).padStart(2, '0');
const lunar = (year: number, month: number, day: number) => getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`).date;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The statutory public holidays of a year whose official schedule is not yet published
 * (全国年节及纪念日放假办法, as amended 2024: 13 days). Weekends stay off; there are no make-up
 * working days and no bridging, so results for such a year are provisional until an admin
 * enters the State Council's schedule.
 */
export function statutoryHolidays(year: number): YearSchedule {
  const holidays = new Map<string, HolidayName>();
  // A date outside the year (a conversion past the table) is never taken as one of its holidays.
  const add = (date: string, zh: string, en: string) => date.startsWith(`${year}-`) && holidays.set(date, { zh, en });
  add(`${year}-01-01`, '元旦', "New Year's Day");
  const hasLunar = year >= LUNAR_YEARS.min && year <= LUNAR_YEARS.max;
  if (hasLunar) {
    const springFestival = lunar(year, 1, 1);
    add(shift(springFestival, -1), '春节', 'Spring Festival'); // 除夕 (lunar New Year's Eve)
    for (let i = 0; i < 3; i++) add(shift(springFestival, i), '春节', 'Spring Festival');
  }
  add(getSolarTermDate(year, 4, 'pure_brightness'), '清明节', 'Qingming Festival');
  add(`${year}-05-01`, '劳动节', 'Labour Day');
  add(`${year}-05-02`, '劳动节', 'Labour Day');
  if (hasLunar) {
    add(lunar(year, 5, 5), '端午节', 'Dragon Boat Festival');
    add(lunar(year, 8, 15), '中秋节', 'Mid-Autumn Festival');
  }
  for (const d of ['01', '02', '03']) add(`${year}-10-${d}`, '国庆节', 'National Day');
  return { year, holidays, makeupWorkdays: new Map() };
}
