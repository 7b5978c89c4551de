/** The bundled seed dataset: a session of edits, then undo, gives it back byte for byte. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as edit from '../../../../src/model/edit';
import {
  applyPatch,
  checkEdited,
  invertPatch,
  type EditResult,
  type Patch,
} from '../../../../src/model/edit';
import { loadDatasetValue } from '../../../../src/model/load';
import type { Dataset } from '../../../../src/model/schema';
import { deepFreeze } from './fixture';

const SEED = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../data/azerbaijan-gaza.json',
);

function loadSeed(): { text: string; data: Dataset } {
  const text = readFileSync(SEED, 'utf8');
  const result = loadDatasetValue(JSON.parse(text));
  if (!result.ok) throw new Error('the seed dataset does not load');
  return { text, data: deepFreeze(result.index.data) };
}

describe('editing the seed dataset', () => {
  it('undoes a session of edits to the very same bytes', () => {
    const { text, data } = loadSeed();
    // The same elements as the file (the loader writes each item's keys in schema order).
    expect(JSON.stringify(data).length).toBe(JSON.stringify(JSON.parse(text)).length);

    const patches: Patch[] = [];
    let current = data;
    const apply = (result: EditResult) => {
      if (!result.ok) throw new Error(JSON.stringify(result.refusal));
      const check = checkEdited(result.dataset);
      expect(check.ok ? [] : check.problems).toEqual([]);
      patches.push(result.patch);
      current = deepFreeze(result.dataset);
    };

    const article = current.sources[0]!;
    const paragraph = article.paragraphs![3]!;
    const words = 'أذربيجان أعلنت';
    const start = paragraph.indexOf(words);
    const evidence = edit.makeEvidence(current, {
      source: article.id,
      paragraph: 4,
      start: start - 1,
      end: start + words.length + 1,
      status: 'claimed',
      claimant: 'political-source',
    });
    if (!evidence.ok) throw new Error(JSON.stringify(evidence.refusal));
    expect(evidence.evidence.quote).toBe(words);

    apply(
      edit.addEntity(current, {
        kind: 'person',
        subkind: 'official',
        label: { ar: 'مسؤول', en: 'An official' },
      }),
    );
    apply(
      edit.addRelation(current, {
        type: 'spoke-to',
        source: 'an-official',
        target: 'political-source',
        evidence: [evidence.evidence],
      }),
    );
    apply(
      edit.attachEvidence(current, {
        target: { collection: 'entities', id: 'azerbaijan' },
        evidence: evidence.evidence,
      }),
    );
    apply(
      edit.moveEntities(
        current,
        new Map([
          ['israel', { x: 10, y: 20 }],
          ['iran', { x: -5, y: 7.5 }],
        ]),
      ),
    );
    apply(edit.mergeEntities(current, { keep: 'experts', drop: 'joseph-epstein' }));
    apply(edit.deleteEntity(current, 'azerbaijan'));
    apply(
      edit.captureStoryStep(current, {
        story: current.stories[0]!.id,
        step: {
          title: { ar: 'خطوة', en: 'A step' },
          caption: { ar: 'إيران', en: 'Iran' },
          focus: ['iran', 'iran-backs-hamas'],
        },
        at: 0,
      }),
    );
    apply(edit.setDatasetInfo(current, { description: undefined }));

    expect(current.entities.some((e) => e.id === 'azerbaijan')).toBe(false);
    let undone = current;
    for (const patch of [...patches].reverse()) undone = applyPatch(undone, invertPatch(patch));
    expect(JSON.stringify(undone)).toBe(JSON.stringify(data));
  });
});
