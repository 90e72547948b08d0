import type { MessageTable } from '../../platform/http/messages.js';

// What the working-day calendar tells an administrator, in zh-CN and English.
export const CALENDAR_FIELD_MESSAGES = {
  dateOutsideYear: { 'zh-CN': '日期不在 {year} 年内', en: 'the date is not in {year}' },
  duplicateDate: { 'zh-CN': '日期重复', en: 'this date appears twice' },
  makeupNotWeekend: {
    'zh-CN': '调休上班日应在周末（工作日本来就上班）',
    en: 'a make-up working day must fall on a weekend (weekdays are working days anyway)',
  },
  outsideCalendar: {
    'zh-CN': '推算结果超出日历覆盖的年份（{from}-{to} 年），请减少天数',
    en: 'the result falls outside the years the calendar covers ({from}-{to}); use fewer days',
  },
  overrideExists: { 'zh-CN': '该机构在这一天已有本地规则', en: 'this org unit already has a local rule for this date' },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof CALENDAR_FIELD_MESSAGES, true> {}
}
