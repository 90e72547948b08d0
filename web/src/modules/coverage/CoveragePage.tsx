import { Alert, Card } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { errorText } from '../../shared/errors';
import { CoverageView, useCoverage } from './CoveragePanel';

/** /clients/:id/coverage: the household coverage review of one client, on a page of its own. */
export function CoveragePage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) return <NotFound />;
  return <CoveragePageView key={id} clientId={id} />;
}

export default CoveragePage;

function CoveragePageView({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const loaded = useCoverage(clientId);
  const back = (
    <Link to={`/clients/${clientId}`} data-testid="coverage-back">
      <ArrowLeftOutlined /> {t('coverage.back')}
    </Link>
  );
  if (loaded.error !== null && !loaded.data) {
    return (
      <Card extra={back}>
        <Alert type="error" showIcon title={errorText(loaded.error, t)} data-testid="coverage-error" />
      </Card>
    );
  }
  const self = loaded.data?.household.find((m) => m.relation === 'self');
  return (
    <Card
      loading={!loaded.data}
      title={<span data-testid="coverage-page-name">{self ? t('coverage.pageTitle', { name: self.name }) : t('coverage.title')}</span>}
      extra={back}
    >
      {loaded.data && <CoverageView review={loaded.data} />}
    </Card>
  );
}
