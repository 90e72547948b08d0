import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AddWorkingDaysQuery, CalendarStatus, CalendarYear, CountWorkingDaysQuery, DayInfo, DayParams, IsoDate, OrgOnlyQuery, Override,
  OverrideBody, ParsedSchedule, ParseYearBody, SavedYear, SaveYearBody, YearParams,
} from './calendar.types.js';
import { calendarOrg } from './calendar-context.js';
import { calendarStatus, readYear } from './find-calendar.js';
import { MAX_YEAR, MIN_YEAR, type DayInfo as WorkingDayInfo } from './working-calendar.js';
import { parseSchedule } from './parse-schedule.js';
import { readScheduleXlsx } from './read-schedule-xlsx.js';
import { saveYearSchedule } from './save-year-schedule.js';
import { createOverride, deleteOverride, listOverrides } from './manage-overrides.js';
import { Id } from '../../platform/http/schemas.js';
import { invalid } from '../../platform/http/errors.js';
import { contextOf } from '../../platform/http/request-context.js';

const tags = ['calendar'];
const IdParams = Type.Object({ id: Id() });

export async function calendarRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // The documented answer of /days/{date}: date, workingDay, holiday, makeupWorkday, provisional.
  const dayInfo = ({ date, workingDay, holiday, makeupWorkday, provisional }: WorkingDayInfo) =>
    ({ date, workingDay, holiday, makeupWorkday, provisional });

  app.get(
    '/api/v1/calendar/days/:date',
    {
      config: { permission: 'calendar.read' },
      schema: { tags, summary: 'Is a date a working day, a holiday (with its name) or a make-up working day', params: DayParams, querystring: OrgOnlyQuery, response: { 200: Type.Pick(DayInfo, ['date', 'workingDay', 'holiday', 'makeupWorkday', 'provisional']) } },
    },
    async (req) => {
      const ctx = contextOf(req);
      return dayInfo((await ctx.calendar.forOrg(calendarOrg(ctx, req.query.org))).day(req.params.date));
    },
  );

  app.get(
    '/api/v1/calendar/add-working-days',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags, summary: 'The N-th working day after `from` (N < 0: before); `from` itself is not counted',
        querystring: AddWorkingDaysQuery, response: { 200: Type.Object({ date: IsoDate, provisional: Type.Boolean() }) },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      const calendar = await ctx.calendar.forOrg(calendarOrg(ctx, req.query.org));
      try {
        return calendar.addWorkingDays(req.query.from, req.query.days);
      } catch (err) {
        // From a date near either end of the calendar, N working days can step past it.
        if (err instanceof RangeError) throw invalid({ path: 'query.days', reason: 'outsideCalendar', params: { from: MIN_YEAR, to: MAX_YEAR } });
        throw err;
      }
    },
  );

  app.get(
    '/api/v1/calendar/working-days',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags, summary: 'Working days from `from` to `to`, both included', querystring: CountWorkingDaysQuery,
        response: { 200: Type.Object({ count: Type.Integer(), provisional: Type.Boolean() }) },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      return (await ctx.calendar.forOrg(calendarOrg(ctx, req.query.org))).countWorkingDays(req.query.from, req.query.to);
    },
  );

  app.get(
    '/api/v1/calendar/years/:year',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags, summary: 'Every day of a year, for the month grid', params: YearParams, querystring: OrgOnlyQuery,
        response: { 200: CalendarYear },
      },
    },
    async (req) => readYear(contextOf(req), req.params.year, req.query.org),
  );

  app.get(
    '/api/v1/calendar/status',
    {
      config: { permission: 'calendar.read' },
      schema: { tags, summary: 'Which years are official, and whether next year still needs entering', response: { 200: CalendarStatus } },
    },
    async (req) => calendarStatus(contextOf(req)),
  );

  app.post(
    '/api/v1/calendar/years/:year/parse',
    {
      config: { permission: 'calendar.manage', auditRequired: false }, // a preview: changes nothing
      schema: {
        tags, summary: 'Preview a pasted schedule (one rule a line) or an uploaded xlsx before saving it', params: YearParams, body: ParseYearBody,
        response: { 200: ParsedSchedule },
      },
    },
    async (req) => {
      const text = req.body.xlsxBase64 ? await readScheduleXlsx(Buffer.from(req.body.xlsxBase64, 'base64')) : req.body.text ?? '';
      return { text, ...parseSchedule(text, req.params.year) };
    },
  );

  app.put(
    '/api/v1/calendar/years/:year',
    {
      config: { permission: 'calendar.manage' },
      schema: {
        tags, summary: "Enter or correct a year's national schedule (holidays and make-up working days)", params: YearParams, body: SaveYearBody,
        response: { 200: SavedYear },
      },
    },
    async (req) => saveYearSchedule(contextOf(req), req.params.year, req.body),
  );

  app.get(
    '/api/v1/calendar/overrides',
    {
      config: { permission: 'calendar.read' },
      schema: { tags, summary: 'Local overrides in your scope', querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2200 })) }), response: { 200: Type.Object({ items: Type.Array(Override) }) } },
    },
    async (req) => ({ items: await listOverrides(contextOf(req), req.query.year) }),
  );

  app.post(
    '/api/v1/calendar/overrides',
    {
      config: { permission: 'calendar.manage' },
      schema: { tags, summary: 'Add a local day off or working day for an org unit and the units below it', body: OverrideBody, response: { 201: Override } },
    },
    async (req, reply) => reply.status(201).send(await createOverride(contextOf(req), req.body)),
  );

  app.delete(
    '/api/v1/calendar/overrides/:id',
    {
      config: { permission: 'calendar.manage', entity: 'calendar_override' },
      schema: { tags, summary: 'Remove a local override', params: IdParams },
    },
    async (req, reply) => {
      await deleteOverride(contextOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
