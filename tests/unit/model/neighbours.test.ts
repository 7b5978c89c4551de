import { describe, it, expect } from 'vitest';
import { neighbourhood } from '../../../src/model/neighbours';
import { seedLike } from './graph-fixture';

const index = seedLike();
const sorted = (s: Set<string>) => [...s].sort();

describe('neighbourhood', () => {
  it('hops 0 is just the ids, without edges', () => {
    const n = neighbourhood(index, ['israel', 'iran'], 0);
    expect(sorted(n.entities)).toEqual(['iran', 'israel']);
    expect(n.edges.size).toBe(0);
  });

  it('ignores ids the index does not know', () => {
    expect(sorted(neighbourhood(index, ['nobody', 'gaza'], 2).entities)).toEqual(['gaza']);
    expect(neighbourhood(index, ['nobody'], 1).entities.size).toBe(0);
    expect(neighbourhood(index, [], 2).entities.size).toBe(0);
  });

  it('walks edges both ways whatever their direction', () => {
    // r4 is iran → huseynyun; from huseynyun it is still one hop.
    const n = neighbourhood(index, ['huseynyun'], 1);
    expect(sorted(n.entities)).toEqual(['huseynyun', 'iran']);
    expect(sorted(n.edges)).toEqual(['r4']);
  });

  it('reaches two hops and returns the edges walked', () => {
    const n = neighbourhood(index, ['huseynyun'], 2);
    expect(sorted(n.entities)).toEqual([
      'azerbaijan',
      'hamas',
      'hezbollah',
      'huseynyun',
      'iran',
      'stability',
    ]);
    expect(sorted(n.edges)).toEqual(['concerns:c1:iran', 'r2', 'r3', 'r4', 'r9']);
  });

  it('with induced, adds the edges between entities on the rim', () => {
    const n = neighbourhood(index, ['huseynyun'], 2, { induced: true });
    // stability and azerbaijan are both two hops out; the claim links them.
    expect(sorted(n.edges)).toEqual([
      'benefit:c1:azerbaijan',
      'concerns:c1:iran',
      'r2',
      'r3',
      'r4',
      'r9',
    ]);
  });

  it('starts from several ids at once', () => {
    const n = neighbourhood(index, ['socar', 'force'], 1);
    expect(sorted(n.entities)).toEqual(['azerbaijan', 'force', 'israel', 'socar']);
    expect(sorted(n.edges)).toEqual(['r7', 'r8']);
  });

  it('walks only the edges the filter accepts', () => {
    const reported = neighbourhood(index, ['huseynyun'], 2, {
      edgeFilter: (e) => e.status === 'reported',
    });
    expect(sorted(reported.entities)).toEqual(['huseynyun']);
    const noClaims = neighbourhood(index, ['israel'], 1, {
      edgeFilter: (e) => e.family !== 'claim',
    });
    expect(sorted(noClaims.entities)).toEqual([
      'azerbaijan',
      'hamas',
      'hezbollah',
      'israel',
      'socar',
    ]);
    const induced = neighbourhood(index, ['israel'], 1, {
      edgeFilter: (e) => e.family !== 'claim',
      induced: true,
    });
    expect(induced.edges.has('benefit:c1:azerbaijan')).toBe(false);
  });

  it('stops when nothing new is reached', () => {
    const all = neighbourhood(index, ['israel'], 50);
    // gaza has no edge; expert only asserts edges, it is no endpoint.
    const unreached = [...index.entities.keys()].filter((id) => !all.entities.has(id));
    expect(unreached.sort()).toEqual(['expert', 'gaza']);
    expect(all.edges.size).toBe(index.edges.length);
  });
});
