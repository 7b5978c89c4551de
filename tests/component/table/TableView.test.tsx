import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TableView } from '../../../src/features/table/TableView';
import { EMPTY_FILTERS, type FilterState } from '../../../src/model/filters';
import { renderWithApp, seedIndex } from '../render';

afterEach(cleanup);

const index = seedIndex();
const entities = [...index.entities.values()];
const countriesAndPeople = entities.filter((e) => e.kind === 'country' || e.kind === 'person');

function renderTable(options: Parameters<typeof renderWithApp>[1] = {}) {
  return { ...renderWithApp(<TableView />, options), user: userEvent.setup() };
}

const filters = (patch: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...patch });

/** Body rows that show an element (not the "nothing matches" row). */
function dataRows(table: HTMLElement): HTMLElement[] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-id'));
}

const ids = (table: HTMLElement) => dataRows(table).map((row) => row.getAttribute('data-id'));

describe('TableView (English)', () => {
  it('shows every entity in a real table: caption, column headers, sortable buttons', () => {
    renderTable();
    const table = screen.getByRole('table');
    expect(dataRows(table)).toHaveLength(entities.length);
    expect(table.querySelector('caption')).toHaveTextContent(
      `Entities: ${entities.length} of ${entities.length} shown, sorted by Name, ascending.`,
    );
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent?.replace(/[▲▼↕]/g, ''))).toEqual([
      'Name',
      'Name in Arabic',
      'Kind',
      'Subkind',
      'Relations',
    ]);
    for (const th of headers) expect(th).toHaveAttribute('scope', 'col');
    expect(headers[0]).toHaveAttribute('aria-sort', 'ascending');
    expect(headers[1]).not.toHaveAttribute('aria-sort');
    expect(within(headers[0]!).getByRole('button', { name: /Name/ })).toBeInTheDocument();
    // Name in the reader's language, the other name isolated in its own direction.
    const israel = dataRows(table).find((r) => r.getAttribute('data-id') === 'israel')!;
    expect(within(israel).getByRole('button', { name: 'Israel' })).toBeInTheDocument();
    expect(israel.querySelector('bdi[lang="ar"][dir="rtl"]')).toHaveTextContent('إسرائيل');
    expect(israel).toHaveTextContent('Country');
    expect(israel).toHaveTextContent('State');
  });

  it('sorts by a column, then the other way round', async () => {
    const r = renderTable();
    const table = screen.getByRole('table');
    const relations = within(table).getByRole('button', { name: /Relations/ });
    await r.user.click(relations);
    const th = relations.closest('th')!;
    expect(th).toHaveAttribute('aria-sort', 'ascending');
    const counts = () => dataRows(table).map((row) => Number(row.lastElementChild?.textContent));
    const ascending = counts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await r.user.click(relations);
    expect(th).toHaveAttribute('aria-sort', 'descending');
    const descending = counts();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(table.querySelector('caption')).toHaveTextContent('sorted by Relations, descending');
  });

  it('honours the filters: kinds=country,person shows exactly those entities', () => {
    renderTable({ state: { filters: filters({ kinds: ['country', 'person'] }) } });
    const table = screen.getByRole('table');
    expect([...ids(table)].sort()).toEqual(countriesAndPeople.map((e) => e.id).sort());
    expect(screen.getByRole('tab', { name: /Entities/ })).toHaveTextContent(
      String(countriesAndPeople.length),
    );
  });

  it('filters rows by name with Arabic normalisation, in either language', async () => {
    const r = renderTable();
    const search = screen.getByRole('searchbox', { name: 'Filter the tables by name' });
    await r.user.type(search, 'اذربيجان'); // no hamza: still finds أذربيجان
    const table = screen.getByRole('table');
    expect(ids(table)).toContain('azerbaijan');
    expect(ids(table)).not.toContain('israel');
    await r.user.clear(search);
    await r.user.type(search, 'hezbollah');
    expect(ids(screen.getByRole('table'))).toContain('hezbollah');
    expect(ids(screen.getByRole('table'))).not.toContain('azerbaijan');
    await r.user.clear(search);
    await r.user.type(search, 'zzzz');
    expect(dataRows(screen.getByRole('table'))).toHaveLength(0);
    expect(screen.getByRole('table')).toHaveTextContent(
      'Nothing here matches the filters and the search.',
    );
  });

  it('marks the selected entity and selects the entity of a clicked row', async () => {
    const r = renderTable({ state: { selection: { type: 'node', id: 'israel' } } });
    const table = screen.getByRole('table');
    const row = (id: string) => dataRows(table).find((tr) => tr.getAttribute('data-id') === id)!;
    expect(row('israel')).toHaveAttribute('aria-current', 'true');
    expect(row('iran')).not.toHaveAttribute('aria-current');
    await r.user.click(within(row('iran')).getAllByRole('cell')[2]!);
    expect(r.store.getState().selection).toEqual({ type: 'node', id: 'iran' });
    expect(row('iran')).toHaveAttribute('aria-current', 'true');
    await r.user.click(within(row('hamas')).getByRole('button', { name: 'Hamas' }));
    expect(r.store.getState().selection).toEqual({ type: 'node', id: 'hamas' });
  });

  it('relations: source, label, target, years, status and the evidence, selectable', async () => {
    const r = renderTable();
    await r.user.click(screen.getByRole('tab', { name: /Relations/ }));
    const table = screen.getByRole('table');
    expect(dataRows(table)).toHaveLength(index.relations.size);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual([
      'From',
      'Relation',
      'To',
      'Years',
      'Status',
      'Evidence (¶ and quote)',
    ]);
    const stake = dataRows(table).find(
      (tr) => tr.getAttribute('data-id') === 'socar-bought-stake-in-tamar',
    )!;
    expect(stake).toHaveTextContent('2025');
    expect(stake).toHaveTextContent('Reported');
    expect(stake).toHaveTextContent(/¶\d+/);
    expect(stake.querySelector('.quote[lang="ar"][dir="rtl"]')).not.toBeNull();
    await r.user.click(within(stake).getAllByRole('button')[1]!);
    expect(r.store.getState().selection).toEqual({
      type: 'edge',
      id: 'socar-bought-stake-in-tamar',
    });
    expect(stake).toHaveAttribute('aria-current', 'true');
  });

  it('the time filter keeps the relations of those years (undated ones stay)', async () => {
    const r = renderTable({ state: { filters: filters({ yearRange: [2025, 2025] }) } });
    await r.user.click(screen.getByRole('tab', { name: /Relations/ }));
    const shown = ids(screen.getByRole('table'));
    expect(shown).toContain('socar-bought-stake-in-tamar');
    expect(shown).not.toContain('azerbaijan-took-part-in-2020-war');
    expect(shown).toContain('israel-azerbaijan-close-relations');
  });

  it('claims: claimant, claim, beneficiary, status, quote; "only reported" leaves none', async () => {
    const r = renderTable();
    await r.user.click(screen.getByRole('tab', { name: /Claims/ }));
    const table = screen.getByRole('table');
    expect(dataRows(table)).toHaveLength(index.claims.size);
    const claim = dataRows(table).find(
      (tr) => tr.getAttribute('data-id') === 'claim-joining-serves-israeli-interest',
    )!;
    const cells = within(claim).getAllByRole('cell');
    expect(
      within(cells[0]!).getByRole('button', { name: 'Unnamed political source' }),
    ).toBeInTheDocument();
    expect(claim).toHaveTextContent("Azerbaijan's joining serves the Israeli interest.");
    expect(within(claim).getByRole('button', { name: 'Israel' })).toBeInTheDocument();
    expect(claim).toHaveTextContent(/Claimed by/);
    await r.user.click(within(claim).getByRole('button', { name: /joining serves/ }));
    expect(r.store.getState().selection).toEqual({
      type: 'edge',
      id: 'claim:claim-joining-serves-israeli-interest',
    });

    act(() => r.store.getState().setFilters({ status: 'reported' }));
    expect(dataRows(screen.getByRole('table'))).toHaveLength(0);
    expect(screen.getByRole('tab', { name: /Claims/ })).toHaveTextContent('0');
  });

  it('tabs follow the ARIA pattern: arrows move and select', async () => {
    const r = renderTable();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', tabs[0]!.id);
    tabs[0]!.focus();
    await r.user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[1]).toHaveFocus();
    await r.user.keyboard('{End}');
    expect(tabs[2]).toHaveAttribute('aria-selected', 'true');
    await r.user.keyboard('{ArrowRight}');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
  });
});

describe('TableView (Arabic)', () => {
  it('names, headers and caption in Arabic; the other name in English', () => {
    renderTable({ lang: 'ar' });
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')).toHaveTextContent(
      `الكيانات: المعروض ${entities.length} من ${entities.length}، مرتبة حسب «الاسم» تصاعديًا.`,
    );
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual(['الاسم', 'الاسم بالإنجليزية', 'النوع', 'النوع الفرعي', 'العلاقات']);
    const israel = dataRows(table).find((r) => r.getAttribute('data-id') === 'israel')!;
    expect(within(israel).getByRole('button', { name: 'إسرائيل' })).toBeInTheDocument();
    expect(israel.querySelector('bdi[lang="en"][dir="ltr"]')).toHaveTextContent('Israel');
    expect(israel).toHaveTextContent('دولة');
    // Sorted in Arabic collation: the first name starts with the first Arabic letters.
    const names = dataRows(table).map(
      (row) => row.querySelector('.entity-link')?.textContent ?? '',
    );
    expect(names).toEqual(
      [...names].sort(new Intl.Collator('ar', { sensitivity: 'base', numeric: true }).compare),
    );
  });

  it('the search finds English names from the Arabic UI, and arrows follow the RTL row', async () => {
    const r = renderTable({ lang: 'ar' });
    await r.user.type(screen.getByRole('searchbox', { name: 'تصفية الجداول بالاسم' }), 'Iran');
    expect(ids(screen.getByRole('table'))).toContain('iran');
    const tabs = screen.getAllByRole('tab');
    expect(tabs[0]).toHaveTextContent('الكيانات');
    tabs[0]!.focus();
    await r.user.keyboard('{ArrowLeft}');
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent(/^العلاقات:/);
  });

  it('follows a language switch', () => {
    const r = renderTable();
    expect(screen.getByRole('button', { name: 'Israel' })).toBeInTheDocument();
    act(() => r.store.getState().setLang('ar'));
    expect(screen.getByRole('button', { name: 'إسرائيل' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /الكيانات/ })).toBeInTheDocument();
  });
});
