import { describe, it, expect } from 'vitest';
import { shortestPaths, type Path } from '../../../src/model/paths';
import { buildIndex, rel, seedLike } from './graph-fixture';

const index = seedLike();
const entitiesOf = (paths: Path[]) => paths.map((p) => p.entities);
const edgesOf = (paths: Path[]) => paths.map((p) => p.steps.map((s) => s.edge.id));

describe('shortestPaths', () => {
  it('finds every shortest path when edges are followed both ways, in id order', () => {
    const paths = shortestPaths(index, 'israel', 'huseynyun', { directed: false });
    expect(entitiesOf(paths)).toEqual([
      ['israel', 'azerbaijan', 'iran', 'huseynyun'],
      ['israel', 'hamas', 'iran', 'huseynyun'],
      ['israel', 'hezbollah', 'iran', 'huseynyun'],
      ['israel', 'stability', 'iran', 'huseynyun'],
    ]);
    expect(edgesOf(paths)).toEqual([
      ['r1', 'r9', 'r4'],
      ['r6', 'r2', 'r4'],
      ['r5', 'r3', 'r4'],
      ['benefit:c1:israel', 'concerns:c1:iran', 'r4'],
    ]);
  });

  it('describes each step and whether it follows the edge direction', () => {
    const [, , viaHezbollah] = shortestPaths(index, 'israel', 'huseynyun', { directed: false });
    expect(viaHezbollah?.steps.map(({ from, to, forward }) => ({ from, to, forward }))).toEqual([
      { from: 'israel', to: 'hezbollah', forward: false }, // r5 is hezbollah—israel
      { from: 'hezbollah', to: 'iran', forward: false }, // r3 is iran → hezbollah
      { from: 'iran', to: 'huseynyun', forward: true }, // r4 is iran → huseynyun
    ]);
    for (const path of shortestPaths(index, 'israel', 'huseynyun', { directed: false })) {
      expect(path.entities).toHaveLength(path.steps.length + 1);
      path.steps.forEach((step, i) => {
        expect(step.from).toBe(path.entities[i]);
        expect(step.to).toBe(path.entities[i + 1]);
        expect([step.edge.source, step.edge.target].sort()).toEqual([step.from, step.to].sort());
        expect(step.forward).toBe(step.edge.source === step.from);
      });
    }
  });

  it('directed: follows directed edges source → target only, undirected ones both ways', () => {
    // r1 (cooperates) and r9 (hostile) are undirected; r4 iran → huseynyun is directed.
    // r3/r2 (iran → hezbollah/hamas) and the claim's benefit edge cannot be walked backwards.
    const paths = shortestPaths(index, 'israel', 'huseynyun', { directed: true });
    expect(entitiesOf(paths)).toEqual([['israel', 'azerbaijan', 'iran', 'huseynyun']]);
    expect(paths[0]?.steps.map((s) => s.forward)).toEqual([true, true, true]);
    // r5 is hezbollah—israel, undirected: walked against its source → target order.
    const back = shortestPaths(index, 'israel', 'hezbollah', { directed: true });
    expect(back.map((p) => p.steps.map((s) => [s.edge.id, s.forward]))).toEqual([[['r5', false]]]);
    expect(shortestPaths(index, 'huseynyun', 'israel', { directed: true })).toEqual([]);
    expect(entitiesOf(shortestPaths(index, 'huseynyun', 'israel', { directed: false }))).toEqual([
      ['huseynyun', 'iran', 'azerbaijan', 'israel'],
      ['huseynyun', 'iran', 'hamas', 'israel'],
      ['huseynyun', 'iran', 'hezbollah', 'israel'],
      ['huseynyun', 'iran', 'stability', 'israel'],
    ]);
  });

  it('directed: a directed edge pointing the wrong way is no path', () => {
    expect(shortestPaths(index, 'israel', 'socar', { directed: true })).toEqual([]);
    expect(edgesOf(shortestPaths(index, 'socar', 'israel', { directed: true }))).toEqual([['r7']]);
    expect(edgesOf(shortestPaths(index, 'israel', 'socar', { directed: false }))).toEqual([['r7']]);
  });

  it('stops at maxPaths (default 5), keeping the first in order', () => {
    const two = shortestPaths(index, 'israel', 'huseynyun', { directed: false, maxPaths: 2 });
    expect(entitiesOf(two)).toEqual([
      ['israel', 'azerbaijan', 'iran', 'huseynyun'],
      ['israel', 'hamas', 'iran', 'huseynyun'],
    ]);
    expect(shortestPaths(index, 'israel', 'huseynyun', { directed: false, maxPaths: 0 })).toEqual(
      [],
    );
  });

  it('honours the edge filter', () => {
    const paths = shortestPaths(index, 'israel', 'huseynyun', {
      directed: false,
      edgeFilter: (e) => e.family !== 'claim' && e.family !== 'hostility',
    });
    expect(paths).toEqual([]);
    const noClaims = shortestPaths(index, 'israel', 'huseynyun', {
      directed: false,
      edgeFilter: (e) => e.family !== 'claim',
    });
    expect(noClaims).toHaveLength(3);
  });

  it('from === to is one path without steps', () => {
    expect(shortestPaths(index, 'gaza', 'gaza', { directed: true })).toEqual([
      { entities: ['gaza'], steps: [] },
    ]);
  });

  it('returns [] when there is no path or an id is unknown', () => {
    expect(shortestPaths(index, 'israel', 'gaza', { directed: false })).toEqual([]);
    expect(shortestPaths(index, 'israel', 'nobody', { directed: false })).toEqual([]);
    expect(shortestPaths(index, 'nobody', 'nobody', { directed: false })).toEqual([]);
  });

  it('only returns paths of the minimal length', () => {
    // israel—azerbaijan directly, never via stability (two steps).
    expect(edgesOf(shortestPaths(index, 'israel', 'azerbaijan', { directed: false }))).toEqual([
      ['r1'],
    ]);
  });
});

describe('shortestPaths: ordering with parallel edges', () => {
  const types = [
    { id: 'link', family: 'cooperation' as const, directed: false },
    { id: 'arrow', family: 'proxy' as const, directed: true },
  ];
  const graph = buildIndex({
    types,
    entities: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'country' as const })),
    relations: [
      rel('z-ab', 'link', 'a', 'b'),
      rel('y-ab', 'link', 'b', 'a'), // parallel to z-ab
      rel('bd', 'link', 'b', 'd'),
      rel('be', 'link', 'b', 'e'),
      rel('ac', 'link', 'a', 'c'),
      rel('cd', 'link', 'c', 'd'),
      rel('ed', 'arrow', 'd', 'e'),
    ],
  });

  it('sorts by entity ids first, then by edge ids', () => {
    const paths = shortestPaths(graph, 'a', 'd', { directed: false });
    expect(entitiesOf(paths)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
    expect(edgesOf(paths)).toEqual([
      ['y-ab', 'bd'],
      ['z-ab', 'bd'],
      ['ac', 'cd'],
    ]);
  });

  it('orders by entities before edges even when parallel edges come early', () => {
    // a =(y, z)= b, then b–c–t and b–d–t: all [a, b, c, t] paths come before [a, b, d, t].
    const diamond = buildIndex({
      types,
      entities: ['a', 'b', 'c', 'd', 't'].map((id) => ({ id, kind: 'country' as const })),
      relations: [
        rel('z', 'link', 'a', 'b'),
        rel('y', 'link', 'a', 'b'),
        rel('bc', 'link', 'b', 'c'),
        rel('bd', 'link', 'b', 'd'),
        rel('ct', 'link', 'c', 't'),
        rel('dt', 'link', 'd', 't'),
      ],
    });
    const paths = shortestPaths(diamond, 'a', 't', { directed: false });
    expect(edgesOf(paths)).toEqual([
      ['y', 'bc', 'ct'],
      ['z', 'bc', 'ct'],
      ['y', 'bd', 'dt'],
      ['z', 'bd', 'dt'],
    ]);
    expect(edgesOf(shortestPaths(diamond, 'a', 't', { directed: false, maxPaths: 3 }))).toEqual([
      ['y', 'bc', 'ct'],
      ['z', 'bc', 'ct'],
      ['y', 'bd', 'dt'],
    ]);
  });

  it('directed: a directed edge is not walked backwards even when a path needs it', () => {
    // ed is d → e; from e to d the only other way is e–b–d.
    expect(edgesOf(shortestPaths(graph, 'e', 'd', { directed: true }))).toEqual([['be', 'bd']]);
    expect(edgesOf(shortestPaths(graph, 'e', 'd', { directed: false }))).toEqual([['ed']]);
  });

  it('is deterministic', () => {
    const once = shortestPaths(graph, 'a', 'd', { directed: false });
    expect(shortestPaths(graph, 'a', 'd', { directed: false })).toEqual(once);
  });
});
