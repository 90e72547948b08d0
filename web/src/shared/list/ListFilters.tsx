import { Button, DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListState } from './useListParams';

/** The filter bar above a list: its controls, and "clear filters" once any is set. */
export function FilterBar({ list, children, testId }: { list: ListState; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
      {Object.keys(list.filters).length > 0 && (
        <Button type="link" onClick={list.clearFilters} data-testid={`${testId}-clear`}>
          {t('list.clearFilters')}
        </Button>
      )}
    </Space>
  );
}

/**
 * A date range filter bound to two address parameters (Beijing dates, both ends included). antd
 * date pickers written YYYY-MM-DD in both languages (a browser date input writes the browser's
 * own format, e.g. 12/06/2026 in en-US: a second date format on screen).
 */
export function DateRangeFilter({ list, label, from, to, testId }: { list: ListState; label: ReactNode; from: string; to: string; testId: string }) {
  const { t } = useTranslation();
  const filters = list.filters as Record<string, string | undefined>;
  const picker = (key: string, placeholder: string) => {
    const value = filters[key] ? dayjs(filters[key]) : null;
    return (
      <DatePicker
        format={DATE_FORMAT}
        placeholder={placeholder}
        aria-label={`${typeof label === 'string' ? label : ''} ${placeholder}`}
        value={value?.isValid() ? value : null}
        minDate={MIN_DATE}
        maxDate={MAX_DATE}
        onChange={(d: Dayjs | null) => list.setFilters({ [key]: d ? d.format(DATE_FORMAT) : undefined })}
        style={{ width: 150 }}
        data-testid={`${testId}-${key === from ? 'from' : 'to'}`}
      />
    );
  };
  return (
    <Space.Compact data-testid={testId}>
      <Typography.Text type="secondary" style={{ alignSelf: 'center', paddingInline: 8 }}>
        {label}
      </Typography.Text>
      {picker(from, t('list.from'))}
      {picker(to, t('list.to'))}
    </Space.Compact>
  );
}

const DATE_FORMAT = 'YYYY-MM-DD';
const MIN_DATE = dayjs('1900-01-01');
const MAX_DATE = dayjs('2199-12-31');
