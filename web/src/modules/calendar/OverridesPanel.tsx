import { Button, Card, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateWithWeekday, localName } from '../../shared/format';
import type { OrgNode, OrgUnit } from '../../shared/org/org-units.api';
import { useNotify } from '../../shared/useNotify';
import { deleteOverride, useCalendarWrite, type CalendarOverride } from './calendar.api';
import { OverrideFormModal } from './OverrideFormModal';

/** The local days off and working days of the year in the user's scope; admins add and delete them. */
export function OverridesPanel({
  year, overrides, applying, loading, canManage, tree, unitsById, defaultOrgId,
}: {
  year: number;
  overrides: CalendarOverride[];
  /** Those that apply to the org unit shown (its own or an ancestor's). */
  applying: ReadonlySet<number>;
  loading: boolean;
  canManage: boolean;
  tree: OrgNode[];
  /** For the units' names in the UI language (the list sends the Chinese name). */
  unitsById: ReadonlyMap<number, OrgUnit>;
  defaultOrgId: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const [adding, setAdding] = useState(false);
  const orgName = (o: CalendarOverride) => localName({ name: o.orgUnitName, nameEn: o.orgUnitNameEn }, lang);

  const removing = useCalendarWrite(deleteOverride);
  const remove = async (o: CalendarOverride) => {
    try {
      await removing.mutateAsync(o.id);
      notify.success(t('calendar.overrides.deleted'));
    } catch (err) {
      notify.error(err);
    }
  };

  const columns: TableColumnsType<CalendarOverride> = [
    {
      key: 'date',
      title: t('calendar.overrides.columns.date'),
      render: (_, o) => (
        <Space size={4}>
          {formatDateWithWeekday(o.date, lang)}
          {applying.has(o.id) && <Tag color="purple" title={t('calendar.overrides.applies')}>✓</Tag>}
        </Space>
      ),
    },
    { key: 'org', title: t('calendar.overrides.columns.org'), render: (_, o) => orgName(o) },
    {
      key: 'kind',
      title: t('calendar.overrides.columns.kind'),
      render: (_, o) => (o.workingDay ? <Tag color="orange">{t('calendar.overrides.kinds.work')}</Tag> : <Tag color="red">{t('calendar.overrides.kinds.off')}</Tag>),
    },
    { key: 'name', title: t('calendar.overrides.columns.name'), render: (_, o) => (lang === 'en' && o.nameEn ? o.nameEn : o.nameZh) },
    ...(canManage
      ? [{
          key: 'actions',
          title: t('common.actions'),
          render: (_: unknown, o: CalendarOverride) => (
            <Popconfirm
              title={t('calendar.overrides.confirmDelete', { org: orgName(o), date: o.date })}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'override-delete-confirm' }}
              onConfirm={() => remove(o)}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid={`override-delete-${o.date}`}>
                {t('calendar.overrides.delete')}
              </Button>
            </Popconfirm>
          ),
        }]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('calendar.overrides.title')}
      data-testid="calendar-overrides"
      extra={
        canManage && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="override-add">
            {t('calendar.overrides.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>{t('calendar.overrides.intro')}</Typography.Paragraph>
      <Table<CalendarOverride>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={overrides}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('calendar.overrides.empty', { year }) }}
        onRow={(o) => ({ 'data-testid': `override-row-${o.date}` }) as React.HTMLAttributes<HTMLElement>}
      />
      {adding && (
        <OverrideFormModal
          year={year}
          tree={tree}
          defaultOrgId={defaultOrgId}
          onSaved={() => {
            setAdding(false);
            notify.success(t('calendar.overrides.created'));
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}
