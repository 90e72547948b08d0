import { Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../format';
import { useRemoteSearch } from '../useRemoteSearch';
import { agentKeys, findAgents, type Agent } from './agents.api';

type Option = { value: number; label: string; unit?: string };

/**
 * 业务员选择: an agent in the caller's scope, searched on the server by name as the user types
 * (GET /agents). Works as an antd form control (value / onChange); `current` names the agent
 * already chosen so the control can show a name before any search.
 */
export function AgentSelect({
  value, onChange, current, orgUnitId, allowClear = true, placeholder, testId, style,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  current?: { id: number; name: string } | null;
  orgUnitId?: number;
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { t, i18n } = useTranslation();
  const [term, setTerm] = useState('');
  const [opened, setOpened] = useState(false);
  const [picked, setPicked] = useState<Option | null>(null);
  const found = useRemoteSearch(agentKeys.search(orgUnitId), (q) => findAgents({ q: q || undefined, orgUnitId }), term, { enabled: opened });

  const options = useMemo(() => {
    const list: Option[] = found.items.map((a: Agent) => ({ value: a.id, label: a.displayName, unit: localName({ name: a.orgUnitName, nameEn: a.orgUnitNameEn }, i18n.language) }));
    // The chosen agent keeps its name on screen whatever the latest search found.
    for (const known of [picked, current ? { value: current.id, label: current.name } : null]) {
      if (known && known.value === value && !list.some((o) => o.value === known.value)) list.push(known);
    }
    return list;
  }, [found.items, picked, current, value, i18n.language]);

  return (
    <Select<number, Option>
      data-testid={testId}
      style={style ?? { width: '100%' }}
      value={value ?? undefined}
      onChange={(next, option) => {
        setPicked(option && !Array.isArray(option) ? option : null);
        onChange?.(next ?? null);
      }}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t('agentPicker.placeholder')}
      showSearch={{ filterOption: false, onSearch: setTerm, searchValue: term }}
      onOpenChange={(open) => {
        if (open) setOpened(true);
        else setTerm('');
      }}
      loading={found.loading}
      notFoundContent={
        found.loading ? <Spin size="small" /> : found.error ? t('agentPicker.failed') : t('agentPicker.empty')
      }
      optionRender={(option) => (
        <span data-testid={`agent-option-${option.data.value}`}>
          {option.data.label}
          {option.data.unit && <Typography.Text type="secondary">{` · ${option.data.unit}`}</Typography.Text>}
        </span>
      )}
      popupMatchSelectWidth={false}
    />
  );
}
