/**
 * `npm run bench [-- --sizes=seed,50,1000,5000,20000 --runs=N --lang=ar|en --no-build --no-edit --quick --no-network --interactions]`
 *
 * Builds the app, builds the bare reference page (scripts/bench/bare, never part of the app),
 * generates graphs with stored positions, serves everything on 127.0.0.1 and drives the system
 * Chromium over each size, alternating app and bare loads in the same browser. Then the seed
 * over emulated networks, cold, from a gzip-serving server (Slow 4G and 9 Mbit/s; Slow 4G only
 * and one load each with --quick; none with --no-network), and interactions at 5,000 entities
 * (when the sizes include 5000, or with --interactions) and, once, at 20,000 (when the sizes
 * include it). Prints a table and writes bench-results/latest.json and bench-results/latest.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { buildBarePage } from './bare-page';
import { launchBrowser } from '../../tests/browser/browser';
import { startStaticServer } from '../../tests/browser/server';
import { layoutDatasetText } from '../../src/cli/layout';
import type { Dataset } from '../../src/model/schema';
import { composition, initialSize, type PackageShare } from './bundle';
import { datasetJson, generateDataset } from './generate';
import {
  measureInteractions,
  summarizeInteractions,
  type InteractionsReport,
  type InteractionsRun,
} from './interactions';
import {
  measureNetworkLoad,
  NETWORK_PROFILES,
  summarizeNetwork,
  type NetworkLoad,
  type NetworkProfile,
  type NetworkProfileReport,
} from './network';
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
  const explicitRuns = get('runs');
  const runs = explicitRuns ?? (quick ? '2' : undefined);
  return {
    sizes,
    quick,
    runs: runs ? Math.max(1, Number(runs)) : undefined,
    lang: get('lang') === 'en' ? 'en' : 'ar',
    build: !argv.includes('--no-build'),
    // The seed over emulated networks: Slow 4G once each with --quick, else both profiles, three
    // loads each (or --runs).
    network: argv.includes('--no-network')
      ? null
      : quick
        ? { profiles: NETWORK_PROFILES.filter((p) => p.id === 'slow-4g'), runs: 1 }
        : {
            profiles: [...NETWORK_PROFILES],
            runs: explicitRuns ? Math.max(1, Number(explicitRuns)) : 3,
          },
    interactions: argv.includes('--interactions') || sizes.includes('5000'),
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
  await buildBarePage(join(WORK, 'bare'));
  log('analysing the main chunk (a second build, with source maps, outside dist/)');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: join(WORK, 'analyze'), emptyOutDir: true, sourcemap: true },
  });
  const initial = initialSize(join(ROOT, 'dist'), args.lang);
  const analyzed = initialSize(join(WORK, 'analyze'), args.lang);
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

  if (args.network && !datasets.has('seed')) writeFileSync(join(WORK, 'data/seed.json'), seed.text);
  const interactionsData = args.interactions
    ? (datasets.get('5000') ?? generateDataset({ entities: 5000, seed: 1, positions: true }))
    : null;
  if (interactionsData && !datasets.has('5000')) {
    writeFileSync(join(WORK, 'data/5000.json'), datasetJson(interactionsData));
  }

  // 3. Serve and measure.
  const server = await startStaticServer({ root: WORK });
  const browser = await launchBrowser();
  const browserVersion = browser.version();
  const reports: SizeReport[] = [];
  let network: NetworkProfileReport[] | undefined;
  let interactions: InteractionsReport | undefined;
  let largeInteractions: InteractionsReport | undefined;
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

    if (args.network) {
      // What a reader of an embed gets: the app's own bundled dataset (no `graph=`), so its
      // preloads and poster count; the bare page fetches the same file's copy.
      const bundled = seedText().stored;
      const appSeedUrl = (size: string) =>
        bundled && size === 'seed' ? `${server.url}app/#lang=${args.lang}` : appUrl(size);
      network = await measureNetwork(browser, args.network, appSeedUrl, (box) =>
        bareUrl('seed', box),
      );
    }
    const measureAll = async (
      size: '5000' | '20000',
      data: Dataset,
      runs: number,
    ): Promise<InteractionsReport> => {
      const label = size === '5000' ? '5,000' : '20,000';
      const raw: InteractionsRun[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await measureInteractions(browser, {
          url: appUrl(size),
          data,
          lang: args.lang,
          candidates: candidates(data),
          readyTimeout: (SIZES[size] as SizePlan).readyTimeout,
          stepTimeout: 60_000,
        });
        raw.push(run);
        log(
          `interactions at ${label} #${i + 1}: ready ${fmt(run.ready)} ms; ` +
            run.steps
              .map(
                (s) =>
                  `${s.id} ${fmt(s.answer)} ms (still ${fmt(s.settled)}, longest task ${fmt(s.longestTask)} / ${fmt(s.longestTaskAfterInput)})` +
                  (s.error ? ` ERROR ${s.error}` : ''),
              )
              .join(', ') +
            (run.errors.length ? `; errors: ${run.errors.join(' | ')}` : ''),
        );
      }
      return {
        size,
        label: `${label} entities`,
        entities: data.entities.length,
        relations: data.relations.length,
        runs,
        lang: args.lang,
        ready: summarize(raw.map((r) => r.ready)),
        steps: summarizeInteractions(raw),
        raw,
      };
    };
    if (interactionsData) {
      interactions = await measureAll(
        '5000',
        interactionsData,
        args.runs ?? (SIZES['5000'] as SizePlan).runs,
      );
    }
    // #15's 20,000 targets include a search: the same interactions once there.
    const large = datasets.get('20000');
    if (large) largeInteractions = await measureAll('20000', large, 1);
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
    ...(network ? { network } : {}),
    ...(interactions ? { interactions } : {}),
    ...(largeInteractions ? { largeInteractions } : {}),
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
    const editArgs = [
      'tsx',
      'scripts/bench/edit.ts',
      `--app=${join(WORK, 'app')}`,
      `--bare=${join(WORK, 'bare')}`,
    ];
    if (args.quick) editArgs.push('--runs=3');
    const edit = spawnSync('npx', editArgs, {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (edit.status !== 0) process.exitCode = 1;
  }
}

/**
 * The seed over each emulated network, cold, from a second server that gzips text files (the
 * first one, as every other figure, sends them as they are). App and bare page alternate.
 */
async function measureNetwork(
  browser: Browser,
  plan: { profiles: readonly NetworkProfile[]; runs: number },
  appUrlAt: (size: string) => string,
  bareUrlAt: (box: Box | null) => string,
): Promise<NetworkProfileReport[]> {
  const gzipServer = await startStaticServer({ root: WORK, gzip: true });
  const onGzip = (url: string) => {
    const u = new URL(url);
    return `${gzipServer.origin}${u.pathname}${u.search}${u.hash}`;
  };
  const out: NetworkProfileReport[] = [];
  try {
    // Unthrottled first: the server compresses each file once, on its first request.
    const readyTimeout = 60_000;
    const warm = await measureNetworkLoad(browser, {
      url: onGzip(appUrlAt('seed')),
      kind: 'app',
      profile: null,
      readyTimeout,
    });
    const box = warm.box;
    await measureNetworkLoad(browser, {
      url: onGzip(bareUrlAt(box)),
      kind: 'bare',
      profile: null,
      readyTimeout,
    });
    for (const profile of plan.profiles) {
      const loads: { app: NetworkLoad[]; bare: NetworkLoad[] } = { app: [], bare: [] };
      for (let i = 0; i < plan.runs; i++) {
        const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
        for (const kind of order) {
          const url = onGzip(kind === 'app' ? appUrlAt('seed') : bareUrlAt(box));
          const load = await measureNetworkLoad(browser, { url, kind, profile, readyTimeout });
          loads[kind].push(load);
          log(
            `seed on ${profile.label} ${kind} #${i + 1}: first paint ${fmt(load.firstPaint)} ms, ` +
              `FCP ${fmt(load.firstContentfulPaint)} ms, ready ${fmt(load.ready)} ms, ` +
              `${fmt(load.totalBytes / 1000, 1)} kB in ${load.requests.length} requests ` +
              `(js ${fmt(load.bytes.js / 1000, 1)}, css ${fmt(load.bytes.css / 1000, 1)}, ` +
              `fonts ${fmt(load.bytes.fonts / 1000, 1)}, data ${fmt(load.bytes.data / 1000, 1)}, ` +
              `html ${fmt(load.bytes.html / 1000, 1)}, other ${fmt(load.bytes.other / 1000, 1)})` +
              (load.errors.length ? `, errors: ${load.errors.join(' | ')}` : ''),
          );
        }
      }
      const [first] = loads.app;
      if (first && profile.id === 'slow-4g')
        log(`waterfall, app on ${profile.label}:\n${waterfall(first)}`);
      out.push({
        profile,
        runs: plan.runs,
        app: summarizeNetwork(loads.app),
        bare: summarizeNetwork(loads.bare),
        raw: loads,
      });
    }
  } finally {
    await gzipServer.close();
  }
  return out;
}

/** One load's requests in the order they were sent: start, response, end (ms), size, file. */
function waterfall(load: NetworkLoad): string {
  const rows = load.requests.map(
    (r) =>
      `  ${fmt(r.start).padStart(6)} ${fmt(r.response).padStart(6)} ${fmt(r.end).padStart(6)} ms ` +
      `${fmt(r.bytes / 1000, 1).padStart(6)} kB  ${r.kind.padEnd(5)} ${r.priority.padEnd(8)} ` +
      `${r.initiator.padEnd(7)} ${r.url.split('?')[0]}${r.failed ? ` (${r.failed})` : ''}`,
  );
  return [
    `   start   resp    end       size  kind  priority initiator file`,
    ...rows,
    `  first paint ${fmt(load.firstPaint)} ms, FCP ${fmt(load.firstContentfulPaint)} ms, graph:ready ${fmt(load.ready)} ms`,
  ].join('\n');
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
