// @vitest-environment node
/**
 * Ids are any string the schema allows, including the names of Object.prototype members and
 * array indices: load → index → elements (drawn in a real cytoscape) → filters → search →
 * paths → story → every export and back. The seed dataset with some of its ids renamed, chosen
 * by fast-check, must behave exactly as the original: nothing throws, every entity is drawn.
 */
import './io/dom';
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/graph/elements';
import { syncElements } from '../../src/graph/sync-elements';
import { exportDatasetSync, importFilesSync } from '../../src/io/sync';
import { EXPORT_FORMATS } from '../../src/io/types';
import { applyFilters, EMPTY_FILTERS, filterCounts } from '../../src/model/filters';
import { loadDatasetValue } from '../../src/model/load';
import { neighbourhood } from '../../src/model/neighbours';
import { shortestPaths } from '../../src/model/paths';
import type { Dataset } from '../../src/model/schema';
import { searchEntities } from '../../src/model/search';
import { stepFocus } from '../../src/model/story';

/** Legal ids that break code which keys plain objects by id. (`__proto__` the schema refuses.) */
const HOSTILE = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'prototype',
  'length',
  'size',
  'watch',
  '0',
  '1',
  '2',
  'a.b',
  'x:y',
  'name',
] as const;

const SEED_TEXT = readFileSync('data/azerbaijan-gaza.json', 'utf8');
const words = { claims: 'claims', benefits: 'would benefit', concerns: 'concerns' };

/** Every string equal to a renamed id, anywhere it is used as a reference, takes the new id. */
function renameIds(data: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (typeof data === 'string') return renames.get(data) ?? data;
  if (Array.isArray(data)) return data.map((item) => renameIds(item, renames));
  if (data && typeof data === 'object') {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [
        key,
        // Texts and quotes are words, not references: leave them whatever they say.
        TEXT_KEYS.has(key) ? value : renameIds(value, renames),
      ]),
    );
  }
  return data;
}
const TEXT_KEYS = new Set(['label', 'aliases', 'description', 'quote', 'translation', 'title']);

const seed = JSON.parse(SEED_TEXT) as Dataset;
const renamable = [
  ...seed.entities.map((e) => e.id),
  ...seed.relations.map((r) => r.id),
  ...(seed.claims ?? []).map((c) => c.id),
];

const renamesArb = fc
  .uniqueArray(fc.constantFrom(...renamable), { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc
      .uniqueArray(fc.constantFrom(...HOSTILE), { minLength: ids.length, maxLength: ids.length })
      .map((names) => new Map(ids.map((id, i) => [id, names[i] as string]))),
  );

describe('ids that look like Object.prototype members or indices', () => {
  it('load, draw, filter, search, path, story and export like any other id', () => {
    fc.assert(
      fc.property(renamesArb, (renames) => {
        const loaded = loadDatasetValue(renameIds(seed, renames));
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
        const { index } = loaded;
        const data = index.data;
        const renamedEntities = data.entities.filter((e) =>
          (HOSTILE as readonly string[]).includes(e.id),
        );

        // Drawn: every entity and every edge is in cytoscape, with the right ends.
        const cy = cytoscape({ headless: true, styleEnabled: true });
        try {
          syncElements(cy, toElements(index, 'en', words));
          expect(cy.nodes().length).toBe(data.entities.length);
          expect(cy.edges().length).toBe(index.edges.length);
          for (const edge of index.edges) {
            expect(cy.getElementById(edge.id).source().id()).toBe(edge.source);
          }
          // A language switch keeps them all.
          syncElements(cy, toElements(index, 'ar', words));
          expect(cy.nodes().length).toBe(data.entities.length);
        } finally {
          cy.destroy();
        }

        const counts = filterCounts(index);
        for (const entity of renamedEntities) {
          // Filtering by a hostile claimant counts only its own edges.
          const shown = applyFilters(index, { ...EMPTY_FILTERS, claimant: entity.id });
          const asserted = index.edges.filter((e) => e.claimants.includes(entity.id)).length;
          expect(counts.claimants.get(entity.id) ?? 0).toBe(asserted);
          expect(shown.edges.size).toBe(asserted);
          expect(neighbourhood(index, [entity.id], 1).entities.has(entity.id)).toBe(true);
          const hits = searchEntities(index, entity.label.en);
          expect(hits.map((h) => h.id)).toContain(entity.id);
        }
        if (renamedEntities.length >= 2) {
          const [a, b] = renamedEntities as [
            (typeof renamedEntities)[0],
            (typeof renamedEntities)[0],
          ];
          for (const path of shortestPaths(index, a.id, b.id, { directed: false })) {
            expect(path.entities[0]).toBe(a.id);
            expect(path.entities.at(-1)).toBe(b.id);
          }
        }
        for (const story of data.stories ?? []) {
          for (const step of story.steps) {
            const focus = stepFocus(index, step);
            for (const id of step.focus) {
              if (index.entities.has(id)) expect(focus.nodes.has(id)).toBe(true);
            }
          }
        }

        // Every export reads back with the same elements.
        for (const format of EXPORT_FORMATS) {
          const { files } = exportDatasetSync(data, format);
          const back = importFilesSync(
            files.map((f) => ({ name: f.filename, content: f.content })),
          );
          if (!back.ok) throw new Error(`${format}: ${JSON.stringify(back.problems.slice(0, 2))}`);
          expect(back.dataset.entities.map((e) => e.id)).toEqual(data.entities.map((e) => e.id));
          expect(back.dataset.relations.map((r) => r.id)).toEqual(data.relations.map((r) => r.id));
        }
      }),
      // Each run exports five formats of a 50-entity dataset: ~0.1–0.3 s quiet, more when busy.
      { numRuns: 12, seed: 18 },
    );
  }, 60_000);
});
