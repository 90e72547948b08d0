import { Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoteSearch } from '../../shared/useRemoteSearch';
import { clientKeys, searchClients, type Client } from '../clients/clients.api';

type Option = { value: number; label: string; detail?: string; client?: Client };

/**
 * 客户选择: a client in the caller's scope, found by the server's one search box (exact ID
 * number, mobile or credit code, else name prefix) as the user types. A form control;
 * `current` names the client already chosen; `onPicked` hands over the chosen client's record.
 */
export function ClientPicker({
  value, onChange, current, onPicked, testId, placeholder,
}: {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  current?: { id: number; name: string } | null;
  onPicked?: (client: Client | null) => void;
  testId?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [picked, setPicked] = useState<Option | null>(null);
  const found = useRemoteSearch(clientKeys.find(), (q) => searchClients(q).then((r) => r.items), term, { minLength: 1 });

  const options = useMemo(() => {
    const list: Option[] = found.items.map((c) => ({
      value: c.id,
      label: c.name,
      detail: [c.idNumber, c.mobile].filter(Boolean).join(' · '),
      client: c,
    }));
    // The chosen client keeps its name on screen whatever the latest search found.
    for (const known of [picked, current ? { value: current.id, label: current.name } : null]) {
      if (known && known.value === value && !list.some((o) => o.value === known.value)) list.push(known);
    }
    return list;
  }, [found.items, picked, current, value]);

  return (
    <Select<number, Option>
      data-testid={testId}
      style={{ width: '100%' }}
      value={value ?? undefined}
      onChange={(next, option) => {
        const chosen = option && !Array.isArray(option) ? option : null;
        setPicked(chosen);
        onPicked?.(chosen?.client ?? null);
        onChange?.(next ?? undefined);
      }}
      options={options}
      allowClear
      placeholder={placeholder ?? t('policies.picker.clientPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setTerm, searchValue: term }}
      onOpenChange={(open) => {
        if (!open) setTerm('');
      }}
      loading={found.loading}
      notFoundContent={
        found.loading ? <Spin size="small" /> : found.error ? t('policies.picker.clientFailed') : term.trim() ? t('policies.picker.clientEmpty') : null
      }
      optionRender={(option) => (
        <span data-testid={`client-option-${option.data.value}`}>
          <span>{option.data.label}</span>
          {option.data.detail && <Typography.Text type="secondary">{` · ${option.data.detail}`}</Typography.Text>}
        </span>
      )}
      popupMatchSelectWidth={false}
    />
  );
}
