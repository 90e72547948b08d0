import { Alert, Card, Col, Empty, Row, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { useLoad } from '../../shared/useLoad';
import { toStateDiagram } from './lifecycle-diagram';
import { getLifecycles, inLanguage, lifecycleKeys, type Lifecycle } from './lifecycles.api';
import { StateDiagram } from './StateDiagram';
import { TransitionsTable } from './TransitionsTable';

/** 业务流程: every kind of record's lifecycle as a state diagram with its table of steps, from GET /lifecycles. */
export default function LifecyclesPage() {
  const { t } = useTranslation();
  const lifecycles = useLoad(lifecycleKeys.all, getLifecycles, { staleTime: Number.POSITIVE_INFINITY });

  return (
    <Card title={t('lifecycles.title')} data-testid="lifecycles-page">
      <Typography.Paragraph type="secondary">{t('lifecycles.intro')}</Typography.Paragraph>
      {lifecycles.error !== null && <Alert type="error" showIcon title={errorText(lifecycles.error, t)} style={{ marginBottom: 16 }} />}
      {!lifecycles.data ? (
        lifecycles.loading && <Spin />
      ) : lifecycles.data.length === 0 ? (
        <Empty description={t('lifecycles.empty')} />
      ) : (
        <Space orientation="vertical" size={24} style={{ width: '100%' }}>
          {lifecycles.data.map((lifecycle) => (
            <LifecycleCard key={lifecycle.kind} lifecycle={lifecycle} />
          ))}
        </Space>
      )}
    </Card>
  );
}

function LifecycleCard({ lifecycle }: { lifecycle: Lifecycle }) {
  const { t, i18n } = useTranslation();
  let diagram: string | Error;
  try {
    diagram = toStateDiagram(lifecycle, i18n.language, t('lifecycles.automaticMark'));
  } catch (err) {
    diagram = err instanceof Error ? err : new Error(String(err));
  }
  return (
    <Card type="inner" title={inLanguage(lifecycle.label, i18n.language)} data-testid={`lifecycle-${lifecycle.kind}`}>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={10}>
          {typeof diagram === 'string' ? (
            <StateDiagram text={diagram} testId={`lifecycle-${lifecycle.kind}-diagram`} />
          ) : (
            <Alert type="error" showIcon title={t('lifecycles.diagramFailed', { reason: diagram.message })} />
          )}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
            {t('lifecycles.legend.initial')}
            {t('common.separators.clause')}
            {t('lifecycles.legend.final')}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} xl={14}>
          <TransitionsTable lifecycle={lifecycle} />
        </Col>
      </Row>
    </Card>
  );
}
