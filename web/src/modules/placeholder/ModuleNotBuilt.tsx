import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ModuleKey } from '../catalog';

/** What an unbuilt module shows: plainly that it is not there yet, and what it will do. */
export default function ModuleNotBuilt({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  return (
    <div data-testid="module-not-built">
      <Result
      status="info"
      title={`${t(`catalog.modules.${module}.name`)} — ${t('catalog.notBuilt.title')}`}
      subTitle={t('catalog.notBuilt.willDo', { description: t(`catalog.modules.${module}.description`) })}
      extra={
        <Link to="/">
          <Button type="primary">{t('catalog.notBuilt.home')}</Button>
        </Link>
      }
      />
    </div>
  );
}
