import { Alert, Button, Input, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { useCursorList } from '../../shared/useCursorList';
import { useNotify } from '../../shared/useNotify';
import { InsurerFormModal } from './InsurerFormModal';
import { LoadMore, StateFilter } from './ListControls';
import { catalogueKeys, listInsurers, updateInsurer, useCatalogueWrite, type Insurer, type InsurerFilters } from './catalogue.api';
import { entryColumns } from './entry-columns';
import { localName } from '../../shared/format';

/** 保险公司: filter by name/code and state; with catalog.manage at head office, add, edit and (de)activate. */
export function InsurersTab({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [filters, setFilters] = useState<InsurerFilters>({});
  const list = useCursorList(catalogueKeys.insurers(), listInsurers, filters);
  const [dialog, setDialog] = useState<{ insurer?: Insurer } | null>(null);
  const replace = (i: Insurer) => list.setItems((items) => items.map((x) => (x.id === i.id ? i : x)));
  const toggle = useCatalogueWrite(({ id, change }: { id: number; change: { version: number; active: boolean } }) => updateInsurer(id, change));

  const columns: TableColumnsType<Insurer> = [
    { key: 'code', title: t('catalogue.insurer.code'), dataIndex: 'code', width: 120 },
    {
      key: 'name',
      title: t('catalogue.insurer.name'),
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="insurer-name">{localName(i, i18n.language)}</span>
          {i.nameEn && <Typography.Text type="secondary">{i.nameEn}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'contact', title: t('catalogue.insurer.contactPerson'), render: (_, i) => i.contactPerson ?? '—' },
    { key: 'phone', title: t('catalogue.insurer.servicePhone'), render: (_, i) => i.servicePhone ?? '—' },
    ...entryColumns<Insurer>({
      t, canEdit, testIdPrefix: 'insurer', onEdit: (insurer) => setDialog({ insurer }), update: (id, change) => toggle.mutateAsync({ id, change }), replace,
    }),
  ];

  return (
    <div data-testid="insurers-tab">
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('catalogue.filters.q')}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
          style={{ width: 240 }}
          data-testid="insurers-filter-q"
        />
        <StateFilter value={filters.active} onChange={(active) => setFilters((f) => ({ ...f, active }))} />
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})} data-testid="insurer-create">
            {t('catalogue.actions.createInsurer')}
          </Button>
        )}
      </Space>
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <Table<Insurer>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        onRow={(i) => ({ 'data-testid': `insurer-row-${i.id}` }) as React.HTMLAttributes<HTMLElement>}
        data-testid="insurers-table"
      />
      <LoadMore list={list} />
      {dialog && (
        <InsurerFormModal
          insurer={dialog.insurer}
          onClose={() => setDialog(null)}
          onConflict={replace}
          onSaved={(insurer, created) => {
            if (created) list.setItems((items) => [...items, insurer]);
            else replace(insurer);
            setDialog(null);
            notify.success(created ? t('catalogue.done.created', { name: localName(insurer, i18n.language) }) : t('catalogue.done.saved'));
          }}
        />
      )}
    </div>
  );
}
