import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';

// GET /calendar/years/:year, GET /calendar/status, the parse preview and the saved year declare no answer
// schema on the server, so CalendarYear, CalendarStatus, ParsedSchedule and the save answer are written by hand.

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

export type ScheduleDay = BodyOf<'/calendar/years/{year}', 'put'>['days'][number];
export type ParseProblem = { line: number; message: { 'zh-CN': string; en: string } };
export type ParsedSchedule = { text: string; days: ScheduleDay[]; problems: ParseProblem[] };

export type CalendarOverride = ResponseOf<'/calendar/overrides'>['items'][number];

const orgQuery = (org: number | undefined) => ({ org });

export const getCalendarYear = (year: number, org?: number) => api.get<CalendarYear>(`/calendar/years/${year}`, orgQuery(org));

export const getCalendarStatus = () => api.get<CalendarStatus>('/calendar/status');

export const parseSchedule = (year: number, input: ({ text: string } | { xlsxBase64: string }) & BodyOf<'/calendar/years/{year}/parse', 'post'>) =>
  api.post<ParsedSchedule>(`/calendar/years/${year}/parse`, input);

export const saveSchedule = (year: number, body: BodyOf<'/calendar/years/{year}', 'put'>) =>
  api.put<{ year: number; version: number }>(`/calendar/years/${year}`, body);

export const listOverrides = (year: number) => api.get<ResponseOf<'/calendar/overrides'>>('/calendar/overrides', { year } satisfies QueryOf<'/calendar/overrides'>).then((r) => r.items);

export const createOverride = (body: BodyOf<'/calendar/overrides', 'post'>) =>
  api.post<ResponseOf<'/calendar/overrides', 'post', 201>>('/calendar/overrides', body);

export const deleteOverride = (id: number) => api.delete<void>(`/calendar/overrides/${id}`);

export const addWorkingDays = (from: string, days: number, org?: number) =>
  api.get<ResponseOf<'/calendar/add-working-days'>>('/calendar/add-working-days', { from, days, ...orgQuery(org) } satisfies QueryOf<'/calendar/add-working-days'>);

export const countWorkingDays = (from: string, to: string, org?: number) =>
  api.get<ResponseOf<'/calendar/working-days'>>('/calendar/working-days', { from, to, ...orgQuery(org) } satisfies QueryOf<'/calendar/working-days'>);

/** Query keys: a change to a schedule or an override reads all of calendarKeys.all again. */
export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number, org?: number) => [...calendarKeys.all, 'year', year, org ?? null] as const,
  status: () => [...calendarKeys.all, 'status'] as const,
  overrides: (year: number) => [...calendarKeys.all, 'overrides', year] as const,
};

/**
 * A calendar write (schedule, override). Afterwards — refused or not: a refusal may mean someone
 * changed it meanwhile — every calendar read on screen is read again.
 */
export function useCalendarWrite<V, R>(write: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all }) });
}
