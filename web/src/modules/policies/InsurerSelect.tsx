import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../shared/format';
import { useInsurers } from './useCatalog';

/** 保险公司: the active insurers of the catalogue, searchable by name or code. A form control. */
export function InsurerSelect({
  value, onChange, allowClear, placeholder, testId, style,
}: {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { t, i18n } = useTranslation();
  const insurers = useInsurers();
  return (
    <Select<number>
      data-testid={testId}
      style={style ?? { width: '100%' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear={allowClear}
      loading={insurers.loading}
      placeholder={placeholder ?? t('policies.picker.insurerPlaceholder')}
      showSearch={{ optionFilterProp: 'search' }}
      options={(insurers.data ?? []).map((i) => ({ value: i.id, label: localName(i, i18n.language), search: `${i.name} ${i.nameEn ?? ''} ${i.code}` }))}
      popupMatchSelectWidth={false}
    />
  );
}
