import { Badge, Button, Card, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../../session/useSession';
import { DeadlineList, useDeadlineCounts } from '../../../shared/deadlines';
import { MyDueSections } from './MyDueSections';

/** 我的待办: what I must do and by when; supervisors also see everything overdue in their scope. */
export default function MyDueItemsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const supervisor = can('task.reassign');
  const counts = useDeadlineCounts(supervisor);
  const [params, setParams] = useSearchParams();
  const tab = supervisor && params.get('tab') === 'scope' ? 'scope' : 'mine';
  const [generation, setGeneration] = useState(0);

  const mine = <MyDueSections key={`mine-${generation}`} />;
  return (
    <Card
      title={t('deadlines.mine.title')}
      data-testid="due-items-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => setGeneration((g) => g + 1)} data-testid="due-items-refresh">
          {t('common.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('deadlines.mine.intro')}</Typography.Paragraph>
      {supervisor ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'scope' ? { tab: 'scope' } : {}, { replace: true })}
          items={[
            { key: 'mine', label: <span data-testid="due-tab-mine">{t('deadlines.mine.tabs.mine')}</span>, children: mine },
            {
              key: 'scope',
              label: (
                <span data-testid="due-tab-scope">
                  {t('deadlines.mine.tabs.scope')}{' '}
                  <Badge count={counts?.scopeOverdue ?? 0} size="small" overflowCount={999} />
                </span>
              ),
              children: (
                <div key={`scope-${generation}`}>
                  <Typography.Paragraph type="secondary">{t('deadlines.mine.scopeIntro')}</Typography.Paragraph>
                  <DeadlineList state="overdue" testId="scope-overdue-list" emptyText={t('deadlines.mine.empty.scope')} />
                </div>
              ),
            },
          ]}
        />
      ) : (
        mine
      )}
    </Card>
  );
}
