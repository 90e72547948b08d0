import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Flex, Space, Table, Tooltip, Typography, type TableColumnType, type TableProps } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ExportButton } from '../../modules/imports/ExportButton';
import { errorText } from '../errors';
import { MAX_PAGE_WINDOW, PAGE_SIZES, type ListState } from './useListParams';

/** What every list answers (server: platform/http/list-query.ts listOf). */
/** A page of a list; `total` is null only when the server was asked to walk (limit + cursor), which a list page never does. */
export type ListAnswer<T> = { items: T[]; total: number | null; totalExact: boolean; page: number; pageSize: number };

/** A column; `sortKey` binds it to one of the list's sorts, `filterKey` + `filterOptions` give it a header filter. */
export type ListColumn<T> = TableColumnType<T> & { key: string; sortKey?: string; filterKey?: string; filterOptions?: { value: string; text: ReactNode }[] };

export type Crumb = { title: ReactNode; path?: string };

/** A row's key: its `id`, unless the rows are keyed otherwise (audit entries by `seq`); then `rowKey` is required. */
type RowKeyProp<T> = T extends { id: number } ? { rowKey?: (row: T) => number } : { rowKey: (row: T) => number };

type Props<T extends object> = RowKeyProp<T> & {
  /** Test ids: `${testId}-page`, `-table`, `-total`; rows `${rowTestId}-${key}` (or what the function gives). */
  testId: string;
  rowTestId: string | ((row: T) => string);
  title: ReactNode;
  breadcrumbs: Crumb[];
  /** On the right of the page header (create, links). */
  actions?: ReactNode;
  /** The filter bar above the table. */
  filterBar?: ReactNode;
  list: ListState;
  columns: ListColumn<T>[];
  queryKey: QueryKey;
  fetchPage: (query: ListState['query']) => Promise<ListAnswer<T>>;
  /** The export route: the list as shown (filters and sort, all of its pages), or the selected rows. */
  exportPath?: string;
  exportFileName?: string;
  /** Parameters every export of this list carries besides its filters (a view's name). */
  exportExtra?: Record<string, string>;
  /** Actions on the selected rows beside the export of the selection (e.g. reassign them); `clear` empties the selection. */
  bulkActions?: (selected: number[], clear: () => void) => ReactNode;
  emptyText?: ReactNode;
  onRowClick?: (row: T) => void;
  /** Rows from elsewhere (a search) shown instead of the paged list: no pages, no total. */
  override?: { items: T[]; loading: boolean; error: unknown };
  enabled?: boolean;
};

const numberFormat = (lang: string) => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN');

/**
 * The one list of every module, in the Ant Design Pro style: a page header (breadcrumbs, the title,
 * actions on the right), a filter bar, a table whose sortable columns and header filters are bound to
 * the address, pages with the total ("共 12,345 条", or "约 1,200,000 条" when the server estimated it)
 * and page sizes, row selection with the bulk actions (export of the selection), and the export of
 * exactly what is shown. The state lives in the address (useListParams), so reload and back restore it.
 */
export function ListPage<T extends object>(props: Props<T>) {
  const { testId, rowTestId, list, columns, override } = props;
  const keyOf: (row: T) => number = (props.rowKey as ((row: T) => number) | undefined) ?? ((row: T) => (row as { id: number }).id);
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<number[]>([]);
  const data = useQuery({
    queryKey: [...props.queryKey, list.query],
    queryFn: () => props.fetchPage(list.query),
    placeholderData: keepPreviousData,
    enabled: (props.enabled ?? true) && !override,
  });
  // A selection belongs to the list it was made in: another filter or sort starts afresh.
  const filterKey = JSON.stringify([list.filters, list.sort]);
  useEffect(() => setSelected([]), [filterKey]);

  const answer = data.data;
  const items = override ? override.items : (answer?.items ?? []);
  const loading = override ? override.loading : data.isFetching;
  const error = override ? override.error : data.error;
  const exportQuery = { ...list.filters, ...props.exportExtra, sort: list.sort };

  const tableColumns = useMemo(
    () =>
      columns.map(({ sortKey, filterKey: fKey, filterOptions, ...column }): TableColumnType<T> => ({
        ...column,
        ...(sortKey &&
          !override && {
            sorter: true,
            sortDirections: ['ascend', 'descend'],
            sortOrder: list.sort === sortKey ? 'ascend' : list.sort === `-${sortKey}` ? 'descend' : null,
          }),
        ...(fKey &&
          filterOptions &&
          !override && {
            filters: filterOptions,
            filterMultiple: false,
            filteredValue: list.filters[fKey] ? [list.filters[fKey]] : null,
          }),
      })),
    [columns, list.sort, list.filters, override],
  );

  const onChange: TableProps<T>['onChange'] = (_pagination, filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const column = columns.find((c) => c.key === one?.columnKey);
      list.setSort(one?.order && column?.sortKey ? `${one.order === 'descend' ? '-' : ''}${column.sortKey}` : undefined);
    } else if (extra.action === 'filter') {
      const patch: Record<string, string | undefined> = {};
      for (const c of columns) if (c.filterKey) patch[c.filterKey] = filters[c.key]?.[0] === undefined ? undefined : String(filters[c.key]![0]);
      list.setFilters(patch);
    }
  };

  const count = (n: number) => numberFormat(i18n.language).format(n);
  const total = answer ? (answer.total ?? answer.items.length) : 0;
  const totalText = answer && (answer.totalExact ? t('list.total', { count: count(total) }) : t('list.totalEstimated', { count: count(total) }));

  return (
    <div data-testid={`${testId}-page`}>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={props.breadcrumbs.map((c) => ({ title: c.path ? <Link to={c.path}>{c.title}</Link> : c.title }))}
        data-testid={`${testId}-breadcrumbs`}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        <Space wrap>
          {props.exportPath && (
            <ExportButton path={props.exportPath} query={exportQuery} fileName={props.exportFileName} label={t('list.exportShown')} />
          )}
          {props.actions}
        </Space>
      </Flex>
      <Card>
        {props.filterBar}
        {error != null && <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 16 }} data-testid={`${testId}-error`} />}
        {selected.length > 0 && (
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            data-testid={`${testId}-bulk`}
            title={
              <Space wrap>
                <span data-testid={`${testId}-selected`}>{t('list.selected', { count: selected.length })}</span>
                {props.exportPath && (
                  <ExportButton
                    path={props.exportPath}
                    query={{ ...props.exportExtra, sort: list.sort, ids: selected }}
                    fileName={props.exportFileName}
                    label={t('list.exportSelected')}
                    testId="export-selected"
                    type="primary"
                  />
                )}
                {props.bulkActions?.(selected, () => setSelected([]))}
                <Button type="link" onClick={() => setSelected([])} data-testid={`${testId}-clear-selection`}>
                  {t('list.clearSelection')}
                </Button>
              </Space>
            }
          />
        )}
        <Table<T>
          rowKey={keyOf}
          size="middle"
          columns={tableColumns}
          dataSource={items}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={props.emptyText ? { emptyText: props.emptyText } : undefined}
          rowSelection={props.exportPath ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), preserveSelectedRowKeys: true } : undefined}
          onChange={onChange}
          showSorterTooltip={false}
          onRow={(row) =>
            ({
              'data-testid': typeof rowTestId === 'function' ? rowTestId(row) : `${rowTestId}-${keyOf(row)}`,
              ...(props.onRowClick && { onClick: () => props.onRowClick!(row), style: { cursor: 'pointer' } }),
            }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={
            override || !answer
              ? false
              : {
                  current: list.page,
                  pageSize: list.pageSize,
                  // Pages reach MAX_PAGE_WINDOW rows; the total says how many there are.
                  total: Math.min(total, MAX_PAGE_WINDOW),
                  showSizeChanger: true,
                  pageSizeOptions: PAGE_SIZES.map(String),
                  locale: { items_per_page: i18n.language === 'en' ? '/ page' : '条/页' },
                  showTotal: () => (
                    <Tooltip title={answer.totalExact ? undefined : t('list.estimatedHint')}>
                      <span data-testid={`${testId}-total`} data-exact={String(answer.totalExact)}>
                        {totalText}
                      </span>
                    </Tooltip>
                  ),
                  onChange: (page, pageSize) => list.setPage(page, pageSize),
                }
          }
          data-testid={`${testId}-table`}
        />
      </Card>
    </div>
  );
}
