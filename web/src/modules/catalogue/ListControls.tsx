import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** All / active / inactive. */
export function StateFilter({ value, onChange }: { value?: boolean; onChange: (active: boolean | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Select<'active' | 'inactive' | ''>
      value={value === undefined ? '' : value ? 'active' : 'inactive'}
      onChange={(v) => onChange(v === '' ? undefined : v === 'active')}
      style={{ width: 120 }}
      options={[
        { value: '', label: t('catalogue.filters.state') },
        { value: 'active', label: t('catalogue.state.active') },
        { value: 'inactive', label: t('catalogue.state.inactive') },
      ]}
    />
  );
}

/** The count shown and "load more" under a cursor list. */
export function LoadMore({ list }: { list: { items: unknown[]; hasMore: boolean; loading: boolean; loadMore: () => Promise<void> } }) {
  const { t } = useTranslation();
  return (
    <Space style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{t('catalogue.shown', { count: list.items.length })}</Typography.Text>
      {list.hasMore ? (
        <Button onClick={() => void list.loadMore()} loading={list.loading}>
          {t('common.loadMore')}
        </Button>
      ) : (
        list.items.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Space>
  );
}
