// @vitest-environment node
/**
 * The validate CLI as a user runs it: a real process, its exit status and what it prints.
 * Kept to a handful of spawns (each pays tsx's start-up).
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const VALID = 'tests/fixtures/valid/minimal.json';
const BROKEN = 'tests/fixtures/broken/';

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
    expectNoStackTrace(run.all);
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
      `✗ ${BROKEN}relation-unknown-target.json › relations[0].target: No entity has the id "armenia".`,
    );
    expect(run.stdout).toContain(
      `✗ ${BROKEN}label-missing-arabic.json › entities[3].label.ar: The Arabic text is missing.`,
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
    expect(run.stdout).toContain('relations[0].target: لا يوجد كيان بالمعرّف "armenia"');
    expect(run.stdout).toContain('مشكلة واحدة يجب إصلاحها');
    expect(run.stdout).not.toContain('No entity has the id');
    expectNoStackTrace(run.all);
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
