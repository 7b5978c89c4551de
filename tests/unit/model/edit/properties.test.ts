/**
 * Random valid datasets, random sequences of edits (some refused): every dataset on the way
 * passes the loader's checks, refused edits change nothing, and the patches undo to the
 * original and redo to the final dataset byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  checkEdited,
  checkTouched,
  invertPatch,
  type Patch,
} from '../../../../src/model/edit';
import { loadDatasetValue } from '../../../../src/model/load';
import type { Dataset, DatasetInput } from '../../../../src/model/schema';
import { commandArb, COMMANDS, datasetArb, type Command } from './arbitraries';
import { deepFreeze, fixture } from './fixture';

interface Tally {
  ok: Map<string, number>;
  refused: Map<string, number>;
}

function runSequence(raw: DatasetInput, commands: readonly Command[], tally?: Tally): void {
  const original = fixture(raw);
  const originalJson = JSON.stringify(original);
  let current: Dataset = original;
  const patches: Patch[] = [];
  for (const command of commands) {
    const before = JSON.stringify(current);
    const result = command.run(current);
    if (!result.ok) {
      tally?.refused.set(command.name, (tally.refused.get(command.name) ?? 0) + 1);
      expect(JSON.stringify(current), command.name).toBe(before);
      continue;
    }
    tally?.ok.set(command.name, (tally.ok.get(command.name) ?? 0) + 1);
    const check = checkEdited(result.dataset);
    expect(check.ok ? [] : check.problems, `${command.name} made an invalid dataset`).toEqual([]);
    const quick = checkTouched(result.dataset, result.patch);
    expect(quick.ok ? [] : quick.problems, command.name).toEqual([]);
    // What the loader would store is what the edit stored: trimmed, keys in schema order.
    const loaded = loadDatasetValue(structuredClone(result.dataset));
    expect(loaded.ok && JSON.stringify(loaded.index.data), command.name).toBe(
      JSON.stringify(result.dataset),
    );
    // Frozen, so a later edit that mutated what it was given would throw.
    current = deepFreeze(result.dataset);
    patches.push(deepFreeze(result.patch));
  }
  let undone = current;
  for (const patch of [...patches].reverse()) undone = applyPatch(undone, invertPatch(patch));
  expect(JSON.stringify(undone)).toBe(originalJson);
  let redone = original;
  for (const patch of patches) redone = applyPatch(redone, patch);
  expect(JSON.stringify(redone)).toBe(JSON.stringify(current));
}

describe('random edit sequences', () => {
  it('stay valid, and undo and redo exactly', () => {
    fc.assert(
      fc.property(datasetArb, fc.array(commandArb, { maxLength: 30 }), (raw, commands) =>
        runSequence(raw, commands),
      ),
      { numRuns: 40 },
    );
  });

  it('let every command succeed somewhere, and be refused somewhere', () => {
    // A fixed seed: this is about the generators reaching every command, not about luck.
    const tally: Tally = { ok: new Map(), refused: new Map() };
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(commandArb, { minLength: 5, maxLength: 15 }),
        (raw, commands) => runSequence(raw, commands, tally),
      ),
      { numRuns: 120, seed: 12 },
    );
    const names = COMMANDS.map((arbitrary) => fc.sample(arbitrary, 1)[0]?.name);
    expect(
      names.filter((name) => !tally.ok.has(name ?? '')),
      'never succeeded',
    ).toEqual([]);
    expect(
      names.filter((name) => !tally.refused.has(name ?? '')),
      'never refused',
    ).toEqual([]);
  });
});
