import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainLabel } from '../../../src/graph/labels';
import { toElements } from '../../../src/graph/elements';
import { parallelBundles } from '../../../src/model/bundles';
import { MAX_PARALLEL_DRAWN } from '../../../src/model/limits';
import { loadDatasetValue } from '../../../src/model/load';
import type { Dataset } from '../../../src/model/schema';

const words = { claims: 'claims', benefits: 'would benefit', concerns: 'concerns' };
const seed = JSON.parse(readFileSync('data/azerbaijan-gaza.json', 'utf8')) as Dataset;

function withParallel(count: number, source: string, target: string) {
  const template = seed.relations[0]!;
  const extra = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `parallel-${i}`,
    source: i % 2 ? target : source,
    target: i % 2 ? source : target,
  }));
  const loaded = loadDatasetValue({ ...seed, relations: [...seed.relations, ...extra] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 2)));
  return loaded.index;
}

describe('parallel relations beyond a handful', () => {
  it('are drawn as one line with their count; the others of the seed are untouched', () => {
    const index = withParallel(40, 'hamas', 'hezbollah');
    const elements = toElements(index, 'en', words);
    const between = elements.filter(
      (e) =>
        e.group === 'edges' && [e.data.source, e.data.target].sort().join() === 'hamas,hezbollah',
    );
    expect(between).toHaveLength(1);
    expect(plainLabel(String(between[0]?.data.bundle))).toBe('×40');
    expect(between[0]?.classes).toContain('bundle');
    const group = parallelBundles(index).groupOf.get(String(between[0]?.data.id));
    expect(group?.map((e) => e.id)).toEqual(Array.from({ length: 40 }, (_, i) => `parallel-${i}`));
    // Every other seed line is still drawn one by one.
    const drawn = elements.filter((e) => e.group === 'edges').length;
    expect(drawn).toBe(index.edges.length - 39);
  });

  it(`up to ${MAX_PARALLEL_DRAWN} are drawn one by one, self-loops bundle too`, () => {
    expect(
      parallelBundles(withParallel(MAX_PARALLEL_DRAWN, 'hamas', 'hezbollah')).hidden.size,
    ).toBe(0);
    const loops = parallelBundles(withParallel(1_000, 'hamas', 'hamas'));
    expect(loops.hidden.size).toBe(999);
  });
});
