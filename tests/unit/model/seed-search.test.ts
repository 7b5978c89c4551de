/**
 * The spellings of the search issue, run against the seed dataset data/azerbaijan-gaza.json:
 * transliterations, Arabic spelling variants, the article and plural endings.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { GraphIndex } from '../../../src/model/graph-index';
import { loadDatasetText } from '../../../src/model/load';
import { searchEntities } from '../../../src/model/search';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/azerbaijan-gaza.json');

function load(): GraphIndex {
  const result = loadDatasetText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`seed does not load: ${JSON.stringify(result.problems)}`);
  return result.index;
}

const index = load();
const first = (query: string) => searchEntities(index, query)[0]?.id;

describe('seed search: found by normalisation and approximate matching alone', () => {
  it.each([
    ['Hizbullah', 'hezbollah'],
    ['Hizballah', 'hezbollah'],
    ['hizbul', 'hezbollah'],
    ['ازربيجان', 'azerbaijan'],
    ['مليشيا', 'huseynyun'],
    ['الحسينيون', 'huseynyun'],
    ['حسينيين', 'huseynyun'],
    ['الحسينيين', 'huseynyun'],
    ['Huseyniyyun', 'huseynyun'],
    ['Husseiniyoun', 'huseynyun'],
    ['isreal', 'israel'],
    ['azerbaijn', 'azerbaijan'],
  ])('%s → %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('ranks Hezbollah before the Huseynyun ("Hezbollah of the Caucasus") for Hizbullah', () => {
    const hits = searchEntities(index, 'Hizbullah').map((h) => h.id);
    expect(hits.slice(0, 2)).toEqual(['hezbollah', 'huseynyun']);
  });

  it('keeps exact answers first: Iran for "iran", not Israel', () => {
    expect(first('iran')).toBe('iran');
    expect(first('israel')).toBe('israel');
    expect(searchEntities(index, 'iran').find((h) => h.id === 'israel')).toBeUndefined();
  });
});

/** These need the aliases being added to the seed (SOCAR, Arutz 7, the force, the systems). */
describe('seed search: found through the aliases of the seed', () => {
  it.each([
    ['سوكار', 'socar'],
    ['Arutz Sheva', 'arutz-7'],
    ['the mission', 'stabilization-force'],
    ['المهمة', 'stabilization-force'],
    ['drones', 'israeli-made-systems'],
    ['missiles', 'israeli-made-systems'],
  ])('%s → %s', (query, id) => {
    expect(first(query)).toBe(id);
  });
});
