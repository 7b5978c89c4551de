// @vitest-environment node
/**
 * The validate CLI as a user runs it: a real process, its exit status and what it prints.
 * Kept to a handful of spawns (each pays tsx's start-up).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installNodeDom } from '../../../src/io/node-dom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const VALID = 'tests/fixtures/valid/minimal.json';
const BROKEN = 'tests/fixtures/broken/';
const TMP = mkdtempSync(join(tmpdir(), 'relgraph-validate-cli-'));
/** les_miserables.gexf as `npm run import` writes it: no evidence, so every edge cites "imported". */
const IMPORTED = join(TMP, 'les.json');

beforeAll(async () => {
  // The GEXF reader needs a DOMParser when its module loads.
  installNodeDom();
  const { importFilesSync } = await import('../../../src/io/sync');
  const name = 'les_miserables.gexf';
  const content = readFileSync(join(ROOT, 'tests/fixtures/datasets', name));
  const result = importFilesSync([{ name, content }]);
  if (!result.ok) throw new Error('les_miserables.gexf does not import');
  writeFileSync(IMPORTED, `${JSON.stringify(result.dataset, null, 2)}\n`);
});
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    // A fixed locale: the CLI falls back to LC_ALL / LANG when --lang is not given.
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', NODE_OPTIONS: '' },
  });
  const { status, stdout, stderr } = run;
  return { status, stdout, stderr, all: `${stdout}\n${stderr}` };
}

/** No stack trace, ever: data errors are reported as messages. */
function expectNoStackTrace(output: string) {
  expect(output).not.toMatch(/^\s{4}at /m);
  expect(output).not.toMatch(/\b(?:Type|Range|Syntax|Reference)Error\b/);
}

describe('validate CLI', { timeout: 30_000 }, () => {
  it('exits 0 and prints ✓ for a valid dataset', () => {
    const run = validate(VALID);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ ${VALID}`);
    expect(run.stdout).toContain('7 entities, 3 relations');
    // Each count in its own plural form, never "1 claims".
    expect(run.stdout).toContain(
      `✓ ${VALID}: 7 entities, 3 relations, 1 claim, 2 sources, 1 story\n`,
    );
    expect(run.stdout).not.toContain('ℹ');
    expectNoStackTrace(run.all);
  });

  it('counts with the Arabic plural forms with --lang ar', () => {
    const run = validate(VALID, '--lang', 'ar');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ ${VALID}: 7 كيانات، 3 علاقات، ادعاء واحد، مصدران، قصة واحدة`);
  });

  it('notes that relations cite only the placeholder source an import added', () => {
    const run = validate(IMPORTED);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `✓ ${IMPORTED}: 77 entities, 254 relations, 0 claims, 1 source, 0 stories\n`,
    );
    expect(run.stdout).toContain(
      `ℹ ${IMPORTED}: 254 of 254 relations cite no real source: they cite only the placeholder source "imported" added on import. Add the real sources to "sources" and point their evidence at them (source, paragraph, quote) to make them traceable.`,
    );
    // The note follows the ✓ it qualifies.
    expect(run.stdout.indexOf('ℹ')).toBeGreaterThan(run.stdout.indexOf('✓'));
  });

  it('notes the placeholder source in Arabic with --lang ar', () => {
    const run = validate(IMPORTED, '--lang', 'ar');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `✓ ${IMPORTED}: 77 كيانًا، 254 علاقة، لا ادعاءات، مصدر واحد، لا قصص`,
    );
    expect(run.stdout).toContain(
      `ℹ ${IMPORTED}: عدد العلاقات التي لا تستشهد بمصدر حقيقي: 254 من 254. إنها تستشهد بالمصدر المؤقت "imported" وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل أدلتها تشير إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعها.`,
    );
  });

  it('exits 1 and names the path and the problem for each broken file', () => {
    const files = [
      'invalid-json.json',
      'relation-unknown-target.json',
      'label-missing-arabic.json',
    ];
    const run = validate(...files.map((file) => BROKEN + file));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `✗ ${BROKEN}invalid-json.json › (root): The file is not valid JSON: line 86, column 7`,
    );
    expect(run.stdout).toContain(
      `✗ ${BROKEN}relation-unknown-target.json › relation "rel-arms", line 191 (relations[0].target): No entity has the id "armenia".`,
    );
    expect(run.stdout).toContain(
      `✗ ${BROKEN}label-missing-arabic.json › entity "socar", line 103 (entities[3].label.ar): The Arabic text is missing.`,
    );
    for (const file of files) {
      expect(run.stdout).toContain(`✗ ${BROKEN}${file}: 1 problem to fix`);
    }
    expect(run.stdout).not.toContain('✓');
    expect(run.stdout).not.toContain('{{');
    expectNoStackTrace(run.all);
  });

  it('speaks Arabic with --lang ar', () => {
    const run = validate(`${BROKEN}relation-unknown-target.json`, '--lang', 'ar');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'العلاقة "\u2068rel-arms\u2069"، السطر 191 (\u2068relations[0].target\u2069): لا يوجد كيان بالمعرّف "armenia"',
    );
    expect(run.stdout).toContain('مشكلة واحدة يجب إصلاحها');
    expect(run.stdout).not.toContain('No entity has the id');
    expectNoStackTrace(run.all);
  });

  it('refuses a file over the size cap without reading it, and lists at most the cap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relgraph-validate-'));
    try {
      const huge = join(dir, 'huge.json');
      // Sparse: 127 MB on paper, nothing on disk; reading it would take seconds.
      writeFileSync(huge, '');
      truncateSync(huge, 127 * 1024 * 1024);
      const run = validate(huge);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(
        `✗ ${huge}: The file is 127.00 MB, above the limit of 20.00 MB.`,
      );

      const many = join(dir, 'many.json');
      const seed = JSON.parse(readFileSync('data/azerbaijan-gaza.json', 'utf8'));
      const entities = Array.from({ length: 3_000 }, (_, i) => ({ id: `_e${i}`, kind: 'x' }));
      writeFileSync(many, JSON.stringify({ ...seed, entities }));
      const listed = validate(many);
      const lines = listed.stdout
        .split('\n')
        .filter((l) => l.startsWith('✗ ') && l.includes(' › '));
      expect(lines).toHaveLength(1_001);
      expect(lines.at(-1)).toContain('Not listed here:');
      expect(listed.stdout).toMatch(/: \d{4,} problems to fix/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with "file not found" for a missing file', () => {
    const run = validate('tests/fixtures/no-such-file.json');
    expect(run.status).toBe(1);
    expect(run.all).toContain('tests/fixtures/no-such-file.json: file not found');
    expectNoStackTrace(run.all);
  });

  it('exits 2 with the usage when given no file', () => {
    const run = validate();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage:');
    expectNoStackTrace(run.all);
  });
});
