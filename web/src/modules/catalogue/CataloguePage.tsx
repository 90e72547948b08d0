import { Alert, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useHeadOfficeGrant } from '../../shared/useHeadOfficeGrant';
import { InsurersTab } from './InsurersTab';
import { ProductsTab } from './ProductsTab';
import { DocumentTypesTab } from './DocumentTypesTab';

/**
 * 保险公司与产品 and 资料类型: the company-wide catalogue. Every signed-in user reads it; holders of
 * catalog.manage at head office add, change and (de)activate entries (the server decides).
 */
export default function CataloguePage() {
  const { t } = useTranslation();
  const canEdit = useHeadOfficeGrant('catalog.manage');
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = asked === 'products' || asked === 'documentTypes' ? asked : 'insurers';

  return (
    <Card title={t('catalogue.title')} data-testid="catalogue-page">
      {!canEdit && <Alert type="info" showIcon title={t('catalogue.readOnly')} style={{ marginBottom: 16 }} data-testid="catalogue-read-only" />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'insurers', label: <span data-testid="catalogue-tab-insurers">{t('catalogue.tabs.insurers')}</span>, children: <InsurersTab canEdit={canEdit} /> },
          { key: 'products', label: <span data-testid="catalogue-tab-products">{t('catalogue.tabs.products')}</span>, children: <ProductsTab canEdit={canEdit} /> },
          { key: 'documentTypes', label: <span data-testid="catalogue-tab-document-types">{t('catalogue.tabs.documentTypes')}</span>, children: <DocumentTypesTab canEdit={canEdit} /> },
        ]}
      />
    </Card>
  );
}
