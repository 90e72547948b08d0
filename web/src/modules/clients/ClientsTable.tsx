import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { beijingToday, localName } from '../../shared/format';
import type { ListColumn } from '../../shared/list/ListPage';
import type { Client } from './clients.api';

// The English name of the org unit, where the server sends it (another change adds it to the answer).
type Named = { orgUnitNameEn?: string | null };

/** The client list's columns: masked mobile; the name opens the record; name, created and org unit sortable; kind and archive filterable. */
export function useClientColumns(): ListColumn<Client>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      key: 'name',
      sortKey: 'name',
      title: t('clients.columns.name'),
      render: (_, c) => (
        <Link to={`/clients/${c.id}`} data-testid={`client-open-${c.id}`}>
          <span data-testid="client-name">{c.name}</span>
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('clients.columns.kind'),
      filterKey: 'kind',
      filterOptions: (['person', 'organisation'] as const).map((k) => ({ value: k, text: t(`clients.kinds.${k}`) })),
      render: (_, c) => <Tag color={c.kind === 'person' ? 'blue' : 'purple'}>{t(`clients.kinds.${c.kind}`)}</Tag>,
    },
    {
      key: 'mobile',
      title: t('clients.columns.mobile'),
      render: (_, c) => <span data-testid="client-mobile">{c.mobile ?? '—'}</span>,
    },
    {
      key: 'agent',
      title: t('clients.columns.agent'),
      render: (_, c) => c.agentName ?? <Typography.Text type="secondary">{t('clients.noAgent')}</Typography.Text>,
    },
    {
      key: 'orgUnit',
      sortKey: 'orgUnit',
      title: t('clients.columns.orgUnit'),
      render: (_, c) => localName(c.orgUnitName, (c as Client & Named).orgUnitNameEn, i18n.language),
    },
    {
      key: 'archive',
      title: t('clients.columns.archive'),
      filterKey: 'archive',
      filterOptions: [
        { value: 'complete', text: t('clients.archived') },
        { value: 'incomplete', text: t('clients.incomplete') },
      ],
      render: (_, c) =>
        c.archivedAt ? <Tag color="green">{t('clients.archived')}</Tag> : <Tag color="orange">{t('clients.incomplete')}</Tag>,
    },
    { key: 'createdAt', sortKey: 'createdAt', title: t('list.createdOn'), render: (_, c) => <span data-testid="client-created">{beijingToday(new Date(c.createdAt))}</span> },
  ];
}
