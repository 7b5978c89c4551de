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

  it("offers a numeric attribute as a range, from the file's smallest to its largest value", async () => {
    const user = userEvent.setup();
    const r = renderWithApp(<FilterPanel />, { index: partiesIndex() });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const box = screen.getByTestId('attribute-filter');
    const select = within(box).getByRole('combobox', { name: 'Attribute' });
    expect(within(select).getByRole('group', { name: 'A range of numbers' })).toHaveTextContent(
      'votes',
    );
    await user.selectOptions(select, 'range:votes');
    const from = within(box).getByRole('spinbutton', { name: 'From' });
    const to = within(box).getByRole('spinbutton', { name: 'To' });
    expect(from).toHaveValue(0);
    expect(to).toHaveValue(30);
    expect(box).toHaveTextContent('From 0 to 30 in this file');
    // The whole span is no filter; narrowing it is.
    expect(r.store.getState().filters.range).toBeNull();
    await user.clear(from);
    await user.type(from, '10');
    expect(r.store.getState().filters.range).toEqual({ name: 'votes', min: 10, max: 30 });
    expect(screen.getByRole('status')).toHaveTextContent('3 of 4 entities');
    // Numbers in the wrong order are said, and the last good range stays.
    await user.clear(to);
    await user.type(to, '5');
    expect(within(box).getByRole('alert')).toHaveTextContent(
      'The first number is above the second: swap them.',
    );
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(r.store.getState().filters.range).toEqual({ name: 'votes', min: 10, max: 30 });
    // Choosing another attribute clears it.
    await user.selectOptions(select, 'party');
    expect(r.store.getState().filters.range).toBeNull();
  });

  it('reads the range in Arabic', async () => {
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />, { index: partiesIndex(), lang: 'ar' });
    await user.click(screen.getByRole('button', { name: 'تصفية' }));
    const box = screen.getByTestId('attribute-filter');
    await user.selectOptions(within(box).getByRole('combobox', { name: 'السمة' }), 'range:votes');
    expect(within(box).getByRole('spinbutton', { name: 'من' })).toHaveValue(0);
    expect(within(box).getByRole('spinbutton', { name: 'إلى' })).toHaveValue(30);
    expect(box).toHaveTextContent('من 0 إلى 30 في هذا الملف');
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
