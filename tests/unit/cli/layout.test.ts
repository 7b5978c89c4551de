// @vitest-environment node
/**
 * `npm run layout`: deterministic positions for every entity, written into the file without
 * touching anything else. The layout function runs in-process; the CLI is spawned once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutDatasetText, storePositions } from '../../../src/cli/layout';
import { datasetJson, generateDataset } from '../../../scripts/bench/generate';
import { FORCE_LAYOUT_LIMIT } from '../../../src/graph/layouts';
import type { Dataset } from '../../../src/model/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MINIMAL = join(ROOT, 'tests/fixtures/valid/minimal.json');
/** One position member as the CLI writes it in a multi-line file. */
const INSERTED = /,\n[ ]*"position": \{\n[ ]*"x": -?[\d.]+,\n[ ]*"y": -?[\d.]+\n[ ]*\}/g;

function laidOut(text: string): string {
  const result = layoutDatasetText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.text;
}

describe('layout CLI', () => {
  const original = readFileSync(MINIMAL, 'utf8');

  it('gives every entity the same position on every run, rounded to 0.1 px', () => {
    const first = laidOut(original);
    const second = laidOut(original);
    expect(second).toBe(first);
    const data = JSON.parse(first) as Dataset;
    const positions = data.entities.map((e) => e.position);
    expect(positions.every((p) => p && Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    for (const p of positions) {
      expect(Math.round((p?.x ?? NaN) * 10) / 10).toBe(p?.x);
      expect(Math.round((p?.y ?? NaN) * 10) / 10).toBe(p?.y);
    }
    // A real layout: not everything on one spot.
    expect(new Set(positions.map((p) => `${p?.x},${p?.y}`)).size).toBe(positions.length);
  });

  it('changes nothing but the positions, byte for byte', () => {
    const out = laidOut(original);
    expect(out.match(INSERTED)).toHaveLength((JSON.parse(original) as Dataset).entities.length);
    expect(out.replace(INSERTED, '')).toBe(original);
  });

  it('replaces stored positions and ignores them as input', () => {
    const once = laidOut(original);
    expect(laidOut(once)).toBe(once);
    const moved = once.replace(/"x": -?[\d.]+/, '"x": 12345');
    expect(laidOut(moved)).toBe(once);
  });

  it('writes what JSON.stringify would for a 2-space file', () => {
    const canonical = `${JSON.stringify(JSON.parse(original), null, 2)}\n`;
    const out = laidOut(canonical);
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
  });

  it('keeps one-line entities on one line, and a byte-order mark', () => {
    const text =
      '\uFEFF{"entities": [{ "id": "a", "kind": "country" },\n {"id":"b","position":{"x":1,"y":2}}], "x": 1}';
    const out = storePositions(
      text,
      new Map([
        ['a', { x: 1.5, y: -2 }],
        ['b', { x: 0, y: 3.1 }],
      ]),
    );
    expect(out).toBe(
      '\uFEFF{"entities": [{ "id": "a", "kind": "country", "position": { "x": 1.5, "y": -2 } },\n {"id":"b","position":{ "x": 0, "y": 3.1 }}], "x": 1}',
    );
  });

  it(
    'lays out a graph above the browser limit with ForceAtlas2, as the browser does',
    { timeout: 60_000 },
    () => {
      const big = generateDataset({
        entities: FORCE_LAYOUT_LIMIT + 100,
        seed: 3,
        positions: false,
      });
      const text = datasetJson(big);
      const first = laidOut(text);
      const data = JSON.parse(first) as Dataset;
      expect(data.entities.every((e) => e.position && Number.isFinite(e.position.x))).toBe(true);
      // Not the draft, a spiral of evenly spaced entities (same on every run: force-atlas.test.ts).
      const radius = (e: Dataset['entities'][number]) => Math.hypot(e.position!.x, e.position!.y);
      const spread = Math.max(...data.entities.map(radius));
      expect(spread).toBeLessThan(0.6 * 90 * Math.sqrt(big.entities.length));
    },
  );

  it('refuses an invalid dataset', () => {
    const result = layoutDatasetText('{"version": 1}');
    expect(result.ok).toBe(false);
  });

  it('runs from npm run layout and writes -o', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'relgraph-layout-'));
    try {
      const out = join(dir, 'out.json');
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/layout.ts', 'tests/fixtures/valid/minimal.json', '-o', out],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('✓');
      expect(readFileSync(out, 'utf8')).toBe(laidOut(original));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
