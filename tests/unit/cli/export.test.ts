// @vitest-environment node
/**
 * `npm run export` as a user runs it: what it says when called wrongly (what is wrong, then the
 * usage) and what the ✓ line says it wrote, in English and Arabic. Each spawn pays tsx's start-up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const VALID = 'tests/fixtures/valid/minimal.json';
const TMP = mkdtempSync(join(tmpdir(), 'relgraph-export-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function exportCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // A fixed locale: the CLI falls back to LC_ALL / LANG when --lang is not given.
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', NODE_OPTIONS: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('export CLI', { timeout: 60_000 }, () => {
  it('says -o is missing before the usage, and writes nothing', () => {
    const run = exportCli(VALID);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '✗ -o is missing: say where to write, e.g. -o out.gexf (or -o out-folder for the CSV set)',
    );
    expect(run.stderr.indexOf('✗ -o is missing')).toBeLessThan(run.stderr.indexOf('Usage:'));
    expect(run.stdout).toBe('');
  });

  it('says -o is missing in Arabic with --lang ar', () => {
    const run = exportCli(VALID, '--lang', 'ar');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('✗ الخيار -o غير موجود: حدّد أين يُكتب الناتج، مثلًا -o out.gexf');
    expect(run.stderr).toContain('الاستخدام: npm run export --');
    expect(run.stderr).not.toContain('-o is missing');
  });

  it('names an extension it cannot read and the ones it can', () => {
    const out = join(TMP, 'out.xyz');
    const run = exportCli(VALID, '-o', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `✗ cannot tell the format from the extension ".xyz" of -o ${out}: use .gexf, .graphml, .cyjs, .json or a folder name for CSV, or give --format`,
    );
    expect(run.stderr).toContain('Usage: npm run export --');
    expect(existsSync(out)).toBe(false);
  });

  it('names the extension in Arabic with --lang ar', () => {
    const run = exportCli(VALID, '-o', 'out.xyz', '--lang', 'ar');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '✗ لا يمكن معرفة الصيغة من الامتداد ".xyz" في -o out.xyz: استخدم ‎.gexf أو ‎.graphml أو ‎.cyjs أو ‎.json أو اسم مجلد لمجموعة CSV، أو حدّد --format',
    );
  });

  it('says what it wrote from which dataset, in which format', () => {
    const out = join(TMP, 'out.gexf');
    const run = exportCli(VALID, '-o', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Not the bracketed download name of before ("(minimal.gexf)"), which was never written.
    expect(run.stdout.trim()).toBe(`✓ wrote ${out}: ${VALID} as GEXF`);
    expect(existsSync(out)).toBe(true);
  });

  it('lists the files of a CSV set, in Arabic with --lang ar', () => {
    const out = join(TMP, 'csv-set');
    const run = exportCli(VALID, '-o', out, '--lang', 'ar');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ كُتبت مجموعة CSV من ${VALID} في المجلد ${out}: dataset.csv,`);
    expect(existsSync(join(out, 'entities.csv'))).toBe(true);
  });
});
