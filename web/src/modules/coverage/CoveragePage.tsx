import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { errorText } from '../../shared/errors';
import { CoverageView, useCoverage } from './CoveragePanel';
import { BackButton } from '../../shared/BackButton';

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
    <BackButton fallback={`/clients/${clientId}`} fallbackLabel={t('coverage.back')} testId="coverage-back" />
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
