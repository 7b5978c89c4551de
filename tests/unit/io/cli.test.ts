// @vitest-environment node
/**
 * `npm run import` and `npm run export` as a user runs them: real processes, exit status,
 * what they print and what they write. A handful of spawns (each pays tsx's start-up).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../../src/model/load';
import { FIXTURES, ROOT, SHARED_DATASETS, plain, seed } from './helpers';

const TMP = mkdtempSync(join(tmpdir(), 'relgraph-io-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function run(script: 'import' | 'export', ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', NODE_OPTIONS: '' },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    all: `${result.stdout}\n${result.stderr}`,
  };
}

function expectNoStackTrace(output: string) {
  expect(output).not.toMatch(/^\s{4}at /m);
  expect(output).not.toMatch(/\b(?:Type|Range|Syntax|Reference)Error\b/);
}

describe('import and export CLIs', { timeout: 120_000 }, () => {
  it('export → CSV set → import builds the seed dataset again, equal to it', () => {
    const csv = join(TMP, 'seed-csv');
    const exported = run('export', 'data/azerbaijan-gaza.json', '--format', 'csv', '-o', csv);
    expect(exported.status).toBe(0);
    expect(readdirSync(csv).sort()).toContain('entities.csv');

    const out = join(TMP, 'data/seed-again.json');
    const imported = run('import', csv, '-o', out);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(`✓ wrote ${out}: 50 entities`);
    const again = loadDatasetText(readFileSync(out, 'utf8'));
    if (!again.ok) throw new Error('written dataset does not load');
    expect(plain(again.index.data)).toEqual(plain(seed()));
  });

  it('reports file, row and column, exits 1 and writes nothing when the set is wrong', () => {
    const broken = join(TMP, 'broken');
    cpSync(join(FIXTURES, 'datasets/csv-minimal'), broken, { recursive: true });
    cpSync(join(FIXTURES, 'csv-broken/unknown-id'), broken, { recursive: true });
    const out = join(TMP, 'never.json');
    const result = run('import', broken, '-o', out, '--lang', 'ar');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '✗ relations.csv، الصف 3، العمود "target": لا يوجد كيان بالمعرّف "armenia"',
    );
    expect(result.stdout).toContain('(لم يُكتب شيء)');
    expect(existsSync(out)).toBe(false);
    expectNoStackTrace(result.all);
  });

  it('imports a Gephi file, with its warnings summarised, and exports it to GEXF by extension', () => {
    const out = join(TMP, 'les.json');
    const imported = run('import', join(SHARED_DATASETS, 'les_miserables.gexf'), '-o', out);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(
      '! les_miserables.gexf, node "0.0": The Arabic label is missing',
    );
    // Grouped: the first few, then a count right under them; no internal code.
    expect(imported.stdout).toMatch(
      /node "[^"]+": The Arabic label is missing[^\n]*\n {2}… and 68 more like the ones above\n/,
    );
    expect(imported.stdout).not.toContain('(labelFallback)');
    expect(imported.stdout).toContain('✓ wrote');
    const gexf = join(TMP, 'les.gexf');
    const exported = run('export', out, '-o', gexf);
    expect(exported.status).toBe(0);
    expect(readFileSync(gexf, 'utf8')).toContain('<gexf version="1.2"');
  });

  it('prints its usage and exits 2 when called wrongly', () => {
    const result = run('import', 'data/templates');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run import --');
    expectNoStackTrace(result.all);
  });
});
