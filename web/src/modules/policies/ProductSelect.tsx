import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../shared/format';
import type { LineOfBusiness } from './policies.api';
import { useProducts } from './useCatalog';

type Option = { value: number; label: string; search: string; line: LineOfBusiness };

/** 险种: one insurer's catalogue products; empty means "not in the catalogue, typed by hand". */
export function ProductSelect({
  insurerId, value, onChange, testId,
}: {
  insurerId: number | undefined;
  value?: number | null;
  onChange?: (value: number | null) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const products = useProducts(insurerId);
  return (
    <Select<number, Option>
      data-testid={testId}
      style={{ width: '100%' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      disabled={!insurerId}
      loading={products.loading}
      placeholder={t('policies.form.productPlaceholder')}
      notFoundContent={t('policies.picker.productEmpty')}
      showSearch={{ optionFilterProp: 'search' }}
      options={(products.data ?? []).map((p): Option => ({
        value: p.id,
        label: localName(p, i18n.language),
        search: `${p.name} ${p.nameEn ?? ''} ${p.code}`,
        line: p.lineOfBusiness,
      }))}
      optionRender={(option) => (
        <span data-testid={`product-option-${option.data.value}`}>
          <span>{option.data.label}</span>
          <Typography.Text type="secondary">{` · ${t(`policies.lines.${option.data.line}`)}`}</Typography.Text>
        </span>
      )}
      popupMatchSelectWidth={false}
    />
  );
}
