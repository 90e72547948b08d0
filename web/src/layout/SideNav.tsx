import { Badge, Menu, type MenuProps } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { GROUPS, visibleModules, type ModuleEntry } from '../modules/catalog';
import { useSession } from '../session/useSession';
import { useDeadlineCounts } from '../shared/deadlines/useDeadlineCounts';

/**
 * A label wraps instead of being cut off (issue 11, item 5: the English names are longer than the
 * Chinese ones, "Inquiries, appointments & complaints"); antd's menu item is one line of fixed height.
 */
const WRAP = { whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: '20px', display: 'inline-block', verticalAlign: 'middle' } as const;
const ITEM = { height: 'auto', minHeight: 40, lineHeight: '20px', paddingBlock: 10, whiteSpace: 'normal' } as const;

/** Modules grouped as in SPEC.md; only those the user's roles open are listed. When collapsed, each icon's tooltip names it. */
export function SideNav() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const modules = visibleModules(can);
  const counts = useDeadlineCounts(can('deadline.read'));

  const label = (m: ModuleEntry) => {
    const name = <span data-testid={`nav-${m.key}`} style={WRAP}>{t(`catalog.modules.${m.key}.name`)}</span>;
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
    { key: '/', icon: <HomeOutlined />, title: t('catalog.groups.home'), label: <span data-testid="nav-home" style={WRAP}>{t('catalog.groups.home')}</span> },
    ...GROUPS.flatMap((group) => {
      const children = modules.filter((m) => m.group === group);
      if (children.length === 0) return [];
      return [{
        type: 'group' as const,
        key: `group-${group}`,
        label: <span data-testid={`nav-group-${group}`} style={WRAP}>{t(`catalog.groups.${group}`)}</span>,
        children: children.map((m) => ({
          key: m.path,
          icon: m.icon,
          title: t(`catalog.modules.${m.key}.name`),
          style: ITEM,
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
