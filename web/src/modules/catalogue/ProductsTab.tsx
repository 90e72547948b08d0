import { Alert, App, Button, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { useCursorList } from '../../shared/useCursorList';
import { useNotify } from '../../shared/useNotify';
import { InsurerSelect } from './InsurerSelect';
import { LoadMore, StateFilter } from './ListControls';
import { ProductFormModal } from './ProductFormModal';
import { catalogueKeys, LINES_OF_BUSINESS, listProducts, updateProduct, useCatalogueWrite, type Product, type ProductFilters, type ProductWithWarnings } from './catalogue.api';
import { entryColumns } from './entry-columns';
import { localName } from '../../shared/format';

/** 产品: filter by insurer, line of business, state and name/code; with catalog.manage at head office, add, edit and (de)activate. */
export function ProductsTab({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const { modal } = App.useApp();
  const [filters, setFilters] = useState<ProductFilters>({});
  const list = useCursorList(catalogueKeys.products(), listProducts, filters);
  const [dialog, setDialog] = useState<{ product?: Product } | null>(null);
  const replace = (p: Product) => list.setItems((items) => items.map((x) => (x.id === p.id ? p : x)));
  const toggle = useCatalogueWrite(({ id, change }: { id: number; change: { version: number; active: boolean } }) => updateProduct(id, change));

  // Saved with figures worth a second look: say which, and why, until dismissed.
  const showWarnings = (p: ProductWithWarnings) => {
    if (!p.warnings.length) return;
    modal.warning({
      title: t('catalogue.product.warningsTitle'),
      content: (
        <ul data-testid="product-warnings">
          {p.warnings.map((w) => (
            <li key={w.code}>
              {w.message}
              <br />
              <Typography.Text type="secondary">{w.basis}</Typography.Text>
            </li>
          ))}
        </ul>
      ),
    });
  };

  const days = (n: number | null) => (n === null ? t('catalogue.product.none') : t('catalogue.product.days', { count: n }));
  const columns: TableColumnsType<Product> = [
    {
      key: 'name',
      title: t('catalogue.product.name'),
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="product-name">{localName(p, i18n.language)}</span>
          <Typography.Text type="secondary">{p.code}</Typography.Text>
        </Space>
      ),
    },
    { key: 'insurer', title: t('catalogue.product.insurer'), render: (_, p) => localName(p.insurerName, p.insurerNameEn, i18n.language) },
    {
      key: 'line',
      title: t('catalogue.product.lineOfBusiness'),
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag>{t(`catalogue.linesOfBusiness.${p.lineOfBusiness}`)}</Tag>
          <Tag>{t(`catalogue.termTypes.${p.termType}`)}</Tag>
          {p.longTermHealth && <Tag color="blue">{t('catalogue.product.longTermHealth')}</Tag>}
          {p.riskWarningRequired && <Tag color="orange">{t('catalogue.product.riskWarning')}</Tag>}
        </Space>
      ),
    },
    { key: 'hesitation', title: t('catalogue.product.hesitationPeriodDays'), render: (_, p) => days(p.hesitationPeriodDays) },
    { key: 'grace', title: t('catalogue.product.gracePeriodDays'), render: (_, p) => days(p.gracePeriodDays) },
    ...entryColumns<Product>({
      t, canEdit, testIdPrefix: 'product', onEdit: (product) => setDialog({ product }), update: (id, change) => toggle.mutateAsync({ id, change }), replace,
    }),
  ];

  return (
    <div data-testid="products-tab">
      <Space wrap style={{ marginBottom: 16 }}>
        <InsurerSelect
          allowClear
          placeholder={t('catalogue.filters.insurer')}
          value={filters.insurerId}
          onChange={(insurerId) => setFilters((f) => ({ ...f, insurerId }))}
          style={{ width: 240 }}
          testId="products-filter-insurer"
        />
        <Select
          allowClear
          placeholder={t('catalogue.filters.lineOfBusiness')}
          value={filters.lineOfBusiness}
          onChange={(lineOfBusiness) => setFilters((f) => ({ ...f, lineOfBusiness }))}
          options={LINES_OF_BUSINESS.map((l) => ({ value: l, label: t(`catalogue.linesOfBusiness.${l}`) }))}
          style={{ width: 140 }}
          data-testid="products-filter-line"
        />
        <StateFilter value={filters.active} onChange={(active) => setFilters((f) => ({ ...f, active }))} />
        <Input.Search
          allowClear
          placeholder={t('catalogue.filters.q')}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
          style={{ width: 220 }}
          data-testid="products-filter-q"
        />
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})} data-testid="product-create">
            {t('catalogue.actions.createProduct')}
          </Button>
        )}
      </Space>
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <Table<Product>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        onRow={(p) => ({ 'data-testid': `product-row-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
        data-testid="products-table"
      />
      <LoadMore list={list} />
      {dialog && (
        <ProductFormModal
          product={dialog.product}
          defaultInsurerId={filters.insurerId}
          onClose={() => setDialog(null)}
          onConflict={replace}
          onSaved={(saved, created) => {
            const { warnings: _warnings, ...product } = saved;
            if (created) list.setItems((items) => [...items, product]);
            else replace(product);
            setDialog(null);
            notify.success(created ? t('catalogue.done.created', { name: localName(product, i18n.language) }) : t('catalogue.done.saved'));
            showWarnings(saved);
          }}
        />
      )}
    </div>
  );
}
