import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { Legend } from '../../../src/features/legend/Legend';
import { loadDatasetValue } from '../../../src/model/load';
import type { DatasetInput } from '../../../src/model/schema';
import { SHAPE_PATHS } from '../../../src/theme/shapes';
import { partiesIndex } from '../datasets';
import { renderWithApp } from '../render';

const evidence = [{ source: 's', paragraph: 1, quote: 'q', status: 'reported' as const }];

/** A graph with kinds of its own, the way an imported file has them. */
function shippingIndex() {
  const input: DatasetInput = {
    version: 1,
    id: 'shipping',
    title: { ar: 'الشحن', en: 'Shipping' },
    sources: [{ id: 's', title: { en: 'Notes' }, language: 'en' }],
    entityKinds: [
      { id: 'ship', label: { ar: 'سفينة', en: 'Ship' }, shape: 'triangle', color: '#117733' },
      { id: 'port', label: { ar: 'ميناء', en: 'Port' }, shape: 'octagon', color: '#332288' },
      { id: 'unused', label: { ar: 'غير مستخدم', en: 'Unused' }, shape: 'star', color: '#999933' },
    ],
    entities: [
      { id: 'a', kind: 'ship', label: { ar: 'إيفر غيفن', en: 'Ever Given' } },
      { id: 'b', kind: 'ship', label: { ar: 'ميرسك', en: 'Maersk' }, look: { color: '#FF0000' } },
      { id: 'c', kind: 'port', label: { ar: 'السويس', en: 'Suez' } },
    ],
    relationTypes: [
      { id: 'docks', family: 'other', directed: false, label: { ar: 'يرسو', en: 'docks' } },
    ],
    relations: [{ id: 'r1', type: 'docks', source: 'a', target: 'c', evidence }],
  };
  const result = loadDatasetValue(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.index;
}

describe('Legend', () => {
  it("lists the dataset's own kinds in use with their shapes, the grey lines, and the author's colours", () => {
    renderWithApp(<Legend />, { index: shippingIndex(), state: { legendOpen: true } });
    const legend = screen.getByRole('region', { name: /^Legend/ });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.trim());
    expect(items).toEqual([
      'Ship',
      'Port',
      "Colours and sizes as the file's author drew them",
      'Other',
      'Reported by the source',
    ]);
    // Drawn with the kind's own shape and colour, as on the canvas.
    const ship = within(legend).getByText('Ship').closest('li') as HTMLElement;
    expect(ship.querySelector('svg')).toHaveAttribute('fill', '#117733');
    expect(ship.querySelector('path')).toHaveAttribute('d', SHAPE_PATHS.triangle);
    expect(legend).not.toHaveTextContent('Organization');
    expect(legend).not.toHaveTextContent('Unused');
    expect(legend).not.toHaveTextContent('Armed group');
  });

  it('names them in Arabic from the dataset', () => {
    renderWithApp(<Legend />, { index: shippingIndex(), lang: 'ar', state: { legendOpen: true } });
    const legend = screen.getByRole('region', { name: /^مفتاح الرموز/ });
    expect(legend).toHaveTextContent('سفينة');
    expect(legend).toHaveTextContent('ميناء');
  });

  it('the seed keeps its key: its kinds, the rings, claimed lines', () => {
    renderWithApp(<Legend />, { state: { legendOpen: true } });
    const legend = screen.getByRole('region', { name: /^Legend/ });
    expect(legend).toHaveTextContent('Country');
    expect(legend).toHaveTextContent('Armed group (red ring)');
    expect(legend).toHaveTextContent('Claimed by someone');
    expect(legend).not.toHaveTextContent('as the file');
  });
});

describe('kind filter with kinds of the dataset', () => {
  it('offers the kinds in use, by their names, and filters by their ids', async () => {
    const user = userEvent.setup();
    const r = renderWithApp(<FilterPanel />, { index: shippingIndex() });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const port = screen.getByRole('checkbox', { name: /Port/ });
    expect(screen.getByRole('checkbox', { name: /Ship/ })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Unused/ })).not.toBeInTheDocument();
    await act(() => user.click(port));
    expect(r.store.getState().filters.kinds).toEqual(['ship']);
  });
});

describe('colour and size by data', () => {
  it('colours by an attribute the dataset has and says what each colour means', async () => {
    const user = userEvent.setup();
    const r = renderWithApp(<Legend />, { index: partiesIndex(), state: { legendOpen: true } });
    await user.selectOptions(screen.getByTestId('color-by'), 'attr:party');
    expect(r.store.getState().colorBy).toBe('attr:party');
    const key = screen.getByTestId('color-key');
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['Blue (3)', 'Green (1)']);
    await user.selectOptions(screen.getByTestId('size-by'), 'attr:votes');
    expect(r.store.getState().sizeBy).toBe('attr:votes');
    expect(screen.getByText('Smallest 0, largest 30')).toBeInTheDocument();
  });

  it('in Arabic, and the seed offers size by number of lines only', () => {
    renderWithApp(<Legend />, { lang: 'ar', state: { legendOpen: true } });
    expect(screen.queryByTestId('color-by')).toBeNull();
    const size = screen.getByTestId('size-by');
    expect(
      within(size)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['كما رُسم', 'حسب عدد الخطوط']);
  });
});
