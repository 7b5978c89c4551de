#!/usr/bin/env node
/* global process, console */
// The project gate: format, types, lint, unit+component tests, build, browser tests.
//
//   node scripts/test-all.mjs                 run everything, in order
//   node scripts/test-all.mjs --only=unit,browser
//
// Gate steps (format, types, lint, build) count as 1 passed or 1 failed each. Test suites
// count their individual tests from vitest's JSON report; a test suite whose report is
// missing, or that exits non-zero without any failed test, counts 1 more failure.
// The very last line printed is always `N passed, N failed`; the exit code is 1 if
// anything failed (130 if interrupted, 2 on bad usage).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(repoRoot);

const RESULTS_DIR = 'test-results';

/**
 * @typedef {{ name: string, title: string, command: string[], kind: 'gate' }
 *   | { name: string, title: string, command: string[], kind: 'tests', report: string }} Suite
 */

/** @type {Suite[]} */
const SUITES = [
  {
    name: 'format',
    title: 'Format (prettier)',
    kind: 'gate',
    command: ['prettier', '--check', '.'],
  },
  { name: 'types', title: 'Types (tsc)', kind: 'gate', command: ['tsc', '-p', '.', '--noEmit'] },
  {
    name: 'lint',
    title: 'Lint (eslint)',
    kind: 'gate',
    command: ['eslint', '.', '--max-warnings=0'],
  },
  {
    name: 'unit',
    title: 'Unit + component tests (vitest)',
    kind: 'tests',
    report: `${RESULTS_DIR}/unit.json`,
    command: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS_DIR}/unit.json`,
    ],
  },
  { name: 'build', title: 'Build (vite)', kind: 'gate', command: ['vite', 'build'] },
  {
    name: 'browser',
    title: 'Browser tests (vitest + Chromium)',
    kind: 'tests',
    report: `${RESULTS_DIR}/browser.json`,
    command: [
      'vitest',
      'run',
      '-c',
      'vitest.browser.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS_DIR}/browser.json`,
    ],
  },
];

const USAGE = `Usage: node scripts/test-all.mjs [--only=${SUITES.map((s) => s.name).join(',')}]`;

function parseArgs(argv) {
  let only = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    let value;
    if (arg.startsWith('--only=')) value = arg.slice('--only='.length);
    else if (arg === '--only' && i + 1 < argv.length) value = argv[++i];
    else {
      console.error(`Unknown argument: ${arg}\n${USAGE}`);
      process.exit(2);
    }
    const names = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = names.filter((n) => !SUITES.some((s) => s.name === n));
    if (names.length === 0 || unknown.length > 0) {
      console.error(
        `Unknown suite(s) in --only: ${unknown.join(', ') || '(none given)'}\n${USAGE}`,
      );
      process.exit(2);
    }
    only = new Set([...(only ?? []), ...names]);
  }
  return { only };
}

let interrupted = false;
/** @type {import('node:child_process').ChildProcess | null} */
let currentChild = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    // The terminal already sends SIGINT to the child (same process group); make sure of it.
    if (currentChild && currentChild.exitCode === null) currentChild.kill(signal);
  });
}

/**
 * Runs `npx <command...>`, passing its output through; resolves to its exit code (or 1 on spawn
 * error) and what it printed (without colours), which is where vitest names its timeouts.
 */
function run(command) {
  return new Promise((resolve) => {
    console.log(`$ npx ${command.join(' ')}`);
    const child = spawn('npx', ['--no-install', ...command], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    currentChild = child;
    let output = '';
    // vitest prints its failures on stderr: both streams go through, and both are read.
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk.toString();
    });
    child.on('error', (err) => {
      console.error(`Could not start npx ${command[0]}: ${err.message}`);
      currentChild = null;
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => {
      currentChild = null;
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

function readReport(file) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const num = (key) => (Number.isFinite(json[key]) ? json[key] : 0);
    return {
      passed: num('numPassedTests'),
      failed: num('numFailedTests'),
      skipped: num('numPendingTests') + num('numTodoTests'),
      timeouts: [],
    };
  } catch {
    return null;
  }
}

/**
 * The tests that failed by running out of time, from the reporter's output: vitest's JSON report
 * loses the message of a timeout (its failureMessages say only "STACK_TRACE_ERROR"), while the
 * default reporter prints "FAIL  <file> > <test>" and then "Test timed out in 30000ms".
 */
function timedOut(output) {
  // eslint-disable-next-line no-control-regex -- stripping the reporter's colour codes
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const names = [];
  let failing = null;
  for (const line of lines) {
    const header = line.match(/^\s*FAIL\s+(.+?)\s*$/);
    if (header) failing = header[1];
    else if (failing && /(Test|Hook) timed out in \d+ ?ms/.test(line)) {
      names.push(failing);
      failing = null;
    }
  }
  return [...new Set(names)];
}

function banner(text) {
  const line = '='.repeat(Math.max(60, text.length + 6));
  console.log(`\n${line}\n== ${text}\n${line}`);
}

function formatDuration(ms) {
  return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(1)}s`;
}

async function main() {
  const { only } = parseArgs(process.argv.slice(2));
  const selected = SUITES.filter((s) => !only || only.has(s.name));
  mkdirSync(RESULTS_DIR, { recursive: true });

  /** @type {{ suite: Suite, passed: number, failed: number, skipped: number, timeouts: string[], note: string, ms: number }[]} */
  const results = [];
  let buildFailed = false;

  for (const suite of selected) {
    if (interrupted) break;
    banner(suite.title);
    const started = Date.now();
    const result = { suite, passed: 0, failed: 0, skipped: 0, timeouts: [], note: '', ms: 0 };

    if (suite.name === 'browser' && buildFailed) {
      console.log('Skipped: the build failed, so there is no app to test.');
      result.failed = 1;
      result.note = 'not run: build failed';
      results.push(result);
      continue;
    }

    if (suite.kind === 'tests') rmSync(suite.report, { force: true });
    const { code, output } = await run(suite.command);
    result.ms = Date.now() - started;

    if (suite.kind === 'gate') {
      if (code === 0) result.passed = 1;
      else {
        result.failed = 1;
        result.note = `exit code ${code}`;
      }
      if (suite.name === 'build' && code !== 0) buildFailed = true;
    } else {
      const report = readReport(suite.report);
      if (!report) {
        result.failed = 1;
        result.note = `no JSON report (${suite.report}), exit code ${code}`;
      } else {
        Object.assign(result, report);
        result.timeouts = timedOut(output);
        if (result.timeouts.length > 0) result.note = `${result.timeouts.length} failed: timeouts`;
        if (code !== 0 && report.failed === 0) {
          result.failed = 1;
          result.note = `exit code ${code} with no failed test (no tests found, or an error outside tests)`;
        }
      }
    }
    results.push(result);
  }

  const total = results.reduce(
    (acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed }),
    { passed: 0, failed: 0 },
  );

  banner('Summary');
  const width = Math.max(...SUITES.map((s) => s.name.length));
  for (const r of results) {
    const status = r.failed > 0 ? 'FAIL' : 'ok  ';
    const counts =
      r.suite.kind === 'gate'
        ? ''
        : ` ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
    const extra = [r.ms ? formatDuration(r.ms) : '', r.note].filter(Boolean).join('; ');
    console.log(`${status} ${r.suite.name.padEnd(width)}${counts}${extra ? `  (${extra})` : ''}`);
  }
  // A timeout on a busy machine is not broken code: say which failures were timeouts.
  const timeouts = results.flatMap((r) => r.timeouts.map((name) => `${r.suite.name}: ${name}`));
  if (timeouts.length > 0) {
    console.log(
      `${timeouts.length} of the failures are timeouts (the test ran out of time, often because ` +
        'the machine is busy; run again when it is quieter, or see the timeouts in ' +
        'vitest.config.ts and vitest.browser.config.ts):',
    );
    for (const name of timeouts) console.log(`  timeout: ${name}`);
  }
  if (interrupted) console.log('Interrupted: the remaining suites did not run.');
  if (selected.length === 0) console.log('Nothing selected.');

  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exitCode = interrupted ? 130 : total.failed > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
