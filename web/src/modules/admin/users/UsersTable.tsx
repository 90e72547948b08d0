import { Space, Tag, Tooltip } from 'antd';
import type { ListColumn } from '../../../shared/list/ListPage';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { formatDateTime, localName } from '../../../shared/format';
import type { OrgUnit } from '../../../shared/org/org-units.api';
import { RevealMobile } from './RevealMobile';
import type { User } from './users.api';

/** The user list's columns: username, name and org unit sortable; the actions column when given. */
export function useUserColumns({ orgById, renderActions }: { orgById: Map<number, OrgUnit>; renderActions?: (user: User) => React.ReactNode }): ListColumn<User>[] {
  const { t, i18n } = useTranslation();
  const { can, roleName } = useSession();
  const lang = i18n.language;
  const orgName = (id: number, fallback: string) => {
    const unit = orgById.get(id);
    return unit ? localName(unit, lang) : fallback;
  };

  return [
    { key: 'username', sortKey: 'username', title: t('users.columns.username'), dataIndex: 'username', render: (v: string) => <span data-testid="user-username">{v}</span> },
    { key: 'displayName', sortKey: 'displayName', title: t('users.columns.displayName'), dataIndex: 'displayName' },
    { key: 'orgUnit', sortKey: 'orgUnit', title: t('users.columns.orgUnit'), render: (_, u) => <span data-testid="user-org">{orgName(u.orgUnitId, u.orgUnitName)}</span> },
    {
      key: 'roles',
      title: t('users.columns.roles'),
      render: (_, u) => (
        <Space size={4} wrap>
          {u.roles.map((r) => (
            <Tag key={`${r.role}@${r.orgUnitId}`} color="cyan">
              {roleName(r.role)}
              {r.orgUnitId !== u.orgUnitId ? ` · ${orgName(r.orgUnitId, r.orgUnitName)}` : ''}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('users.columns.status'),
      filterKey: 'status',
      filterOptions: [
        { value: 'active', text: t('common.status.active') },
        { value: 'disabled', text: t('common.status.disabled') },
      ],
      render: (_, u) => (
        <Space size={4} wrap>
          {u.status === 'active' ? <Tag color="green">{t('common.status.active')}</Tag> : <Tag>{t('common.status.disabled')}</Tag>}
          {u.lockedUntil && (
            <Tooltip title={t('users.lockedUntil', { until: formatDateTime(u.lockedUntil, lang) })}>
              <Tag color="red" data-testid="user-locked">{t('users.locked')}</Tag>
            </Tooltip>
          )}
          {u.mustChangePassword && <Tag color="orange">{t('users.mustChange')}</Tag>}
        </Space>
      ),
    },
    { key: 'mobile', title: t('users.columns.mobile'), render: (_, u) => <RevealMobile user={u} canReveal={can('pii.reveal')} /> },
    {
      key: 'lastLoginAt',
      title: t('users.columns.lastLoginAt'),
      render: (_, u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, lang) : t('users.never')),
    },
    ...(renderActions ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, u: User) => renderActions(u) }] : []),
  ];
}
