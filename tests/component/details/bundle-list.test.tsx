import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { loadDatasetValue } from '../../../src/model/load';
import { renderWithApp, seedIndex } from '../render';

function withParallel(count: number) {
  const seed = seedIndex().data;
  const template = seed.relations.find((r) => r.source === 'iran' && r.target === 'hamas')!;
  const extra = Array.from({ length: count }, (_, i) => ({ ...template, id: `p-${i}` }));
  const loaded = loadDatasetValue({ ...seed, relations: [...seed.relations, ...extra] });
  if (!loaded.ok) throw new Error('does not load');
  return loaded.index;
}

describe('a line drawn for many parallel relations', () => {
  it.each([
    ['en', '251 lines join these two, drawn as one. Each of them:', '… and 51 more'],
    ['ar', 'يربط بين هذين 251 خطًّا، رُسمت خطًّا واحدًا. وهي:', '… و51 غيرها'],
  ] as const)('%s: the details list them, each one click away', (lang, heading, more) => {
    const index = withParallel(250);
    const first = index.edges.find((e) => e.source === 'iran' && e.target === 'hamas')!;
    const { store } = renderWithApp(<DetailsPanel />, {
      lang,
      index,
      state: { selection: { type: 'edge', id: first.id } },
    });
    const list = screen.getByTestId('bundle-list');
    expect(within(list).getByRole('heading').textContent).toBe(heading);
    expect(within(list).getAllByRole('listitem')).toHaveLength(200);
    // Each line says which paragraph it cites, so lines of one type can be told apart.
    expect(within(list).getAllByRole('listitem')[1]?.textContent).toMatch(/¶\d/);
    expect(list.textContent).toContain(more);
    fireEvent.click(within(within(list).getAllByRole('listitem')[3]!).getAllByRole('button')[0]!);
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'p-2' });
  });
});
