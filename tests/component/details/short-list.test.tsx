/**
 * A hub's details (ShortList): each group of its relations shows its first few and "Show all
 * N"; the button shows the rest and takes focus to the first of them; printing shows
 * everything without a click; the seed's entities show everything as before.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { HUB_GROUP, HUB_LINES } from '../../../src/features/details/EntityDetails';
import { buildIndex } from '../../../src/model/graph-index';
import { renderWithApp, seedIndex } from '../render';

const MORE = HUB_LINES + 5;

/** Azerbaijan with MORE extra relations of one type and direction: a hub with one long group. */
function hub() {
  const data = structuredClone(seedIndex().data);
  const [type] = data.relationTypes;
  if (!type) throw new Error('the seed has relation types');
  for (let i = 0; i < MORE; i++) {
    data.entities.push({
      id: `p${i}`,
      kind: 'place',
      label: { ar: `مكان ${i}`, en: `Place ${i}` },
    });
    data.relations.push({
      id: `hub-${i}`,
      type: type.id,
      source: 'azerbaijan',
      target: `p${i}`,
      evidence: [],
    });
  }
  return buildIndex(data);
}

const STATE = { selection: { type: 'node' as const, id: 'azerbaijan' } };

function hubGroup(): HTMLElement {
  const item = document.querySelector<HTMLElement>('[data-relation="hub-0"]');
  const group = item?.closest('section');
  if (!group) throw new Error('no group for the added relations');
  return group;
}

describe.each(['en', 'ar'] as const)('a long list in the details (%s)', (lang) => {
  it('shows the first few of a group and the rest on "Show all", focus on the first shown', () => {
    renderWithApp(<DetailsPanel />, { lang, index: hub(), state: STATE });
    const group = hubGroup();
    const total = group.querySelectorAll('li.relation').length;
    expect(total).toBe(HUB_GROUP);
    const all = within(group)
      .getAllByRole('button')
      .find((b) => b.className === 'show-all');
    if (!all) throw new Error('no "Show all" button');
    const count = Number((all.textContent ?? '').replace(/\D+/g, ''));
    expect(count).toBeGreaterThanOrEqual(MORE);
    expect(all).toHaveTextContent(lang === 'ar' ? `عرض الكل (${count})` : `Show all ${count}`);
    fireEvent.click(all);
    const items = group.querySelectorAll<HTMLElement>('li.relation');
    expect(items).toHaveLength(count);
    expect(items[HUB_GROUP]).toHaveFocus();
    expect(within(group).queryByText(/Show all|عرض الكل/)).toBeNull();
  });

  it('shows everything before printing', () => {
    renderWithApp(<DetailsPanel />, { lang, index: hub(), state: STATE });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const group = hubGroup();
    expect(group.querySelectorAll('li.relation').length).toBeGreaterThanOrEqual(MORE);
    expect(within(group).queryByText(/Show all|عرض الكل/)).toBeNull();
  });
});

describe('a short list', () => {
  it.each(['azerbaijan', 'stabilization-force', 'political-source', 'israel'])(
    'shows all of %s on the seed dataset, as before',
    (id) => {
      renderWithApp(<DetailsPanel />, { state: { selection: { type: 'node', id } } });
      expect(screen.getByRole('heading', { level: 2 })).toBeVisible();
      expect(screen.queryByText(/Show all/)).toBeNull();
    },
  );
});
