import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { partiesIndex } from '../datasets';
import { renderWithApp } from '../render';

describe('filter by an attribute of the file', () => {
  it('offers the attribute, then its values with counts, and keeps only the ones chosen', async () => {
    const user = userEvent.setup();
    const r = renderWithApp(<FilterPanel />, { index: partiesIndex() });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const box = screen.getByTestId('attribute-filter');
    await user.selectOptions(within(box).getByRole('combobox', { name: 'Attribute' }), 'party');
    const green = within(box).getByRole('checkbox', { name: /Green/ });
    expect(within(box).getByRole('checkbox', { name: /Blue/ })).toHaveAccessibleName(/3/);
    await user.click(green);
    expect(r.store.getState().filters.attribute).toEqual({ name: 'party', values: ['Blue'] });
    expect(screen.getByRole('status')).toHaveTextContent('3 of 4 entities');
  });

  it('reads in Arabic', async () => {
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />, { index: partiesIndex(), lang: 'ar' });
    await user.click(screen.getByRole('button', { name: 'تصفية' }));
    expect(screen.getByTestId('attribute-filter')).toHaveTextContent('من الملف');
  });

  it('is absent for the seed', async () => {
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    expect(screen.queryByTestId('attribute-filter')).toBeNull();
  });
});
