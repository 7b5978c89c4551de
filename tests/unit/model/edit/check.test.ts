/**
 * checkTouched must find what the full check finds, for any patch of a valid dataset. Raw
 * patches here (no cascade, no checks) break references on purpose: a removed entity still
 * named by relations, a kind that no longer fits, a group that loops, a duplicated id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  checkEdited,
  checkTouched,
  deleteEntity,
  type Change,
  type Collection,
  type Item,
  type Patch,
} from '../../../../src/model/edit';
import { formatPath, type Problem } from '../../../../src/model/problems';
import { ENTITY_KINDS, type Dataset } from '../../../../src/model/schema';
import { datasetArb } from './arbitraries';
import { fixture } from './fixture';

const LISTS = ['sources', 'entities', 'relationTypes', 'relations', 'claims', 'stories'] as const;

function replace<C extends Collection>(
  data: Dataset,
  collection: C,
  index: number,
  value: Item<C>,
): Change {
  const list = data[collection] as unknown as readonly Item<C>[];
  const before = list[index] as Item<C>;
  return {
    kind: 'item',
    collection,
    id: before.id,
    before: { index, value: before },
    after: { index, value },
  } as Change;
}

const at = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

/** One raw change, read against the dataset: which list, which item, which value. */
const rawChangeArb = fc.record({
  what: fc.nat(8),
  item: fc.nat(),
  other: fc.nat(),
  ghost: fc.boolean(),
});

function rawChange(
  data: Dataset,
  spec: { what: number; item: number; other: number; ghost: boolean },
): Change | null {
  const entities = data.entities;
  const otherEntity = spec.ghost ? 'ghost' : at(entities, spec.other).id;
  switch (spec.what) {
    case 0: {
      const collection = at(LISTS, spec.other);
      const list = data[collection] as readonly { id: string }[];
      if (list.length === 0) return null;
      const index = spec.item % list.length;
      const value = list[index] as { id: string };
      return {
        kind: 'item',
        collection,
        id: value.id,
        before: { index, value },
        after: null,
      } as Change;
    }
    case 1: {
      const index = spec.item % entities.length;
      return replace(data, 'entities', index, {
        ...at(entities, index),
        kind: at(ENTITY_KINDS, spec.other),
        subkind: undefined,
      });
    }
    case 2: {
      if (data.relations.length === 0) return null;
      const index = spec.item % data.relations.length;
      return replace(data, 'relations', index, {
        ...at(data.relations, index),
        target: otherEntity,
      });
    }
    case 3: {
      if (data.claims.length === 0) return null;
      const index = spec.item % data.claims.length;
      return replace(data, 'claims', index, { ...at(data.claims, index), interest: otherEntity });
    }
    case 4: {
      const index = spec.item % entities.length;
      return replace(data, 'entities', index, { ...at(entities, index), parent: otherEntity });
    }
    case 5: {
      if (data.stories.length === 0) return null;
      const story = data.stories[0]!;
      const steps = story.steps.map((step, i) =>
        i === spec.item % story.steps.length ? { ...step, focus: [otherEntity] } : step,
      );
      return replace(data, 'stories', 0, { ...story, steps });
    }
    case 6: {
      // An entity with the id of a relation or claim (one id space), or of another entity.
      const ids = [...data.relations, ...data.claims, ...entities].map((e) => e.id);
      const value = {
        id: at(ids, spec.other),
        kind: 'place',
        label: { ar: 'مكرر', en: 'Duplicate' },
      };
      return {
        kind: 'item',
        collection: 'entities',
        id: value.id,
        before: null,
        after: { index: entities.length, value },
      };
    }
    case 7: {
      if (data.relations.length === 0) return null;
      const index = spec.item % data.relations.length;
      const relation = at(data.relations, index);
      const evidence = relation.evidence.map((e) => ({ ...e, claimant: otherEntity }));
      return replace(data, 'relations', index, { ...relation, evidence });
    }
    case 8: {
      // Changes nothing that refers to it can notice: a move, a label (with controls, sometimes).
      const index = spec.item % entities.length;
      const entity = at(entities, index);
      const label = spec.ghost ? { ...entity.label, en: `\u202E${entity.label.en}` } : entity.label;
      return replace(data, 'entities', index, {
        ...entity,
        label,
        position: { x: spec.other, y: 1 },
      });
    }
    case 9: {
      // A dataset that declares its kinds: who may claim is decided otherwise, everywhere.
      const kind = {
        id: 'ship',
        label: { ar: 'سفينة', en: 'Ship' },
        shape: 'triangle' as const,
        color: '#117733',
      };
      return {
        kind: 'item',
        collection: 'entityKinds',
        id: 'ship',
        before: null,
        after: { index: 0, value: kind },
      };
    }
    default: {
      // The source loses its text: paragraphs cited are out of range, quotes not found.
      return replace(data, 'sources', 0, {
        ...data.sources[0]!,
        paragraphs: spec.ghost ? [] : ['Other words.'],
      });
    }
  }
}

const key = (p: Problem) => `${p.code} ${formatPath(p.path)}`;
const errors = (result: ReturnType<typeof checkEdited>) =>
  (result.ok ? [] : result.problems)
    .filter((p) => p.severity === 'error')
    .map(key)
    .sort();
const warnings = (result: ReturnType<typeof checkEdited>) =>
  (result.ok ? result.warnings : result.problems).filter((p) => p.severity === 'warning').map(key);

describe('checkTouched', () => {
  it('finds the errors the full check finds, after any raw change of a valid dataset', () => {
    let broken = 0;
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(rawChangeArb, { minLength: 1, maxLength: 3 }),
        (raw, specs) => {
          let data = fixture(raw);
          const patch: Change[] = [];
          for (const spec of specs) {
            const change = rawChange(data, spec);
            if (!change) continue;
            data = applyPatch(data, [change]);
            patch.push(change);
          }
          const full = checkEdited(data);
          const quick = checkTouched(data, patch);
          const whole = checkTouched(data, patch, { wholeIntegrity: true });
          if (!full.ok) broken++;
          expect(errors(quick)).toEqual(errors(full));
          expect(errors(whole)).toEqual(errors(full));
          const fullWarnings = new Set(warnings(full));
          for (const warning of warnings(quick)) expect(fullWarnings).toContain(warning);
        },
      ),
      { numRuns: 150 },
    );
    // Most raw changes break something: the comparison is about errors, not only about ok.
    expect(broken).toBeGreaterThan(50);
  });

  it('names the element a problem is in', () => {
    const data = fixture();
    const index = data.entities.findIndex((e) => e.id === 'baku');
    const removal: Patch = [
      {
        kind: 'item',
        collection: 'entities',
        id: 'baku',
        before: { index, value: data.entities[index]! },
        after: null,
      },
    ];
    const result = checkTouched(applyPatch(data, removal), removal);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, formatPath(p.path), p.element?.id])).toEqual([
      ['unknownEntity', 'relations[1].target', 'azerbaijan-baku'],
      ['unknownEntity', 'claims[1].concerns[0]', 'claim-turan'],
    ]);
  });

  it('passes what a command made', () => {
    const data = fixture();
    const result = deleteEntity(data, 'political-source');
    if (!result.ok) throw new Error('refused');
    expect(checkTouched(result.dataset, result.patch)).toEqual({ ok: true, warnings: [] });
  });

  it('reports a touched item that fails its schema', () => {
    const data = fixture();
    const israel = data.entities[0]!;
    const broken = { ...israel, label: { ar: '', en: 'Israel' } };
    const patch: Patch = [
      {
        kind: 'item',
        collection: 'entities',
        id: 'israel',
        before: { index: 0, value: israel },
        after: { index: 0, value: broken },
      },
    ];
    const result = checkTouched(applyPatch(data, patch), patch);
    expect(result.ok ? [] : result.problems.map(key)).toEqual([
      'missingLanguage entities[0].label.ar',
    ]);
  });
});
