import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../shared/format';
import { useRemoteSearch } from '../../shared/useRemoteSearch';
import { clientKeys, findClients, type Client, type ClientKind } from './clients.api';

type Option = { value: number; label: string; client: Client };

/**
 * Pick another client by the one search box's rules (mobile, ID number, credit code, name
 * prefix), within the caller's scope. `excludeId` leaves out the record being worked on;
 * `kind` keeps only persons or organisations. Works as an antd form control.
 */
export function ClientSearchSelect({
  value, onChange, excludeId, kind, testId,
}: {
  value?: number;
  onChange?: (value: number | undefined) => void;
  excludeId?: number;
  kind?: ClientKind;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const [term, setTerm] = useState('');
  const [picked, setPicked] = useState<Option | null>(null);
  const found = useRemoteSearch(clientKeys.find(), (q) => findClients(q, 20), term, { minLength: 1 });
  const options: Option[] = found.items
    .filter((c) => c.id !== excludeId && (!kind || c.kind === kind))
    .map((c) => ({ value: c.id, label: `${c.name} #${c.id}`, client: c }));
  // The chosen client keeps its name on screen whatever the latest search found.
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.push(picked);

  return (
    <Select<number, Option>
      data-testid={testId}
      style={{ width: '100%' }}
      value={value}
      onChange={(next, option) => {
        setPicked(option && !Array.isArray(option) ? option : null);
        onChange?.(next ?? undefined);
      }}
      options={options}
      allowClear
      placeholder={t('clients.picker.placeholder')}
      showSearch={{ filterOption: false, onSearch: setTerm }}
      loading={found.loading}
      notFoundContent={found.loading ? <Spin size="small" /> : term.trim() ? t('clients.picker.empty') : t('clients.picker.hint')}
      optionRender={({ data }) => (
        <span data-testid={`client-option-${data.value}`}>
          {data.client.name} <Typography.Text type="secondary">#{data.client.id} · {data.client.mobile ?? '—'} · {localName(data.client.orgUnitName, data.client.orgUnitNameEn, i18n.language)}</Typography.Text>
        </span>
      )}
    />
  );
}
