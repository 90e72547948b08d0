import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../shared/format';
import { useLoad } from '../../shared/useLoad';
import { allInsurers, catalogueKeys } from './catalogue.api';

/** Pick an insurer by name or code; `activeOnly` for new records. Works as an antd form control. */
export function InsurerSelect({
  value, onChange, activeOnly = false, allowClear, disabled, placeholder, testId, style,
}: {
  value?: number;
  onChange?: (value: number | undefined) => void;
  activeOnly?: boolean;
  allowClear?: boolean;
  disabled?: boolean;
  placeholder?: string;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { i18n } = useTranslation();
  const insurers = useLoad(catalogueKeys.allInsurers(activeOnly ? true : undefined), () => allInsurers(activeOnly ? true : undefined));
  return (
    <Select<number>
      data-testid={testId}
      style={style ?? { width: '100%' }}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder}
      loading={insurers.loading}
      showSearch={{ optionFilterProp: 'label' }}
      options={(insurers.data ?? []).map((i) => ({ value: i.id, label: `${localName(i, i18n.language)} (${i.code})` }))}
      popupMatchSelectWidth={false}
    />
  );
}
