import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div data-testid="forbidden">
      <Result status="403" title={t('common.forbidden.title')} subTitle={t('common.forbidden.body')} />
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('common.notFound.title')}
      subTitle={t('common.notFound.body')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.notFound.home')}</Button>
        </Link>
      }
    />
  );
}

export function PageSpinner() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin size="large" />
    </div>
  );
}
