import { AutoComplete, Input, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../session/useSession';
import { useRecentRecords } from '../shared/recent-records';
import { useRemoteSearch } from '../shared/useRemoteSearch';
import { SEARCH_SOURCES, searchAll } from './header-search.sources';

const hitLabel = (testId: string, title: ReactNode, detail: string) => (
  <div data-testid={testId} style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
    <span>{title}</span>
    <Typography.Text type="secondary" ellipsis>{detail}</Typography.Text>
  </div>
);

/**
 * The header's search box (issue 11 item 6): a name or its pinyin / initials, a mobile or its
 * last 4 digits, an ID number, a credit code or a policy number → grouped results as one types
 * (debounced), each with its human label. Enter opens the best match (the first result) — once
 * the results for what was typed are in, never a stale one; with nothing found it opens the
 * client list's search. An empty box shows the records opened last (最近查看).
 */
export function HeaderSearch() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [term, setTerm] = useState('');
  // Enter pressed for this term, waiting for its results.
  const [enterFor, setEnterFor] = useState<string | null>(null);
  const sources = useMemo(() => SEARCH_SOURCES.filter((s) => s.anyOf.some(can)), [can]);
  const found = useRemoteSearch(['header-search', sources.map((s) => s.key), i18n.language], (q) => searchAll(sources, q, t), term, { delay: 300, minLength: 1, enabled: sources.length > 0 });
  const recent = useRecentRecords().filter((r) => can(r.kind === 'client' ? 'client.read' : 'policy.read'));
  const trimmed = term.trim();
  // While the results for the term are on their way, the previous term's are not offered: Enter
  // must not open one of them.
  const groups = found.loading ? [] : found.items;
  const hits = groups.flatMap((g) => g.items);

  const open = (path: string) => {
    setTerm('');
    setEnterFor(null);
    navigate(path);
  };

  useEffect(() => {
    if (enterFor === null) return;
    if (enterFor !== trimmed) return setEnterFor(null); // typed on, or a result was picked
    if (found.loading) return;
    open(hits[0]?.path ?? `/clients?q=${encodeURIComponent(trimmed)}`);
    // Runs when the awaited results arrive (the first hit's path stands for them).
  }, [enterFor, trimmed, found.loading, hits[0]?.path]);

  if (sources.length === 0) return null;

  const options = !trimmed
    ? recent.length === 0
      ? []
      : [{
          key: 'recent',
          label: <span data-testid="header-search-group-recent">{t('headerSearch.groups.recent')}</span>,
          options: recent.map((r) => ({
            value: r.path,
            label: hitLabel(`header-search-recent-${r.kind}-${r.id}`, <><Tag style={{ marginInlineEnd: 6 }}>{t(`headerSearch.kinds.${r.kind}`)}</Tag>{r.title}</>, r.detail),
          })),
        }]
    : groups
        .filter((g) => g.items.length > 0 || g.failed)
        .map((g) => ({
          key: g.key,
          label: <span data-testid={`header-search-group-${g.key}`}>{g.title}</span>,
          options: g.failed
            ? [{ value: `failed:${g.key}`, disabled: true, label: <Typography.Text type="danger">{t('headerSearch.failed')}</Typography.Text> }]
            : g.items.map((h) => ({ value: h.path, label: hitLabel(`header-search-hit-${h.key}`, h.title, h.detail) })),
        }));

  // The header's 64 px line height would stretch the box: the search keeps the ordinary one.
  return (
    <div style={{ lineHeight: 'normal' }}>
      <AutoComplete<string>
        value={term}
        options={options}
        showSearch={{ onSearch: setTerm, filterOption: false }}
        onSelect={(path) => open(path)}
        defaultActiveFirstOption
        popupMatchSelectWidth={440}
        notFoundContent={trimmed ? (found.loading ? t('headerSearch.searching') : t('headerSearch.empty')) : null}
        style={{ width: 280 }}
        data-testid="header-search"
      >
        <Input
          prefix={<SearchOutlined />}
          placeholder={t('headerSearch.placeholder')}
          title={t('headerSearch.hint')}
          aria-label={t('headerSearch.hint')}
          allowClear
          maxLength={60}
          data-testid="header-search-input"
          onPressEnter={() => {
            // The highlighted option, if the list shows one, is opened by the list itself (onSelect);
            // else the first result once it is in.
            if (trimmed) setEnterFor(trimmed);
          }}
        />
      </AutoComplete>
    </div>
  );
}
