import { api } from '../../api/client';

/** One day of GET /calendar/years/:year, for the org unit asked about (local overrides applied). */
export type CalendarDay = {
  date: string;
  workingDay: boolean;
  /** The holiday's (or local day off's) name when the day is off for one; null on a plain weekend. */
  holiday: string | null;
  holidayEn: string | null;
  /** An official make-up working day (调休上班) on a weekend. */
  makeupWorkday: boolean;
  /** The year's official schedule is not entered: statutory holidays assumed. */
  provisional: boolean;
};

export type CalendarYear = {
  year: number;
  official: boolean;
  source: string | null;
  notice: string | null;
  /** null while the year has no entered schedule (the first save sends no version). */
  version: number | null;
  days: CalendarDay[];
};

export type CalendarStatus = { officialYears: number[]; missingYears: number[]; remindAdmins: boolean };

export type ScheduleDay = { date: string; workingDay: boolean; nameZh: string; nameEn: string | null };
export type ParseProblem = { line: number; message: { 'zh-CN': string; en: string } };
export type ParsedSchedule = { text: string; days: ScheduleDay[]; problems: ParseProblem[] };

export type CalendarOverride = {
  id: number;
  orgUnitId: number;
  orgUnitName: string;
  date: string;
  workingDay: boolean;
  nameZh: string | null;
  nameEn: string | null;
};

const orgQuery = (org: number | undefined) => ({ org });

export const getCalendarYear = (year: number, org?: number) => api.get<CalendarYear>(`/calendar/years/${year}`, orgQuery(org));

export const getCalendarStatus = () => api.get<CalendarStatus>('/calendar/status');

export const parseSchedule = (year: number, input: { text: string } | { xlsxBase64: string }) =>
  api.post<ParsedSchedule>(`/calendar/years/${year}/parse`, input);

export const saveSchedule = (year: number, body: { version?: number; notice?: string | null; days: ScheduleDay[] }) =>
  api.put<{ year: number; version: number }>(`/calendar/years/${year}`, body);

export const listOverrides = (year: number) => api.get<{ items: CalendarOverride[] }>('/calendar/overrides', { year }).then((r) => r.items);

export const createOverride = (body: { orgUnitId: number; date: string; workingDay: boolean; nameZh: string; nameEn?: string | null }) =>
  api.post<CalendarOverride>('/calendar/overrides', body);

export const deleteOverride = (id: number) => api.delete<void>(`/calendar/overrides/${id}`);

export const addWorkingDays = (from: string, days: number, org?: number) =>
  api.get<{ date: string; provisional: boolean }>('/calendar/add-working-days', { from, days, ...orgQuery(org) });

export const countWorkingDays = (from: string, to: string, org?: number) =>
  api.get<{ count: number; provisional: boolean }>('/calendar/working-days', { from, to, ...orgQuery(org) });
