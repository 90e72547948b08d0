import { Button, Space, Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { ActiveToggle } from './ActiveToggle';

type Entry = { id: number; name: string; active: boolean; version: number };

/**
 * The 状态 column of a catalogue table and, for editors, its 操作 column: edit, and 启用 / 停用
 * sent with the version read — on a conflict the row shows the entry as it now is.
 */
export function entryColumns<T extends Entry>({
  t, canEdit, testIdPrefix, onEdit, update, replace,
}: {
  t: TFunction;
  canEdit: boolean;
  testIdPrefix: string;
  onEdit: (entry: T) => void;
  update: (id: number, change: { version: number; active: boolean }) => Promise<T>;
  replace: (entry: T) => void;
}): TableColumnsType<T> {
  const toggle = async (entry: T, active: boolean) => {
    try {
      replace(await update(entry.id, { version: entry.version, active }));
    } catch (err) {
      const current = err instanceof ApiError ? err.current<T>() : undefined;
      if (current) replace(current);
      throw err;
    }
  };
  const columns: TableColumnsType<T> = [
    {
      key: 'state',
      title: t('catalogue.state.column'),
      render: (_, e) => (e.active ? <Tag color="green">{t('catalogue.state.active')}</Tag> : <Tag>{t('catalogue.state.inactive')}</Tag>),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, e) => (
        <Space>
          <Button size="small" onClick={() => onEdit(e)} data-testid={`${testIdPrefix}-edit-${e.id}`}>
            {t('catalogue.actions.edit')}
          </Button>
          <ActiveToggle name={e.name} active={e.active} onToggle={(active) => toggle(e, active)} testId={`${testIdPrefix}-toggle-${e.id}`} />
        </Space>
      ),
    });
  }
  return columns;
}
