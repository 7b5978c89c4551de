/**
 * "How are these connected?" on the seed dataset: the two ends, direction, the shortest paths as
 * sentences read in each step's direction with their evidence, and a clear "no path".
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { PathPanel } from '../../../src/features/paths/PathPanel';
import { routesOf } from '../../../src/features/paths/PathRoutes';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { shortestPaths } from '../../../src/model/paths';
import { renderWithApp, seedIndex } from '../render';

const ISRAEL_HUSEYNYUN = { pathQuery: { from: 'israel', to: 'huseynyun', directed: false } };

function panel(): HTMLElement {
  return screen.getByTestId('path-panel');
}

function step(edgeId: string): HTMLElement {
  const item = panel().querySelector<HTMLElement>(`.path-step[data-edge="${edgeId}"]`);
  if (!item) throw new Error(`no step for ${edgeId}`);
  return item;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('PathPanel', () => {
  it('is not there without a question', () => {
    renderWithApp(<PathPanel />);
    expect(screen.queryByTestId('path-panel')).toBeNull();
  });

  it('lists Israel → Azerbaijan → Huseynyun militia as sentences with ¶ and claimant', () => {
    renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    expect(screen.getByRole('region', { name: 'How are these connected?' })).toBe(panel());
    expect(within(panel()).getByRole('group', { name: 'From' })).toHaveTextContent('Israel');
    expect(within(panel()).getByRole('group', { name: 'To' })).toHaveTextContent(
      'Huseynyun militia',
    );
    expect(panel()).toHaveTextContent('Connected in 2 steps');
    expect(text(panel().querySelector('.route-chain'))).toBe(
      'Israel › Azerbaijan › Huseynyun militia',
    );

    const close = step('israel-azerbaijan-close-relations');
    expect(text(close.querySelector('.sentence'))).toBe(
      'Israel — has close relations with — Azerbaijan',
    );
    expect(text(close.querySelector('.path-meta .paragraph-ref'))).toBe('¶5, ¶6, ¶8');
    expect(close.querySelector('.path-meta [data-status="reported"]')).not.toBeNull();

    const faces = step('azerbaijan-faces-huseynyun');
    expect(text(faces.querySelector('.sentence'))).toBe('Azerbaijan — faces → Huseynyun militia');
    expect(text(faces.querySelector('.path-meta .paragraph-ref'))).toBe('¶2');
    const badge = faces.querySelector('.path-meta [data-status="claimed"]');
    expect(text(badge)).toBe('Claimed by Unnamed political source');
  });

  it('leads each hop with its best attested relation and folds the others away', async () => {
    const user = userEvent.setup();
    renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    const hop = panel().querySelector<HTMLElement>('.path-hop');
    if (!hop) throw new Error('no hop');
    const lead = hop.querySelector(':scope > ul > .path-step');
    expect(lead).toHaveAttribute('data-edge', 'israel-azerbaijan-close-relations');
    const more = within(hop).getByText('3 more relations between them');
    const oil = step('azerbaijan-supplies-oil-to-israel');
    expect(oil).not.toBeVisible();
    await user.click(more);
    expect(oil).toBeVisible();
  });

  it('reads a step taken against the relation with its inverse label', () => {
    renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    // azerbaijan → israel, walked from Israel.
    const oil = step('azerbaijan-supplies-oil-to-israel');
    expect(text(oil.querySelector('.sentence'))).toBe(
      'Israel — has among its largest oil suppliers → Azerbaijan',
    );
  });

  it('shows the quotes behind a step on demand', async () => {
    const user = userEvent.setup();
    renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    const faces = step('azerbaijan-faces-huseynyun');
    const summary = within(faces).getByText('Evidence (1)');
    const quote = faces.querySelector('.quote');
    expect(quote).not.toBeNull();
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(quote).not.toBeVisible();
    await user.click(summary);
    expect(quote).toBeVisible();
    expect(faces).toHaveTextContent("Both countries face proxies backed by Iran; in Israel's case");
  });

  it('writes the steps in Arabic, with arrows pointing the Arabic way', () => {
    renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN, lang: 'ar' });
    expect(screen.getByRole('region', { name: 'كيف يرتبط هذان؟' })).toBe(panel());
    expect(panel()).toHaveTextContent('متصلان بخطوتين');
    const faces = step('azerbaijan-faces-huseynyun');
    expect(text(faces.querySelector('.sentence'))).toBe('أذربيجان — في مواجهة ← ميليشيا حسينيون');
    expect(text(faces.querySelector('.path-meta [data-status="claimed"]'))).toBe(
      'ادعاء بحسب مصدر سياسي',
    );
    // The chain's chevrons point the way Arabic reads (to the left), chosen rather than mirrored.
    const chevrons = [...panel().querySelectorAll('.route-chain .chevron')].map((c) =>
      c.textContent?.trim(),
    );
    expect(chevrons.length).toBeGreaterThan(0);
    expect(new Set(chevrons)).toEqual(new Set(['‹']));
  });

  it('says clearly when there is no path with direction on, and offers to ignore it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<PathPanel />, {
      state: { pathQuery: { from: 'huseynyun', to: 'israel', directed: true } },
    });
    const none = screen.getByTestId('path-none');
    expect(none).toHaveTextContent(
      'No connection from Huseynyun militia to Israel when following relations only the way they point.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('No connection from Huseynyun militia');
    expect(screen.getByRole('checkbox', { name: /Direction matters/ })).toBeChecked();
    await user.click(within(none).getByRole('button', { name: 'Search both ways' }));
    expect(store.getState().pathQuery).toEqual({
      from: 'huseynyun',
      to: 'israel',
      directed: false,
    });
    expect(screen.queryByTestId('path-none')).toBeNull();
    expect(panel()).toHaveTextContent('Connected in 2 steps');
  });

  it('toggles "Direction matters" in the query (and so in the URL)', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    await user.click(screen.getByRole('checkbox', { name: /Direction matters/ }));
    expect(store.getState().pathQuery?.directed).toBe(true);
    // Directed: the oil supply (Azerbaijan → Israel) can no longer be walked from Israel.
    expect(panel().querySelector('[data-edge="azerbaijan-supplies-oil-to-israel"]')).toBeNull();
    expect(panel().querySelector('[data-edge="israel-azerbaijan-close-relations"]')).not.toBeNull();
  });

  it('mentions the filters when they leave no path', () => {
    renderWithApp(<PathPanel />, {
      state: {
        pathQuery: { from: 'israel', to: 'huseynyun', directed: false },
        filters: { ...EMPTY_FILTERS, claimant: 'zeev-khanin' },
      },
    });
    expect(screen.getByTestId('path-none')).toHaveTextContent(
      'Only the lines the filters leave visible are followed.',
    );
  });

  it('swaps the ends and closes', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    await user.click(screen.getByRole('button', { name: 'Swap the two entities' }));
    expect(store.getState().pathQuery).toEqual({
      from: 'huseynyun',
      to: 'israel',
      directed: false,
    });
    expect(screen.getByRole('group', { name: 'From' })).toHaveTextContent('Huseynyun militia');
    await user.click(screen.getByRole('button', { name: 'Close “How are these connected?”' }));
    expect(store.getState().pathQuery).toBeNull();
    expect(screen.queryByTestId('path-panel')).toBeNull();
  });

  it('an end is a link to its details', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    const from = screen.getByRole('group', { name: 'From' });
    await user.click(within(from).getByRole('button', { name: 'Israel' }));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'israel' });
  });

  it('changes an end with the picker in the panel', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<PathPanel />, { state: ISRAEL_HUSEYNYUN });
    await user.click(screen.getByRole('button', { name: 'Change “Huseynyun militia”' }));
    expect(store.getState().pathQuery).toBeNull();
    const picker = screen.getByRole('combobox', { name: 'Entity to connect to' });
    expect(picker).toHaveFocus();
    expect(panel()).toHaveTextContent('Choose the other entity here');
    await user.type(picker, 'حماس');
    // The other end is never offered.
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('data-entity'))).not.toContain(
      'israel',
    );
    await user.keyboard('{Enter}');
    expect(store.getState().pathQuery).toEqual({ from: 'israel', to: 'hamas', directed: false });
  });

  it('starts from the details panel button, and completes from another entity’s details', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(
      <>
        <DetailsPanel />
        <PathPanel />
      </>,
      { state: { selection: { type: 'node', id: 'israel' } } },
    );
    await user.click(screen.getByRole('button', { name: 'How is it connected…?' }));
    expect(within(panel()).getByRole('group', { name: 'From' })).toHaveTextContent('Israel');
    expect(screen.getByRole('combobox', { name: 'Entity to connect to' })).toHaveFocus();

    store.getState().select({ type: 'node', id: 'huseynyun' });
    await user.click(await screen.findByRole('button', { name: 'Connect with Israel' }));
    expect(store.getState().pathQuery).toEqual({
      from: 'israel',
      to: 'huseynyun',
      directed: false,
    });
    expect(panel()).toHaveTextContent('Connected in 2 steps');
  });

  it('asking from the table view goes back to the graph, where the answer is drawn', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<DetailsPanel />, {
      state: { selection: { type: 'node', id: 'israel' }, view: 'table' },
    });
    await user.click(screen.getByRole('button', { name: 'How is it connected…?' }));
    expect(store.getState().view).toBe('graph');
  });

  it('says when both ends are the same entity', () => {
    renderWithApp(<PathPanel />, {
      state: { pathQuery: { from: 'israel', to: 'israel', directed: false } },
    });
    expect(panel()).toHaveTextContent('Both ends are the same entity.');
  });

  it('names an unknown id from the URL', () => {
    renderWithApp(<PathPanel />, {
      state: { pathQuery: { from: 'israel', to: 'atlantis', directed: false } },
    });
    expect(panel()).toHaveTextContent('No entity has the id “atlantis”.');
  });
});

describe('routesOf', () => {
  it('groups paths through the same entities, keeping every relation of each hop', () => {
    const paths = shortestPaths(seedIndex(), 'israel', 'huseynyun', { directed: false });
    const routes = routesOf(paths);
    expect(routes).toHaveLength(1);
    expect(routes[0]?.entities).toEqual(['israel', 'azerbaijan', 'huseynyun']);
    expect(routes[0]?.hops[0]?.map((s) => s.edge.id).sort()).toEqual(
      [...new Set(paths.map((p) => p.steps[0]?.edge.id))].sort(),
    );
    expect(routes[0]?.hops[1]?.map((s) => s.edge.id)).toEqual(['azerbaijan-faces-huseynyun']);
  });
});
