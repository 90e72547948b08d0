import { AutoComplete, Input, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../session/useSession';
import { useRemoteSearch } from '../shared/useRemoteSearch';
import { SEARCH_SOURCES, searchAll } from './header-search.sources';

/**
 * The header's search box: a phone, ID number, credit code or name → grouped results as one
 * types (debounced); Enter or a click opens the record. Enter with nothing found opens the
 * client list's search.
 */
export function HeaderSearch() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [term, setTerm] = useState('');
  const sources = useMemo(() => SEARCH_SOURCES.filter((s) => s.anyOf.some(can)), [can]);
  const found = useRemoteSearch(['header-search', sources.map((s) => s.key), i18n.language], (q) => searchAll(sources, q, t), term, { delay: 300, minLength: 1, enabled: sources.length > 0 });
  const hits = found.items.flatMap((g) => g.items);

  if (sources.length === 0) return null;

  const options = found.items
    .filter((g) => g.items.length > 0 || g.failed)
    .map((g) => ({
      key: g.key,
      label: <span data-testid={`header-search-group-${g.key}`}>{g.title}</span>,
      options: g.failed
        ? [{ value: `failed:${g.key}`, disabled: true, label: <Typography.Text type="danger">{t('headerSearch.failed')}</Typography.Text> }]
        : g.items.map((h) => ({
            value: h.path,
            label: (
              <div data-testid={`header-search-hit-${h.key}`} style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
                <span>{h.title}</span>
                <Typography.Text type="secondary">{h.detail}</Typography.Text>
              </div>
            ),
          })),
    }));

  const open = (path: string) => {
    setTerm('');
    navigate(path);
  };

  // The header's 64 px line height would stretch the box: the search keeps the ordinary one.
  return (
    <div style={{ lineHeight: 'normal' }}>
      <AutoComplete<string>
        value={term}
        options={options}
        showSearch={{ onSearch: setTerm, filterOption: false }}
        onSelect={(path) => open(path)}
        defaultActiveFirstOption
        popupMatchSelectWidth={420}
        notFoundContent={term.trim() ? (found.loading ? t('headerSearch.searching') : t('headerSearch.empty')) : null}
        style={{ width: 300 }}
        data-testid="header-search"
      >
        <Input
          prefix={<SearchOutlined />}
          placeholder={t('headerSearch.placeholder')}
          allowClear
          maxLength={60}
          data-testid="header-search-input"
          onPressEnter={() => {
            // With results, Enter picks the highlighted one (above); without, the list page searches.
            if (term.trim() && hits.length === 0 && !found.loading) open(`/clients?q=${encodeURIComponent(term.trim())}`);
          }}
        />
      </AutoComplete>
    </div>
  );
}
