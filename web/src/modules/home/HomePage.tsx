import { Alert, Card, Col, Row, Space, Spin, Statistic, Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined, FieldTimeOutlined, TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { DeadlineCards, deadlineKeys, replaceDeadline, useDeadlineCounts, type Deadline } from '../../shared/deadlines';
import { errorText } from '../../shared/errors';
import { RecentRecordsCard } from '../../shared/RecentRecordsCard';
import { formatDateWithWeekday, localName } from '../../shared/format';
import { visibleModules } from '../catalog';
import { DEMO_USERS } from './demo-users';
import { useDemoStatus, useFirstDeadlines } from './home.api';
import { useQueueSummary } from '../queues/queues.api';

type CountKey = 'overdue' | 'dueToday' | 'dueThisWeek';
/** Each count opens 我的待办 at its own section (MyDueSections: ?show=). */
const COUNTS: { key: CountKey; show: string; icon: ReactNode; colour: string }[] = [
  { key: 'overdue', show: 'overdue', icon: <ExclamationCircleOutlined />, colour: '#cf1322' },
  { key: 'dueToday', show: 'dueToday', icon: <ClockCircleOutlined />, colour: '#d46b08' },
  { key: 'dueThisWeek', show: 'upcoming', icon: <FieldTimeOutlined />, colour: '#12708a' },
];

/**
 * The workbench: my overdue / due today / due this week, my queue, for supervisors their unit's overdue items,
 * for the admin (who sees no clients) which demo user to try for what; below, the modules my roles open.
 */
export default function HomePage() {
  const { t, i18n } = useTranslation();
  const { me, can, roleName } = useSession();
  const readsDeadlines = can('deadline.read');
  const supervisor = readsDeadlines && can('task.reassign');
  const counts = useDeadlineCounts(readsDeadlines);
  // 工作队列: my tasks and what waits in my teams' queues, counted from the work items.
  const handlesQueues = can('servicing.write') || can('task.reassign');
  const queues = useQueueSummary(handlesQueues);
  const waiting = queues.data?.teams.reduce((n, team) => n + team.waiting, 0) ?? 0;
  const demo = useDemoStatus(!!me && !can('client.read'));
  if (!me) return null;
  const roles = [...new Set(me.roles.map((r) => roleName(r.role)))].join(t('common.separators.list'));
  return (
    <div data-testid="home">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.user.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.summary', { org: localName(me.orgUnit, i18n.language), roles })}
      </Typography.Paragraph>

      {demo?.loaded && <DemoUsersCard />}
      <RecentRecordsCard />

      {readsDeadlines && (
        <Space orientation="vertical" size={16} style={{ width: '100%', marginBottom: 24 }}>
          <Row gutter={[16, 16]} data-testid="home-counts">
            {COUNTS.map(({ key, show, icon, colour }) => (
              <Col key={key} xs={24} sm={8}>
                <Link to={`/due-items?show=${show}`} data-testid={`home-count-${key}`}>
                  <Card hoverable size="small">
                    <Statistic
                      title={
                        key === 'dueThisWeek' && counts
                          ? t('home.counts.dueThisWeekTo', { horizon: formatDateWithWeekday(counts.horizon, i18n.language) })
                          : t(`home.counts.${key}`)
                      }
                      value={counts ? counts.mine[key] : '–'}
                      prefix={<span style={{ color: colour }}>{icon}</span>}
                      styles={{ content: { color: counts && counts.mine[key] > 0 && key === 'overdue' ? colour : undefined } }}
                    />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={supervisor ? 12 : 24}>
              <Card
                size="small"
                title={t('home.queue.title')}
                extra={
                  <Space size={12}>
                    {handlesQueues && queues.data && (
                      <>
                        <Link to="/queues/mine" data-testid="home-queue-tasks">
                          {t('home.queue.tasks', { count: queues.data.mine.open })}
                          {queues.data.mine.overdue > 0 && <Tag color="red" style={{ marginInlineStart: 4 }}>{t('home.queue.overdue', { count: queues.data.mine.overdue })}</Tag>}
                        </Link>
                        <Link to="/queues/team" data-testid="home-queue-waiting">{t('home.queue.waiting', { count: waiting })}</Link>
                      </>
                    )}
                    <Link to="/due-items" data-testid="home-queue-all">{t('home.queue.all')}</Link>
                  </Space>
                }
                data-testid="home-queue"
              >
                <FirstDeadlines name="mine" query={{ ownerId: me.user.id, live: true }} emptyText={t('home.queue.empty')} testId="home-queue-list" />
              </Card>
            </Col>
            {supervisor && (
              <Col xs={24} xl={12}>
                <Card
                  size="small"
                  title={
                    <span>
                      <TeamOutlined style={{ color: '#cf1322', marginInlineEnd: 8 }} />
                      {t('home.scope.title')}{' '}
                      <Tag color={counts?.scopeOverdue ? 'red' : 'default'} data-testid="home-scope-count">
                        {counts?.scopeOverdue ?? '–'}
                      </Tag>
                    </span>
                  }
                  extra={<Link to="/due-items?tab=scope" data-testid="home-scope-all">{t('home.scope.all')}</Link>}
                  data-testid="home-scope"
                >
                  <FirstDeadlines name="scopeOverdue" query={{ state: 'overdue' }} emptyText={t('home.scope.empty')} testId="home-scope-list" />
                </Card>
              </Col>
            )}
          </Row>
        </Space>
      )}

      <Typography.Title level={5}>{t('home.yourModules')}</Typography.Title>
      <Row gutter={[8, 8]} data-testid="home-modules">
        {visibleModules(can).map((m) => (
          <Col key={m.key} xs={12} md={8} xl={6}>
            <Tooltip title={t(`catalog.modules.${m.key}.description`)}>
              <Link to={m.path} data-testid={`home-card-${m.key}`}>
                <Card hoverable size="small" styles={{ body: { padding: '8px 12px' } }}>
                  <span style={{ color: '#12708a', marginInlineEnd: 8 }}>{m.icon}</span>
                  {t(`catalog.modules.${m.key}.name`)}
                  {!m.page && <Tag style={{ marginInlineStart: 6 }}>{t('home.notBuilt')}</Tag>}
                </Card>
              </Link>
            </Tooltip>
          </Col>
        ))}
      </Row>
    </div>
  );
}

/** The first few deadlines of a list, as the shared cards (each names its record and links to it). */
function FirstDeadlines({
  name, query, emptyText, testId,
}: {
  name: 'mine' | 'scopeOverdue';
  query: Parameters<typeof useFirstDeadlines>[1];
  emptyText: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useFirstDeadlines(name, query, true);
  if (list.error && !list.data) return <Alert type="error" showIcon title={errorText(list.error, t)} />;
  if (!list.data) return <Spin />;
  const onChanged = (updated: Deadline) =>
    client.setQueryData<Deadline[]>([...deadlineKeys.all, 'home', name, query], (items) => items && replaceDeadline(items, updated));
  return <DeadlineCards items={list.data} onChanged={onChanged} emptyText={emptyText} testId={testId} />;
}

/** For the admin, who sees no client data: whom to log in as to see each part (only while the demo data is loaded). */
function DemoUsersCard() {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 24 }}
      data-testid="home-demo-users"
      title={t('home.demo.title')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('home.demo.intro', { password: 'anxin-demo-2026' })}</Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {DEMO_USERS.map((u) => (
              <li key={u.username} data-testid={`home-demo-user-${u.username}`}>
                <Typography.Text code copyable>{u.username}</Typography.Text> {t(`home.demo.users.${u.key}`)}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
