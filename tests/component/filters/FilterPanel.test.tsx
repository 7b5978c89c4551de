import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { EMPTY_FILTERS, type FilterState } from '../../../src/model/filters';
import { ENTITY_KINDS } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

afterEach(cleanup);

const index = seedIndex();
const TOTAL_ENTITIES = index.entities.size;
const TOTAL_EDGES = index.edges.length;
const COUNTRIES = [...index.entities.values()].filter((e) => e.kind === 'country').length;

function renderPanel(options: Parameters<typeof renderWithApp>[1] = {}) {
  const rendered = renderWithApp(<FilterPanel />, options);
  return { ...rendered, user: userEvent.setup() };
}

async function openPanel(user: ReturnType<typeof userEvent.setup>, name: RegExp = /^Filters/) {
  const toggle = screen.getByRole('button', { name });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
}

const filtersOf = (r: { store: { getState: () => { filters: FilterState } } }) =>
  r.store.getState().filters;

describe('FilterPanel (English)', () => {
  it('starts collapsed as a "Filters" button and opens into the panel with a summary', async () => {
    const r = renderPanel();
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await r.user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(
      `${TOTAL_ENTITIES} of ${TOTAL_ENTITIES} entities, ${TOTAL_EDGES} of ${TOTAL_EDGES} lines shown`,
    );
    expect(screen.getByRole('button', { name: /Reset all filters/ })).toBeDisabled();
  });

  it('opens by itself when the link arrives with filters, and counts them on the button', () => {
    renderPanel({
      state: { filters: { ...EMPTY_FILTERS, status: 'reported', hideUndated: true } },
    });
    const toggle = screen.getByRole('button', { name: /^Filters, 2 filters on/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('filter-badge')).toHaveTextContent('2');
  });

  it('entity kinds: one checkbox per kind present, with its count; unchecking hides that kind', async () => {
    const r = renderPanel();
    await openPanel(r.user);
    const group = screen.getByRole('group', { name: 'Entity kinds' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(
      ENTITY_KINDS.filter((k) => index.data.entities.some((e) => e.kind === k)).length,
    );
    const country = within(group).getByRole('checkbox', {
      name: new RegExp(`^Country ${COUNTRIES}$`),
    });
    expect(country).toBeChecked();

    await r.user.click(country);
    expect(filtersOf(r).kinds).not.toContain('country');
    expect(filtersOf(r).kinds).toContain('person');
    expect(country).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      `${TOTAL_ENTITIES - COUNTRIES} of ${TOTAL_ENTITIES} entities`,
    );

    // Checking it again covers every kind: no filter at all.
    await r.user.click(country);
    expect(filtersOf(r).kinds).toBeNull();
    await r.user.click(country);
    await r.user.click(within(group).getByRole('button', { name: 'All' }));
    expect(filtersOf(r).kinds).toBeNull();
  });

  it('relation families and types go to the store', async () => {
    const r = renderPanel();
    await openPanel(r.user);
    const families = screen.getByRole('group', { name: 'Relation families' });
    await r.user.click(within(families).getByRole('checkbox', { name: /^Claim \d+$/ }));
    expect(filtersOf(r).families).not.toContain('claim');

    const types = screen.getByRole('group', { name: 'Relation types' });
    const backs = within(types).getByRole('checkbox', { name: /^backs 3$/ });
    await r.user.click(backs);
    expect(filtersOf(r).relationTypes).not.toContain('backs-proxy');
    expect(filtersOf(r).relationTypes).toHaveLength(index.relationTypes.size - 1);
  });

  it('evidence: "only reported" and "only claims", with their counts', async () => {
    const r = renderPanel();
    await openPanel(r.user);
    const group = screen.getByRole('group', { name: 'Evidence' });
    expect(within(group).getByRole('radio', { name: `Everything ${TOTAL_EDGES}` })).toBeChecked();
    await r.user.click(within(group).getByRole('radio', { name: /^Only what the source reports/ }));
    expect(filtersOf(r).status).toBe('reported');
    expect(screen.getByRole('button', { name: /^Filters, 1 filter on$/ })).toBeInTheDocument();
    await r.user.click(within(group).getByRole('radio', { name: /^Only claims/ }));
    expect(filtersOf(r).status).toBe('claimed');
  });

  it('"only what one claimant claims": a select of claimants with counts', async () => {
    const r = renderPanel();
    await openPanel(r.user);
    const select = screen.getByRole('combobox', { name: 'Only what one claimant claims' });
    const options = within(select).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Anyone');
    expect(
      options.some((o) => /^Unnamed political source \(\d+\)$/.test(o.textContent ?? '')),
    ).toBe(true);
    await r.user.selectOptions(select, 'political-source');
    expect(filtersOf(r).claimant).toBe('political-source');
    await r.user.selectOptions(select, '');
    expect(filtersOf(r).claimant).toBeNull();
  });

  it('neighbourhood: disabled with a hint until an entity is selected', async () => {
    const r = renderPanel();
    await openPanel(r.user);
    const group = screen.getByRole('group', { name: 'Neighbourhood' });
    expect(within(group).getByRole('radio', { name: /^1 step/ })).toBeDisabled();
    expect(within(group).getByRole('radio', { name: /^Everything/ })).toBeEnabled();
    expect(group).toHaveAccessibleDescription(/Select an entity/);

    act(() => r.store.getState().select({ type: 'node', id: 'azerbaijan' }));
    const oneHop = within(group).getByRole('radio', { name: /^1 step around the selection \d+$/ });
    expect(oneHop).toBeEnabled();
    expect(group).toHaveAccessibleDescription('Around Azerbaijan');
    await r.user.click(oneHop);
    expect(filtersOf(r).hops).toBe(1);
    const shown = Number(
      /(\d+) of \d+ entities/.exec(screen.getByRole('status').textContent ?? '')?.[1] ?? 'NaN',
    );
    expect(shown).toBeLessThan(TOTAL_ENTITIES);
  });

  it('time: two labelled sliders over the dataset years; undated relations stay unless hidden', async () => {
    const r = renderPanel();
    await openPanel(r.user);
    const from = screen.getByRole('slider', { name: 'From' });
    const to = screen.getByRole('slider', { name: 'To' });
    expect(from).toHaveAttribute('min', '2020');
    expect(from).toHaveAttribute('max', '2025');
    expect(from).toHaveValue('2020');
    expect(to).toHaveValue('2025');

    fireEvent.change(from, { target: { value: '2025' } });
    expect(filtersOf(r).yearRange).toEqual([2025, 2025]);
    expect(screen.getByTestId('filter-in-range')).toHaveTextContent(/^3 dated lines in 2025–2025$/);

    // Moving "to" below "from" drags "from" along.
    fireEvent.change(to, { target: { value: '2023' } });
    expect(filtersOf(r).yearRange).toEqual([2023, 2023]);
    // Back to the whole span: no filter.
    fireEvent.change(from, { target: { value: '2020' } });
    fireEvent.change(to, { target: { value: '2025' } });
    expect(filtersOf(r).yearRange).toBeNull();

    await r.user.click(screen.getByRole('checkbox', { name: /^Hide undated relations \d+$/ }));
    expect(filtersOf(r).hideUndated).toBe(true);
  });

  it('one click resets everything', async () => {
    const r = renderPanel({
      state: {
        filters: {
          ...EMPTY_FILTERS,
          kinds: ['country'],
          status: 'claimed',
          yearRange: [2021, 2024],
          hideUndated: true,
        },
      },
    });
    await r.user.click(screen.getByRole('button', { name: /Reset all filters/ }));
    expect(filtersOf(r)).toEqual(EMPTY_FILTERS);
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      `${TOTAL_ENTITIES} of ${TOTAL_ENTITIES} entities`,
    );
  });
});

describe('FilterPanel (Arabic)', () => {
  it('speaks Arabic, with Arabic plurals in the summary and on the button', async () => {
    const r = renderPanel({ lang: 'ar' });
    await openPanel(r.user, /^تصفية/);
    expect(screen.getByRole('status')).toHaveTextContent(
      `المعروض: ${TOTAL_ENTITIES} من ${TOTAL_ENTITIES} كيانًا، و${TOTAL_EDGES} من ${TOTAL_EDGES} خطًا`,
    );
    expect(screen.getByRole('group', { name: 'أنواع الكيانات' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: `دولة ${COUNTRIES}` })).toBeChecked();

    await r.user.click(screen.getByRole('radio', { name: /^ما يورده المصدر فقط/ }));
    await r.user.click(screen.getByRole('checkbox', { name: /^إخفاء العلاقات غير المؤرخة/ }));
    expect(screen.getByRole('button', { name: /^تصفية, تصفيتان مفعّلتان$/ })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'من' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'إلى' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /إلغاء كل التصفيات/ })).toBeEnabled();
  });

  it('names claimants in Arabic', async () => {
    const r = renderPanel({ lang: 'ar' });
    await openPanel(r.user, /^تصفية/);
    const select = screen.getByRole('combobox', { name: 'ما يدّعيه طرف واحد فقط' });
    const political = within(select)
      .getAllByRole('option')
      .find((o) => o.getAttribute('value') === 'political-source');
    expect(political?.textContent).toContain(index.entities.get('political-source')?.label.ar);
  });
});
