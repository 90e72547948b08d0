import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineCard } from './DeadlineCard';
import type { Deadline } from './deadlines.api';

/** A column of deadline cards, or a quiet "none" when there are none. */
export function DeadlineCards({
  items, onChanged, emptyText, testId,
}: {
  items: Deadline[];
  onChanged: (updated: Deadline) => void;
  emptyText?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <div style={{ padding: '10px 12px', border: '1px dashed #d9d9d9', borderRadius: 6 }} data-testid={testId}>
        <Typography.Text type="secondary">{emptyText ?? t('deadline.empty')}</Typography.Text>
      </div>
    );
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid={testId}>
      {items.map((d) => (
        <DeadlineCard key={d.id} deadline={d} onChanged={onChanged} />
      ))}
    </div>
  );
}

/** Replace one deadline in a list by id (after a pause, resume, cancel or refresh). */
export function replaceDeadline(items: Deadline[], updated: Deadline): Deadline[] {
  return items.map((d) => (d.id === updated.id ? updated : d));
}
