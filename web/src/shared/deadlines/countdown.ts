import type { TFunction } from 'i18next';
import { deadlineMessages } from './deadline.messages';
import { LIVE_STATES, type Deadline } from './deadlines.api';

export type Tone = 'danger' | 'warning' | 'normal' | 'muted';

/** A length of time as people say it: 2 天 3 小时, 3 小时 20 分, 12 分钟. */
export function spanText(seconds: number, t: TFunction): string {
  const minutes = Math.floor(Math.abs(seconds) / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days >= 1) return hours % 24 ? t('deadline.span.daysHours', { days, hours: hours % 24 }) : t('deadline.span.days', { days });
  if (hours >= 1) return minutes % 60 ? t('deadline.span.hoursMinutes', { hours, minutes: minutes % 60 }) : t('deadline.span.hours', { hours });
  if (minutes >= 1) return t('deadline.span.minutes', { count: minutes });
  return t('deadline.span.underMinute');
}

/**
 * How long is left, as the owner reads it: working days for working-day rules ("还剩 2 个工作日"),
 * hours and minutes when it is close or the rule is short, "已逾期 3 小时" after the due time.
 */
export function countdown(d: Deadline, nowMs: number, t: TFunction): { text: string; tone: Tone } {
  if (!LIVE_STATES.includes(d.state)) return { text: t('deadline.countdown.ended'), tone: 'muted' };
  if (d.paused) return { text: t('deadline.countdown.paused'), tone: 'muted' };
  const left = Math.round((d.dueClockMs - nowMs) / 1000);
  const wd = d.workingDaysLeft;
  if (left < 0) {
    const text = wd !== null && wd < 0
      ? t('deadline.countdown.overdueWorkingDays', { count: -wd })
      : t('deadline.countdown.overdue', { span: spanText(-left, t) });
    return { text, tone: 'danger' };
  }
  const soon = d.state === 'due_soon' || d.state === 'overdue' || left < 86_400;
  if (wd !== null && wd > 0) return { text: t('deadline.countdown.workingDaysLeft', { count: wd }), tone: soon || wd <= 1 ? 'warning' : 'normal' };
  return { text: t('deadline.countdown.left', { span: spanText(left, t) }), tone: soon ? 'warning' : 'normal' };
}

export const TONE_COLOURS: Record<Tone, string> = {
  danger: '#cf1322',
  warning: '#d46b08',
  normal: '#12708a',
  muted: '#8c8c8c',
};

export const STATE_TAG_COLOURS: Record<Deadline['state'], string> = {
  open: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  met: 'green',
  missed: 'magenta',
  cancelled: 'default',
};

/** 保单 / Policy: a record type in the UI language (the records themselves are labelled by the server); an unknown type shows its code. */
export function entityTypeName(entityType: string, lang: string): string {
  const labels: Record<string, string> = (lang === 'en' ? deadlineMessages.en : deadlineMessages['zh-CN']).entityTypes;
  return labels[entityType] ?? entityType;
}
