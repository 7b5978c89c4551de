import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { RegionBoundary } from '../../../src/ui/RegionBoundary';
import { renderWithApp } from '../render';

let broken = true;
function Fragile() {
  if (broken) throw new Error('the panel fell over');
  return <p>panel works</p>;
}

describe('RegionBoundary: one region fails, the rest keeps working', () => {
  afterEach(() => {
    broken = true;
    delete window.__relgraphFaults;
    vi.restoreAllMocks();
  });

  it.each([
    [
      'en',
      'The details panel stopped working. The rest of the page still works.',
      'Try details panel again',
    ],
    ['ar', 'حدث عطل في لوح التفاصيل. بقية الصفحة تعمل.', 'أعد تشغيل لوح التفاصيل'],
  ] as const)(
    '%s: says which region failed and why, beside a working sibling',
    (lang, says, retry) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      renderWithApp(
        <>
          <RegionBoundary region="details">
            <Fragile />
          </RegionBoundary>
          <p>sibling works</p>
        </>,
        { lang },
      );
      expect(screen.getByText('sibling works')).toBeInTheDocument();
      const alert = screen.getByTestId('region-error-details');
      expect(alert).toHaveAttribute('role', 'alert');
      expect(alert.textContent).toContain(says);
      expect(alert.querySelector('bdi')?.textContent).toBe('the panel fell over');
      broken = false;
      fireEvent.click(screen.getByRole('button', { name: retry }));
      expect(screen.getByText('panel works')).toBeInTheDocument();
      expect(screen.queryByTestId('region-error-details')).toBeNull();
    },
  );

  it('an injected fault fails only its region; removing it and trying again restores the panel', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.__relgraphFaults = ['details'];
    const { store } = renderWithApp(
      <RegionBoundary region="details">
        <DetailsPanel />
      </RegionBoundary>,
      { state: { selection: { type: 'node', id: 'azerbaijan' } } },
    );
    expect(screen.getByTestId('region-error-details').textContent).toContain(
      'injected fault in details',
    );
    window.__relgraphFaults = [];
    fireEvent.click(screen.getByRole('button', { name: 'Try details panel again' }));
    expect(screen.getByTestId('details')).toBeInTheDocument();
    act(() => store.getState().select({ type: 'node', id: 'iran' }));
    expect(screen.getByTestId('details').textContent).toContain('Iran');
  });
});
