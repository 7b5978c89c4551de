/**
 * `npm run bench [-- --sizes=seed,50,1000,5000,20000 --runs=N --lang=ar|en --no-build --no-edit --quick]`
 *
 * Builds the app, builds the bare reference page (scripts/bench/bare, never part of the app),
 * generates graphs with stored positions, serves everything on 127.0.0.1 and drives the system
 * Chromium over each size, alternating app and bare loads in the same browser. Prints a table
 * and writes bench-results/latest.json and bench-results/latest.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../../tests/browser/browser';
import { startStaticServer } from '../../tests/browser/server';
import { layoutDatasetText } from '../../src/cli/layout';
import type { Dataset } from '../../src/model/schema';
import { composition, initialSize, type PackageShare } from './bundle';
import { datasetJson, generateDataset } from './generate';
import { measureRun, type Box, type GestureSpec, type RunResult } from './page';
import {
  renderConsole,
  renderMarkdown,
  type BenchReport,
  type RunsSummary,
  type SizeReport,
} from './report';
import { summarize } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'bench-results');
const WORK = join(OUT, 'work');

interface SizePlan {
  label: string;
  /** Generated entities; 0 for the seed. */
  entities: number;
  /** Stored positions (every graph but the one that checks the in-browser draft layout). */
  positions: boolean;
  runs: number;
  gesture: GestureSpec;
  readyTimeout: number;
  /** Quiet time after ready in which long tasks are counted. */
  idleMs: number;
  /** Only the app: the bare page needs stored positions. */
  appOnly?: boolean;
}

const SIZES: Record<string, SizePlan> = {
  seed: plan('seed (azerbaijan-gaza)', 0, 5, 16, 12, 30_000, 1000),
  '50': plan('50', 50, 5, 16, 12, 30_000, 1000),
  '1000': plan('1,000', 1000, 5, 16, 12, 60_000, 1000),
  '5000': plan('5,000', 5000, 3, 14, 10, 120_000, 2000),
  '20000': plan('20,000', 20000, 2, 10, 8, 300_000, 2000),
  '5000-draft': {
    ...plan('5,000 without positions (in-browser draft layout)', 5000, 1, 14, 10, 120_000, 2000),
    positions: false,
    appOnly: true,
  },
};

function plan(
  label: string,
  entities: number,
  runs: number,
  wheelSteps: number,
  dragSteps: number,
  readyTimeout: number,
  idleMs: number,
): SizePlan {
  const gesture = { wheelSteps, dragSteps, pauseMs: 16 };
  return { label, entities, positions: true, runs, gesture, readyTimeout, idleMs };
}

function parseArgs(argv: string[]) {
  const get = (name: string) =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? undefined;
  // --quick: the development loop's check (under two minutes): the seed and 1,000 entities,
  // two runs each, and the edit bench on fewer runs. The full run stays the reference.
  const quick = argv.includes('--quick');
  const sizes = (get('sizes') ?? (quick ? 'seed,1000' : 'seed,50,1000,5000,20000,5000-draft'))
    .split(',')
    .filter(Boolean);
  for (const size of sizes) {
    if (!SIZES[size])
      throw new Error(`unknown size "${size}" (use ${Object.keys(SIZES).join(', ')})`);
  }
  const runs = get('runs') ?? (quick ? '2' : undefined);
  return {
    sizes,
    quick,
    runs: runs ? Math.max(1, Number(runs)) : undefined,
    lang: get('lang') === 'en' ? 'en' : 'ar',
    build: !argv.includes('--no-build'),
  } as const;
}

const log = (message: string) =>
  console.log(`[bench ${(performance.now() / 1000).toFixed(0)}s] ${message}`);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** The seed with stored positions: as shipped if it has them, else computed like `npm run layout`. */
function seedText(): { text: string; stored: boolean } {
  const text = readFileSync(join(ROOT, 'data/azerbaijan-gaza.json'), 'utf8');
  const data = JSON.parse(text) as Dataset;
  if (data.entities.every((e) => e.position)) return { text, stored: true };
  const laid = layoutDatasetText(text);
  if (!laid.ok) throw new Error('the seed dataset does not load');
  return { text: laid.text, stored: false };
}

/** Entities by degree, highest first: click targets and the pan reference. */
function candidates(data: Dataset): string[] {
  const degree = new Map<string, number>();
  for (const r of data.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  return [...data.entities]
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))
    .slice(0, 25)
    .map((e) => e.id);
}

function gitDescription(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? ' + uncommitted changes' : ''}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const startedAt = new Date();

  // 1. Builds: the app as shipped, the bare page apart, and the app again with source maps.
  if (args.build) {
    log('building the app (npx vite build)');
    run('npx', ['vite', 'build', '--logLevel', 'warn']);
  }
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'data'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(WORK, 'app'), { recursive: true });
  log('building the bare reference page');
  await build({
    configFile: false,
    root: join(ROOT, 'scripts/bench/bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(WORK, 'bare'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  log('analysing the main chunk (a second build, with source maps, outside dist/)');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: join(WORK, 'analyze'), emptyOutDir: true, sourcemap: true },
  });
  const initial = initialSize(join(ROOT, 'dist'));
  const analyzed = initialSize(join(WORK, 'analyze'));
  const mainJs = analyzed.files.find((f) => f.kind === 'js');
  let packages: PackageShare[] = [];
  if (mainJs) {
    const path = join(WORK, 'analyze', mainJs.file.replace(/^\.?\//, ''));
    packages = composition(readFileSync(path, 'utf8'), readFileSync(`${path}.map`, 'utf8'));
  }

  // 2. Data: the seed and generated graphs, with stored positions (but one).
  const seed = seedText();
  const datasets = new Map<string, Dataset>();
  for (const size of args.sizes) {
    const spec = SIZES[size] as SizePlan;
    const file = join(WORK, 'data', `${size}.json`);
    if (size === 'seed') {
      writeFileSync(file, seed.text);
      datasets.set(size, JSON.parse(seed.text) as Dataset);
    } else {
      const data = generateDataset({ entities: spec.entities, seed: 1, positions: spec.positions });
      writeFileSync(file, datasetJson(data));
      datasets.set(size, data);
    }
  }

  // 3. Serve and measure.
  const server = await startStaticServer({ root: WORK });
  const browser = await launchBrowser();
  const browserVersion = browser.version();
  const reports: SizeReport[] = [];
  try {
    const appUrl = (size: string) =>
      `${server.url}app/?graph=${encodeURIComponent(`../data/${size}.json`)}#lang=${args.lang}`;
    const bareUrl = (size: string, box: Box | null) =>
      `${server.url}bare/index.html?graph=${encodeURIComponent(`../data/${size}.json`)}&lang=${args.lang}` +
      (box ? `&box=${[box.left, box.top, box.width, box.height].map(Math.round).join(',')}` : '');

    log(`Chromium ${browserVersion}: warm-up`);
    const warm = { candidates: [], readyTimeout: 30_000, idleMs: 0, gesture: SIZES.seed!.gesture };
    await measureRun(browser, { ...warm, kind: 'app', url: appUrl(args.sizes[0] as string) });

    for (const size of args.sizes) {
      const spec = SIZES[size] as SizePlan;
      const data = datasets.get(size) as Dataset;
      const runs = args.runs ?? spec.runs;
      const common = {
        candidates: candidates(data),
        readyTimeout: spec.readyTimeout,
        idleMs: spec.idleMs,
        gesture: spec.gesture,
      };
      const app: RunResult[] = [];
      const bare: RunResult[] = [];
      let box: Box | null = null;
      for (let i = 0; i < runs; i++) {
        // Alternate which page goes first, so neither always follows the other.
        const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
        for (const kind of order) {
          if (kind === 'bare' && spec.appOnly) continue;
          const url = kind === 'app' ? appUrl(size) : bareUrl(size, box);
          const result = await measureRun(browser, { ...common, kind, url });
          if (kind === 'app') box ??= result.box;
          (kind === 'app' ? app : bare).push(result);
          log(
            `${spec.label} ${kind} #${i + 1}: ready ${fmt(result.ready)} ms, layout ${fmt(result.layout)} ms, ` +
              `frames ${fmt(result.frames?.median)} / ${fmt(result.frames?.p95)} ms, ` +
              `click ${fmt(result.click)} ms, heap ${fmt(result.heapMB, 1)} MB, ` +
              `idle task max ${fmt(result.idleLongTaskMax)} ms, ` +
              `zoom ${fmt(result.zoom?.start, 2)} → ${fmt(result.zoom?.peak, 2)}` +
              (result.panned === false ? ', DRAG DID NOT PAN' : '') +
              (result.errors.length ? `, errors: ${result.errors.join(' | ')}` : ''),
          );
        }
      }
      reports.push({
        size,
        label: spec.label,
        entities: data.entities.length,
        relations: data.relations.length,
        claims: data.claims.length,
        storedPositions: spec.positions,
        runs,
        app: summarizeRuns(app),
        bare: summarizeRuns(bare),
        raw: { app, bare },
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const report: BenchReport = {
    date: startedAt.toISOString(),
    durationSeconds: Math.round(performance.now() / 1000),
    environment: {
      chromium: browserVersion,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      commit: gitDescription(),
      lang: args.lang,
      viewport: '1280×800, deviceScaleFactor 1',
      seedPositions: seed.stored
        ? 'stored in data/azerbaijan-gaza.json'
        : 'computed by the bench (npm run layout), the shipped file has none',
    },
    initial,
    packages,
    sizes: reports,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(OUT, 'latest.md'), renderMarkdown(report));
  console.log(`\n${renderConsole(report)}`);
  console.log(
    `Wrote bench-results/latest.json and bench-results/latest.md (${report.durationSeconds} s).`,
  );
  // Editing (#12): an edit until the graph shows it, on the seed and at 5,000 entities, in the
  // app just built (scripts/bench/edit.ts; also `npm run bench:edit` alone).
  if (!process.argv.includes('--no-edit')) {
    log('editing: an edit until the graph shows it (scripts/bench/edit.ts)');
    const editArgs = ['tsx', 'scripts/bench/edit.ts', `--app=${join(WORK, 'app')}`];
    if (args.quick) editArgs.push('--runs=3');
    const edit = spawnSync('npx', editArgs, {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (edit.status !== 0) process.exitCode = 1;
  }
}

function fmt(value: number | null | undefined, digits = 0): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—';
}

function summarizeRuns(runs: readonly RunResult[]): RunsSummary {
  return {
    ready: summarize(runs.map((r) => r.ready)),
    layout: summarize(runs.map((r) => r.layout)),
    click: summarize(runs.map((r) => r.click)),
    frameMedian: summarize(runs.map((r) => r.frames?.median)),
    frameP95: summarize(runs.map((r) => r.frames?.p95)),
    frameMax: summarize(runs.map((r) => r.frames?.max)),
    heapMB: summarize(runs.map((r) => r.heapMB)),
    idleLongTaskMax: summarize(runs.map((r) => r.idleLongTaskMax)),
    readyRuns: runs.filter((r) => r.ready !== null).length,
    pannedRuns: runs.filter((r) => r.panned === true).length,
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
