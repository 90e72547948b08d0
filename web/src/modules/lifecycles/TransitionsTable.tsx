import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/useSession';
import { inLanguage, type Lifecycle, type LifecycleTransition } from './lifecycles.api';

/** Beside the diagram: each step, from → to, who may take it, whether a job takes it, and the deadlines it starts or ends with their basis. */
export function TransitionsTable({ lifecycle }: { lifecycle: Lifecycle }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { roleCatalog } = useSession();
  const stateLabel = (id: string) => {
    const state = lifecycle.states.find((s) => s.id === id);
    return state ? inLanguage(state.label, lang) : id;
  };
  // The permission's name from the role catalogue (GET /roles) when it is loaded, else its id.
  const permissionLabel = (id: string) => {
    const found = roleCatalog?.permissions.find((p) => p.id === id);
    return found ? (lang === 'en' ? found.en : found.zh) : id;
  };

  return (
    <Table<LifecycleTransition>
      size="small"
      pagination={false}
      rowKey={(tr) => tr.event}
      dataSource={lifecycle.transitions}
      data-testid={`lifecycle-${lifecycle.kind}-transitions`}
      columns={[
        {
          title: t('lifecycles.columns.event'),
          key: 'event',
          render: (_, tr) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text>{inLanguage(tr.label, lang)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} code>{tr.event}</Typography.Text>
            </Space>
          ),
        },
        {
          title: t('lifecycles.columns.fromTo'),
          key: 'fromTo',
          render: (_, tr) =>
            `${tr.from.length ? tr.from.map(stateLabel).join(` ${t('lifecycles.anyOf')} `) : t('lifecycles.created')} → ${tr.to === null ? t('lifecycles.unchanged') : stateLabel(tr.to)}`,
        },
        {
          title: t('lifecycles.columns.who'),
          key: 'who',
          render: (_, tr) =>
            tr.permission === null ? (
              <Typography.Text type="secondary">{t('lifecycles.automaticOnly')}</Typography.Text>
            ) : (
              <span title={tr.permission}>{permissionLabel(tr.permission)}</span>
            ),
        },
        {
          title: t('lifecycles.columns.automatic'),
          key: 'automatic',
          render: (_, tr) => (tr.automatic ? <Tag color="blue">{t('lifecycles.yes')}</Tag> : t('lifecycles.no')),
        },
        {
          title: t('lifecycles.columns.deadlines'),
          key: 'deadlines',
          render: (_, tr) =>
            tr.deadlines.length === 0 ? (
              t('lifecycles.noDeadlines')
            ) : (
              <Space orientation="vertical" size={4}>
                {tr.deadlines.map((d) => (
                  <div key={`${d.ruleId}|${d.effect}`}>
                    <Tag color={d.effect === 'opens' ? 'orange' : d.effect === 'closes' ? 'green' : 'default'}>{t(`lifecycles.effects.${d.effect}`)}</Tag>
                    {inLanguage(d.label, lang)}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('lifecycles.basis', { basis: inLanguage(d.basis, lang) })}
                    </Typography.Text>
                  </div>
                ))}
              </Space>
            ),
        },
      ]}
    />
  );
}
