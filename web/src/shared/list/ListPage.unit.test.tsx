import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, useLocation } from 'react-router-dom';
import i18n from '../../i18n';
import { api } from '../../api/client';
import { callsTo, renderWithApp, stubServer } from '../../test/render';
import { ListPage, type ListAnswer, type ListColumn } from './ListPage';
import { DateRangeFilter, FilterBar } from './ListFilters';
import { useListParams, type ListSpec } from './useListParams';

// The one list of every module (issue 11, item 4): its whole state in the address, the server asked
// for exactly that, the total said exactly or as an estimate, and the export of what is shown or selected.
type Thing = { id: number; name: string; kind: string };
const SPEC: ListSpec<'kind' | 'createdFrom' | 'createdTo', 'name' | 'createdAt'> = {
  filters: ['kind', 'createdFrom', 'createdTo'],
  sorts: ['name', 'createdAt'],
  defaultSort: '-createdAt',
};
const COLUMNS: ListColumn<Thing>[] = [
  { key: 'name', title: '名称', dataIndex: 'name', sortKey: 'name' },
  { key: 'kind', title: '类型', dataIndex: 'kind', filterKey: 'kind', filterOptions: [{ value: 'a', text: 'A 类' }, { value: 'b', text: 'B 类' }] },
];

function Things() {
  const list = useListParams(SPEC);
  return (
    <ListPage<Thing>
      testId="things"
      rowTestId="thing-row"
      title="事项"
      breadcrumbs={[{ title: '首页', path: '/' }, { title: '事项' }]}
      actions={<button type="button">新建</button>}
      filterBar={
        <FilterBar list={list} testId="thing-filters">
          <DateRangeFilter list={list} label="录入日期" from="createdFrom" to="createdTo" testId="thing-created" />
        </FilterBar>
      }
      list={list}
      columns={COLUMNS}
      queryKey={['things']}
      fetchPage={(query) => api.get<ListAnswer<Thing>>('/things', query)}
      exportPath="/things/export.xlsx"
    />
  );
}

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: from + i, name: `事项${from + i}`, kind: 'a' }));

function serve(total = 12_345, totalExact = true) {
  return stubServer({
    'GET /api/v1/things': (url) => {
      const pageSize = Number(url.searchParams.get('pageSize'));
      const page = Number(url.searchParams.get('page'));
      return { body: { items: rows((page - 1) * pageSize + 1, 3), total, totalExact, page, pageSize, nextCursor: null } };
    },
    'GET /api/v1/things/export.xlsx': { body: {} },
  });
}

const open = (entry = '/things') =>
  renderWithApp(
    <MemoryRouter initialEntries={[entry]}>
      <Things />
      <Address />
    </MemoryRouter>,
  );
const address = () => new URLSearchParams(screen.getByTestId('address').textContent ?? '');
const lastQuery = (fetchMock: ReturnType<typeof stubServer>) => {
  const calls = callsTo(fetchMock, 'GET /api/v1/things');
  return new URL(calls[calls.length - 1]![0] as string, 'http://localhost').searchParams;
};

describe('the shared list page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the page header with breadcrumbs and actions, the rows and the exact total', async () => {
    const fetchMock = serve();
    open();
    await screen.findByTestId('thing-row-1');
    expect(within(screen.getByTestId('things-breadcrumbs')).getByText('首页').closest('a')?.getAttribute('href')).toBe('/');
    expect(screen.getByRole('button', { name: '新建' })).toBeTruthy();
    expect(screen.getByTestId('things-total').textContent).toBe('共 12,345 条');
    expect(screen.getByTestId('things-total').dataset.exact).toBe('true');
    expect(Object.fromEntries(lastQuery(fetchMock))).toEqual({ sort: '-createdAt', page: '1', pageSize: '20' });
  });

  it('says when the total is an estimate, in either language', async () => {
    serve(1_200_000, false);
    open();
    await waitFor(() => expect(screen.getByTestId('things-total').textContent).toBe('约 1,200,000 条'));
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() => expect(screen.getByTestId('things-total').textContent).toBe('About 1,200,000'));
    expect(screen.getByTestId('things-total').dataset.exact).toBe('false');
  });

  it('sorts by a column: a click puts the sort in the address and asks the server for it; a second click turns it round', async () => {
    const fetchMock = serve();
    open('/things?page=3');
    await screen.findByTestId('thing-row-41');
    fireEvent.click(screen.getByRole('columnheader', { name: /名称/ }));
    await waitFor(() => expect(address().get('sort')).toBe('name'));
    expect(address().get('page')).toBeNull();
    await waitFor(() => expect(lastQuery(fetchMock).get('sort')).toBe('name'));
    fireEvent.click(screen.getByRole('columnheader', { name: /名称/ }));
    await waitFor(() => expect(address().get('sort')).toBe('-name'));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /名称/ }).getAttribute('aria-sort')).toBe('descending'));
  });

  it('filters from the filter bar and from a column header, back to page 1, and clears them', async () => {
    const fetchMock = serve();
    open('/things?page=2');
    await screen.findByTestId('thing-row-21');
    // A date typed as YYYY-MM-DD (the one date format, whatever the browser's language) and confirmed.
    const from = screen.getByTestId('thing-created-from') as HTMLInputElement; // antd puts the test id on the picker's input
    fireEvent.mouseDown(from);
    fireEvent.focus(from);
    fireEvent.change(from, { target: { value: '2026-01-01' } });
    fireEvent.keyDown(from, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(address().get('createdFrom')).toBe('2026-01-01'));
    expect((from as HTMLInputElement).value).toBe('2026-01-01');
    expect(address().get('page')).toBeNull();
    await waitFor(() => expect(lastQuery(fetchMock).get('createdFrom')).toBe('2026-01-01'));

    const header = screen.getByRole('columnheader', { name: /类型/ });
    fireEvent.click(header.querySelector('.ant-table-filter-trigger')!);
    fireEvent.click(await screen.findByText('B 类'));
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(address().get('kind')).toBe('b'));
    await waitFor(() => expect(lastQuery(fetchMock).get('kind')).toBe('b'));

    fireEvent.click(screen.getByTestId('thing-filters-clear'));
    await waitFor(() => expect(address().get('kind')).toBeNull());
    expect(address().get('createdFrom')).toBeNull();
  });

  it('pages and changes the page size through the address; a reload of the address restores the list', async () => {
    const fetchMock = serve();
    open();
    await screen.findByTestId('thing-row-1');
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(address().get('page')).toBe('2'));
    await waitFor(() => expect(lastQuery(fetchMock).get('page')).toBe('2'));
    await screen.findByTestId('thing-row-21');

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Page Size' }));
    fireEvent.click(await screen.findByTitle('50 条/页'));
    await waitFor(() => expect(address().get('pageSize')).toBe('50'));
    expect(address().get('page')).toBeNull();
    await waitFor(() => expect(lastQuery(fetchMock).get('pageSize')).toBe('50'));

    const again = serve();
    open('/things?sort=-name&page=4&pageSize=10&kind=a');
    await waitFor(() => expect(Object.fromEntries(lastQuery(again))).toEqual({ kind: 'a', sort: '-name', page: '4', pageSize: '10' }));
    // An address no list offers falls back to the defaults instead of asking the server for nonsense.
    const odd = serve();
    open('/things?sort=secret&page=-1&pageSize=7');
    await waitFor(() => expect(Object.fromEntries(lastQuery(odd))).toEqual({ sort: '-createdAt', page: '1', pageSize: '20' }));
  });

  it('exports exactly what is shown (filters and sort), and the selected rows as a bulk action', async () => {
    const fetchMock = serve();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    open('/things?sort=name&kind=a&page=2');
    await screen.findByTestId('thing-row-21');
    const shown = new URL(screen.getByTestId('export-xlsx').dataset.url!, 'http://localhost');
    expect([shown.pathname, Object.fromEntries(shown.searchParams)]).toEqual(['/api/v1/things/export.xlsx', { kind: 'a', sort: 'name' }]);

    expect(screen.queryByTestId('things-bulk')).toBeNull();
    const checkbox = (id: number) => within(screen.getByTestId(`thing-row-${id}`)).getByRole('checkbox');
    fireEvent.click(checkbox(21));
    fireEvent.click(checkbox(23));
    expect(screen.getByTestId('things-selected').textContent).toBe('已选 2 项');
    const selected = new URL(screen.getByTestId('export-selected').dataset.url!, 'http://localhost');
    expect(selected.searchParams.getAll('ids')).toEqual(['21', '23']);
    expect(selected.searchParams.get('sort')).toBe('name');
    fireEvent.click(screen.getByTestId('export-selected'));
    await waitFor(() => expect(callsTo(fetchMock, 'GET /api/v1/things/export.xlsx')).toHaveLength(1));
    expect(callsTo(fetchMock, 'GET /api/v1/things/export.xlsx')[0]![0]).toBe('/api/v1/things/export.xlsx?sort=name&ids=21&ids=23');

    fireEvent.click(screen.getByTestId('things-clear-selection'));
    expect(screen.queryByTestId('things-bulk')).toBeNull();
  });
});
