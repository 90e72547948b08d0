import { Type, type Static } from '@sinclair/typebox';
import { Id, Version } from '../../platform/http/schemas.js';

export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const OrgQuery = Type.Optional(Id({ description: 'org unit whose local overrides apply (default: yours)' }));

export const DayInfo = Type.Object({
  date: IsoDate,
  workingDay: Type.Boolean(),
  holiday: Type.Union([Type.String(), Type.Null()]),
  holidayEn: Type.Union([Type.String(), Type.Null()]),
  makeupWorkday: Type.Boolean(),
  makeupFor: Type.Union([Type.String(), Type.Null()]),
  local: Type.Boolean(),
  provisional: Type.Boolean(),
});

export const DayParams = Type.Object({ date: IsoDate });
export const OrgOnlyQuery = Type.Object({ org: OrgQuery });
export const AddWorkingDaysQuery = Type.Object({
  from: IsoDate,
  days: Type.Integer({ minimum: -5000, maximum: 5000 }),
  org: OrgQuery,
});
export const CountWorkingDaysQuery = Type.Object({ from: IsoDate, to: IsoDate, org: OrgQuery });
export const YearParams = Type.Object({ year: Type.Integer({ minimum: 1950, maximum: 2200 }) });

export const ScheduleDay = Type.Object({
  date: IsoDate,
  workingDay: Type.Boolean(),
  nameZh: Type.String({ minLength: 1, maxLength: 40 }),
  nameEn: Type.Union([Type.String({ maxLength: 60 }), Type.Null()]),
});
export type ScheduleDay = Static<typeof ScheduleDay>;

export const SaveYearBody = Type.Object({
  /** The version you read; omit when entering a year for the first time. */
  version: Type.Optional(Version()),
  notice: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
  days: Type.Array(ScheduleDay, { maxItems: 120 }),
});
export type SaveYearBody = Static<typeof SaveYearBody>;

export const ParseYearBody = Type.Object({
  /** Pasted text, one rule a line… */
  text: Type.Optional(Type.String({ maxLength: 20_000 })),
  /** …or an .xlsx file, base64-encoded (columns 日期, 类型, 名称, 英文名称). */
  xlsxBase64: Type.Optional(Type.String({ minLength: 1, maxLength: 1_400_000 })),
});

export const OverrideBody = Type.Object({
  orgUnitId: Id(),
  date: IsoDate,
  workingDay: Type.Boolean(),
  nameZh: Type.String({ minLength: 1, maxLength: 40 }),
  nameEn: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
});
export type OverrideBody = Static<typeof OverrideBody>;

export const Override = Type.Object({
  id: Type.Integer(),
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  orgUnitNameEn: Type.Union([Type.String(), Type.Null()]),
  date: IsoDate,
  workingDay: Type.Boolean(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  nameEn: Type.Union([Type.String(), Type.Null()]),
});

/** A whole year for the month grid: whether it is official (entered), and every day of it. */
export const CalendarYear = Type.Object({
  year: Type.Integer(),
  /** The year's national schedule has been entered; otherwise statutory holidays are assumed. */
  official: Type.Boolean(),
  source: Type.Union([Type.String(), Type.Null()]),
  notice: Type.Union([Type.String(), Type.Null()]),
  /** The version to send back when correcting the year; null before it is entered. */
  version: Type.Union([Type.Integer(), Type.Null()]),
  days: Type.Array(DayInfo),
});

/** The preview of a pasted or uploaded schedule: the days read, and every problem with its line. */
export const ParsedSchedule = Type.Object({
  /** The text read (from the xlsx file when one was sent). */
  text: Type.String(),
  days: Type.Array(Type.Object({ date: IsoDate, workingDay: Type.Boolean(), nameZh: Type.String(), nameEn: Type.Union([Type.String(), Type.Null()]) })),
  problems: Type.Array(Type.Object({ line: Type.Integer(), message: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }) })),
});

export const SavedYear = Type.Object({ year: Type.Integer(), version: Type.Integer() });

export const CalendarStatus = Type.Object({
  officialYears: Type.Array(Type.Integer()),
  /** This year and next, those not entered yet. */
  missingYears: Type.Array(Type.Integer()),
  /** This year is missing, or it is October or later and next year is. */
  remindAdmins: Type.Boolean(),
});
