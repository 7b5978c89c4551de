/**
 * toElements with a cache (elements.ts): after an edit, the definitions of what the edit did
 * not touch are the same objects as before (syncElements passes over them), what it touched,
 * directly or through a name or a type's words, is made again, and the result always equals
 * a mapping made from nothing.
 */
import { readFileSync } from 'node:fs';
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createElementCache, toElements, type ClaimWords } from '../../../src/graph/elements';
import { plainLabel } from '../../../src/graph/labels';
import { buildIndex, type GraphIndex } from '../../../src/model/graph-index';
import {
  deleteRelation,
  moveEntities,
  updateEntity,
  updateRelationType,
  type EditResult,
} from '../../../src/model/edit';
import type { Dataset } from '../../../src/model/schema';

const seed = JSON.parse(readFileSync('data/azerbaijan-gaza.json', 'utf8')) as Dataset;

const words: ClaimWords = {
  claims: 'claims',
  benefits: 'benefits',
  concerns: 'concerns',
  per: (names) => `per ${names}`,
  alsoPer: (names) => `also per ${names}`,
  separator: ', ',
};

function edited(result: EditResult): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.refusal));
  return result.dataset;
}

const byId = (elements: ElementDefinition[]) =>
  new Map(elements.map((element) => [element.data.id as string, element]));

/** The ids whose definitions are new objects from `before` to `after`. */
function remade(before: ElementDefinition[], after: ElementDefinition[]): string[] {
  const old = byId(before);
  return after
    .filter((element) => old.get(element.data.id as string) !== element)
    .map((e) => e.data.id as string);
}

describe('toElements with a cache', () => {
  it('makes again only what an edit touched, and nothing else', () => {
    const cache = createElementCache();
    const first = toElements(buildIndex(seed), 'en', words, {}, cache);
    const moved = edited(moveEntities(seed, new Map([['gaza', { x: 1, y: 2 }]])));
    const second = toElements(buildIndex(moved), 'en', words, {}, cache);
    expect(remade(first, second)).toEqual(['gaza']);
    expect(second.find((e) => e.data.id === 'gaza')?.position).toEqual({ x: 1, y: 2 });
  });

  it('a renamed claimant remakes the lines that name it ("per …")', () => {
    const cache = createElementCache();
    const index = buildIndex(seed);
    const first = toElements(index, 'en', words, {}, cache);
    const renamed = edited(
      updateEntity(seed, 'political-source', { label: { ar: 'مصدر', en: 'A source' } }),
    );
    const next = buildIndex(renamed);
    const second = toElements(next, 'en', words, {}, cache);
    const naming = index.edges
      .filter((edge) => edge.claimants.includes('political-source'))
      .map((edge) => edge.id);
    expect(naming.length).toBeGreaterThan(0);
    const again = remade(first, second);
    expect(again).toContain('political-source');
    for (const id of naming) expect(again).toContain(id);
    const line = byId(second).get('iran-backs-huseynyun');
    expect(plainLabel(String(line?.data.label))).toContain('per A source');
  });

  it('a type given new words remakes the relations of that type only', () => {
    const cache = createElementCache();
    const first = toElements(buildIndex(seed), 'en', words, {}, cache);
    const changed = edited(
      updateRelationType(seed, 'faces-proxy', { label: { ar: 'يواجه', en: 'confronts' } }),
    );
    const second = toElements(buildIndex(changed), 'en', words, {}, cache);
    const ofType = seed.relations.filter((r) => r.type === 'faces-proxy').map((r) => r.id);
    expect(remade(first, second).sort()).toEqual(ofType.sort());
    for (const id of ofType) {
      expect(plainLabel(String(byId(second).get(id)?.data.label))).toContain('confronts');
    }
  });

  it('a language switch or other words remake everything', () => {
    const cache = createElementCache();
    const index = buildIndex(seed);
    const en = toElements(index, 'en', words, {}, cache);
    const ar = toElements(index, 'ar', words, {}, cache);
    expect(remade(en, ar)).toHaveLength(ar.length);
    const other = toElements(index, 'ar', { ...words, claims: 'يدّعي' }, {}, cache);
    expect(remade(ar, other).length).toBeGreaterThan(seed.entities.length);
  });

  it('always gives what a mapping from nothing gives, edit after edit', () => {
    const cache = createElementCache();
    let data = seed;
    const steps: ((d: Dataset) => EditResult)[] = [
      (d) => updateEntity(d, 'iran', { label: { ar: 'إيران!', en: 'Iran!' } }),
      (d) => deleteRelation(d, 'azerbaijan-faces-huseynyun'),
      (d) => updateRelationType(d, 'close-relations', { family: 'proxy' }),
      (d) => updateEntity(d, 'foreign-reports', { kind: 'person' }),
      (d) => moveEntities(d, new Map([['israel', { x: -5, y: 5 }]])),
    ];
    const check = (index: GraphIndex) =>
      expect(toElements(index, 'en', words, {}, cache)).toEqual(toElements(index, 'en', words));
    check(buildIndex(data));
    for (const step of steps) {
      data = edited(step(data));
      check(buildIndex(data));
    }
  });
});
