import { Button, Descriptions, Drawer, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../../../shared/list/ListPage';
import { formatDateTime, localName } from '../../../shared/format';
import type { AuditEntry } from './audit.api';
import { actionLabel, entityTypeLabel } from './labels';

const json = (value: unknown) =>
  value === null || value === undefined ? '—' : <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;

/** The audit list's columns: seq and time sortable; the actor is a link that filters the list to that actor. */
export function useAuditColumns({ onActor }: { onActor: (actorId: number) => void }): ListColumn<AuditEntry>[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return [
    { key: 'seq', sortKey: 'seq', title: t('audit.columns.seq'), dataIndex: 'seq', width: 90 },
    { key: 'at', sortKey: 'at', title: t('audit.columns.at'), render: (_, e) => formatDateTime(e.at, lang), width: 190 },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      render: (_, e) => {
        if (!e.actorName) return t('audit.system');
        const text = `${e.actorName}${e.actorId ? ` #${e.actorId}` : ''}`;
        if (!e.actorId) return text;
        const actorId = e.actorId;
        return (
          <Tooltip title={t('audit.filters.byActor')}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={(event) => {
                event.stopPropagation();
                onActor(actorId);
              }}
              data-testid="audit-actor"
            >
              {text}
            </Button>
          </Tooltip>
        );
      },
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
    {
      key: 'orgUnit',
      title: t('audit.columns.orgUnit'),
      render: (_, e) => <span data-testid="audit-org">{e.orgUnitName ? localName(e.orgUnitName, e.orgUnitNameEn, lang) : '—'}</span>,
    },
  ];
}

/** One entry in full: what it changed (before and after, already masked), its request and its link in the chain. */
export function AuditEntryDrawer({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={entry !== null} onClose={onClose} size="large" title={entry && t('audit.details', { seq: entry.seq })} data-testid="audit-details">
      {entry && (
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'before', label: t('audit.columns.before'), children: json(entry.before) },
            { key: 'after', label: t('audit.columns.after'), children: json(entry.after) },
            { key: 'requestId', label: t('audit.columns.requestId'), children: entry.requestId ?? '—' },
            { key: 'hash', label: t('audit.columns.hash'), children: <Typography.Text code data-testid="audit-details-hash">{entry.hash}</Typography.Text> },
          ]}
        />
      )}
    </Drawer>
  );
}
