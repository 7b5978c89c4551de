/** The queries of the brief, run against the seed dataset data/azerbaijan-gaza.json. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { applyFilters, EMPTY_FILTERS } from '../../../src/model/filters';
import type { GraphIndex } from '../../../src/model/graph-index';
import { loadDatasetText } from '../../../src/model/load';
import { neighbourhood } from '../../../src/model/neighbours';
import { shortestPaths, type Path } from '../../../src/model/paths';
import { searchEntities } from '../../../src/model/search';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/azerbaijan-gaza.json');

function load(): GraphIndex {
  const result = loadDatasetText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`seed does not load: ${JSON.stringify(result.problems)}`);
  return result.index;
}

const index = load();
const first = (query: string) => searchEntities(index, query)[0]?.id;

/** Each step leaves the entity before it and reaches the one after it. */
function expectWellFormed(path: Path, from: string, to: string, directed: boolean): void {
  expect(path.entities[0]).toBe(from);
  expect(path.entities.at(-1)).toBe(to);
  expect(path.entities).toHaveLength(path.steps.length + 1);
  path.steps.forEach((step, i) => {
    expect(step.from).toBe(path.entities[i]);
    expect(step.to).toBe(path.entities[i + 1]);
    expect(step.forward ? step.edge.source : step.edge.target).toBe(step.from);
    if (directed) expect(step.forward || !step.edge.directed).toBe(true);
  });
}

describe('seed dataset queries', () => {
  it('search: اذربيجان (without hamza) finds Azerbaijan first, and so does أذربيجان', () => {
    expect(first('اذربيجان')).toBe('azerbaijan');
    expect(first('أذربيجان')).toBe('azerbaijan');
    expect(first('أَذْرَبِيجَان')).toBe('azerbaijan');
  });

  it("search: 'hezbollah of the caucasus' finds Huseynyun first, in both languages", () => {
    expect(first('hezbollah of the caucasus')).toBe('huseynyun');
    expect(first('Hezbollah of the Caucasus')).toBe('huseynyun');
    expect(first('حزب الله القوقاز')).toBe('huseynyun');
    expect(first('Husseiniyoun')).toBe('huseynyun');
  });

  it('search: Baku / باكو find Azerbaijan first', () => {
    expect(first('Baku')).toBe('azerbaijan');
    expect(first('baku')).toBe('azerbaijan');
    expect(first('باكو')).toBe('azerbaijan');
  });

  it('search: Hezbollah first for "Hézbollah", Huseynyun also found', () => {
    const hits = searchEntities(index, 'Hézbollah').map((h) => h.id);
    expect(hits[0]).toBe('hezbollah');
    expect(hits).toContain('huseynyun');
  });

  it('path israel → huseynyun exists with edges followed both ways', () => {
    const paths = shortestPaths(index, 'israel', 'huseynyun', { directed: false });
    expect(paths.length).toBeGreaterThan(0);
    const length = paths[0]?.steps.length;
    for (const path of paths) {
      expectWellFormed(path, 'israel', 'huseynyun', false);
      expect(path.steps).toHaveLength(length ?? 0);
    }
    expect(paths.map((p) => p.entities)).toContainEqual(['israel', 'azerbaijan', 'huseynyun']);
  });

  it('path israel → huseynyun with direction on: only forward or undirected steps', () => {
    const undirected = shortestPaths(index, 'israel', 'huseynyun', { directed: false });
    const directed = shortestPaths(index, 'israel', 'huseynyun', { directed: true });
    for (const path of directed) expectWellFormed(path, 'israel', 'huseynyun', true);
    // Direction can only lengthen the shortest path, or remove it.
    if (directed.length > 0) {
      expect(directed[0]?.steps.length).toBeGreaterThanOrEqual(undirected[0]?.steps.length ?? 0);
    }
  });

  it('claimant filter on the political source shows only what it claims', () => {
    const v = applyFilters(index, { ...EMPTY_FILTERS, claimant: 'political-source' });
    expect(v.edges.size).toBeGreaterThan(0);
    for (const id of v.edges) {
      expect(index.edgeById.get(id)?.claimants).toContain('political-source');
    }
    expect(v.entities.has('huseynyun')).toBe(true);
  });

  it('one hop around huseynyun reaches iran and azerbaijan', () => {
    const n = neighbourhood(index, ['huseynyun'], 1);
    expect(n.entities.has('iran')).toBe(true);
    expect(n.entities.has('azerbaijan')).toBe(true);
  });
});
