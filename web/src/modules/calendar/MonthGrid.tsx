import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateWithWeekday, localName, weekdayOf } from '../../shared/format';
import type { CalendarDay, CalendarOverride } from './calendar.api';
import { dayKind, type DayKind } from './calendar-model';

export const KIND_STYLES: Record<DayKind, { background: string; color: string; border?: string }> = {
  holiday: { background: '#fff1f0', color: '#cf1322' },
  makeup: { background: '#fff7e6', color: '#d46b08' },
  weekend: { background: '#f5f5f5', color: '#8c8c8c' },
  workday: { background: '#ffffff', color: '#262626' },
  localOff: { background: '#f9f0ff', color: '#722ed1', border: '1px dashed #9254de' },
  localWork: { background: '#f9f0ff', color: '#531dab', border: '1px dashed #9254de' },
};

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One month, weeks starting on Monday; each day coloured by kind, named when it is a holiday. */
export function MonthGrid({
  month, days, local, today,
}: {
  /** 1-12 */
  month: number;
  days: CalendarDay[];
  local: Map<string, CalendarOverride>;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const en = lang === 'en';
  const first = days[0];
  if (!first) return null;
  const lead = (weekdayOf(first.date) + 6) % 7; // blanks before the 1st, Monday first
  const monthName = new Intl.DateTimeFormat(en ? 'en-GB' : 'zh-CN', { month: en ? 'long' : 'short', timeZone: 'UTC' }).format(
    new Date(`${first.date}T00:00:00Z`),
  );

  const cell = (day: CalendarDay) => {
    const override = local.get(day.date);
    const kind = dayKind(day, override);
    const style = KIND_STYLES[kind];
    const off = kind === 'holiday' || kind === 'localOff';
    const work = kind === 'makeup' || kind === 'localWork';
    const overrideName = override ? (en && override.nameEn ? override.nameEn : override.nameZh) : null;
    const label =
      kind === 'holiday' ? (en ? day.holidayEn ?? day.holiday : day.holiday)
      : kind === 'makeup' ? t('calendar.makeupLabel')
      : overrideName;
    const title = [
      formatDateWithWeekday(day.date, lang),
      t(`calendar.kinds.${kind}`),
      kind === 'holiday' || kind === 'makeup' ? label : null,
      override ? `${overrideName ?? ''} · ${t('calendar.localBy', { org: localName({ name: override.orgUnitName, nameEn: override.orgUnitNameEn }, lang) })}` : null,
      day.provisional ? t('calendar.provisionalDay') : null,
    ].filter(Boolean).join(' · ');
    const isToday = day.date === today;
    const box: CSSProperties = {
      position: 'relative',
      height: 46,
      borderRadius: 4,
      padding: '2px 3px',
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      background: style.background,
      color: style.color,
      border: style.border ?? '1px solid transparent',
      boxShadow: isToday ? 'inset 0 0 0 2px #12708a' : undefined,
      overflow: 'hidden',
      cursor: 'default',
    };
    return (
      <div key={day.date} style={box} title={title} data-testid={`calendar-day-${day.date}`} data-kind={kind} data-today={isToday || undefined}>
        {(off || work) && (
          <span
            style={{
              position: 'absolute', top: 0, right: 0, fontSize: 9, lineHeight: '11px', fontWeight: 600,
              color: off ? style.color : '#fff', background: off ? 'transparent' : style.color, borderRadius: 2, padding: work ? '0 1px' : '0 1px',
            }}
            data-testid="calendar-day-badge"
          >
            {off ? t('calendar.badge.off') : t('calendar.badge.work')}
          </span>
        )}
        <span style={{ fontSize: 15, fontWeight: kind === 'workday' || kind === 'weekend' ? 400 : 600, lineHeight: '18px' }}>
          {Number(day.date.slice(8))}
        </span>
        <span
          style={{ fontSize: 10, lineHeight: '12px', maxWidth: '100%', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minHeight: 12 }}
          data-testid="calendar-day-label"
        >
          {label ?? ''}
        </span>
      </div>
    );
  };

  return (
    <div data-testid={`calendar-month-${month}`} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 10, background: '#fff' }}>
      <div style={{ fontWeight: 600, fontSize: 15, marginBottom: 6, color: '#12708a' }}>{monthName}</div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 3 }}>
        {WEEKDAY_KEYS.map((k, i) => (
          <div key={k} style={{ textAlign: 'center', fontSize: 12, color: i >= 5 ? '#8c8c8c' : '#595959' }}>
            {t(`calendar.weekdays.${k}`)}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => <div key={`blank-${i}`} />)}
        {days.map(cell)}
      </div>
    </div>
  );
}
