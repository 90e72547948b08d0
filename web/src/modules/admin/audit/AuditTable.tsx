import { Descriptions, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import type { AuditEntry } from './audit.api';
import { actionLabel, entityTypeLabel } from './labels';

const json = (value: unknown) =>
  value === null || value === undefined ? '—' : <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;

export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'seq', title: t('audit.columns.seq'), dataIndex: 'seq', width: 80 },
    { key: 'at', title: t('audit.columns.at'), render: (_, e) => formatDateTime(e.at, lang), width: 190 },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      render: (_, e) => (e.actorName ? `${e.actorName}${e.actorId ? ` #${e.actorId}` : ''}` : t('audit.system')),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, e) => (
        <span data-testid="audit-action">
          {actionLabel(e.action, lang)} <Typography.Text type="secondary" code>{e.action}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      render: (_, e) => `${entityTypeLabel(e.entityType, lang)}${e.entityId ? ` #${e.entityId}` : ''}`,
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(e) => ({ 'data-testid': `audit-row-${e.seq}` }) as React.HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowRender: (e) => (
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'before', label: t('audit.columns.before'), children: json(e.before) },
              { key: 'after', label: t('audit.columns.after'), children: json(e.after) },
              { key: 'requestId', label: t('audit.columns.requestId'), children: e.requestId ?? '—' },
              { key: 'hash', label: t('audit.columns.hash'), children: <Typography.Text code>{e.hash}</Typography.Text> },
            ]}
          />
        ),
      }}
    />
  );
}
