import { Col, Row, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, CalendarOverride } from './calendar.api';
import { KIND_STYLES, MonthGrid } from './MonthGrid';

/** Twelve months of one year, with a legend. */
export function YearGrid({ days, local, today }: { days: CalendarDay[]; local: Map<string, CalendarOverride>; today: string }) {
  const months = useMemo(() => {
    const byMonth: CalendarDay[][] = Array.from({ length: 12 }, () => []);
    for (const d of days) byMonth[Number(d.date.slice(5, 7)) - 1]!.push(d);
    return byMonth;
  }, [days]);
  return (
    <>
      <Legend />
      <Row gutter={[12, 12]} data-testid="calendar-grid">
        {months.map((monthDays, i) => (
          <Col key={i} xs={24} sm={12} lg={8} xxl={6}>
            <MonthGrid month={i + 1} days={monthDays} local={local} today={today} />
          </Col>
        ))}
      </Row>
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  const swatch = (background: string, color: string, border?: string) => (
    <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background, border: border ?? `1px solid ${color}33`, verticalAlign: -2 }} />
  );
  const items = [
    { key: 'holiday', node: swatch(KIND_STYLES.holiday.background, KIND_STYLES.holiday.color), text: t('calendar.legend.holiday') },
    { key: 'makeup', node: swatch(KIND_STYLES.makeup.background, KIND_STYLES.makeup.color), text: t('calendar.legend.makeup') },
    { key: 'weekend', node: swatch(KIND_STYLES.weekend.background, KIND_STYLES.weekend.color), text: t('calendar.legend.weekend') },
    { key: 'local', node: swatch(KIND_STYLES.localOff.background, KIND_STYLES.localOff.color, KIND_STYLES.localOff.border), text: t('calendar.legend.local') },
    { key: 'today', node: swatch('#fff', '#12708a', '2px solid #12708a'), text: t('calendar.legend.today') },
  ];
  return (
    <Space size={16} wrap style={{ marginBottom: 12 }} data-testid="calendar-legend">
      {items.map((i) => (
        <Space key={i.key} size={6}>
          {i.node}
          <Typography.Text type="secondary">{i.text}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
