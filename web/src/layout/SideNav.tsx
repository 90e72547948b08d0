import { Badge, Menu, type MenuProps } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { GROUPS, visibleModules, type ModuleEntry } from '../modules/catalog';
import { useSession } from '../session/useSession';
import { useDeadlineCounts } from '../shared/deadlines/useDeadlineCounts';

/** Modules grouped as in SPEC.md; only those the user's roles open are listed. */
export function SideNav() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const modules = visibleModules(can);
  const counts = useDeadlineCounts(can('deadline.read'));

  const label = (m: ModuleEntry) => {
    const name = <span data-testid={`nav-${m.key}`}>{t(`catalog.modules.${m.key}.name`)}</span>;
    if (m.key !== 'dueItems' || !counts) return name;
    // Overdue and due soon together; red while anything is overdue.
    const { overdue, dueSoon } = counts.mine;
    return (
      <span title={t('layout.dueBadge', { overdue, dueSoon })} style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
        {name}
        <Badge
          count={overdue + dueSoon}
          overflowCount={99}
          size="small"
          color={overdue > 0 ? '#cf1322' : '#d46b08'}
          data-testid="nav-dueItems-badge"
        />
      </span>
    );
  };

  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: <span data-testid="nav-home">{t('catalog.groups.home')}</span> },
    ...GROUPS.flatMap((group) => {
      const children = modules.filter((m) => m.group === group);
      if (children.length === 0) return [];
      return [{
        type: 'group' as const,
        key: `group-${group}`,
        label: <span data-testid={`nav-group-${group}`}>{t(`catalog.groups.${group}`)}</span>,
        children: children.map((m) => ({
          key: m.path,
          icon: m.icon,
          label: label(m),
        })),
      }];
    }),
  ];
  const selected = modules.find((m) => pathname === m.path || pathname.startsWith(`${m.path}/`))?.path ?? (pathname === '/' ? '/' : '');

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-nav"
    />
  );
}
