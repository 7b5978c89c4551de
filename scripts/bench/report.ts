/** The benchmark's output: a console table, a markdown table for the README, target checks. */
import type { InitialSize, PackageShare } from './bundle';
import type { InteractionsReport } from './interactions';
import { BYTE_KINDS, type NetworkProfileReport, type NetworkSummary } from './network';
import type { RunResult } from './page';
import type { Summary } from './stats';

export interface RunsSummary {
  ready: Summary | null;
  layout: Summary | null;
  click: Summary | null;
  frameMedian: Summary | null;
  frameP95: Summary | null;
  frameMax: Summary | null;
  heapMB: Summary | null;
  idleLongTaskMax: Summary | null;
  readyRuns: number;
  pannedRuns: number;
  errors: string[];
}

export interface SizeReport {
  size: string;
  label: string;
  entities: number;
  relations: number;
  claims: number;
  storedPositions: boolean;
  runs: number;
  app: RunsSummary;
  bare: RunsSummary;
  raw: { app: RunResult[]; bare: RunResult[] };
}

export interface BenchReport {
  date: string;
  durationSeconds: number;
  environment: Record<string, string | number>;
  initial: InitialSize;
  packages: PackageShare[];
  sizes: SizeReport[];
  /** The seed over emulated networks, cold (absent with --no-network). */
  network?: NetworkProfileReport[];
  /** Interactions at 5,000 entities (full runs, or --interactions). */
  interactions?: InteractionsReport;
  /** The same at 20,000 entities, one run (when the sizes include 20000). */
  largeInteractions?: InteractionsReport;
}

export interface Target {
  name: string;
  met: boolean | null;
  detail: string;
}

const KB = 1000;
/** What "stays usable" means at 20,000 entities. */
const USABLE_CLICK_MS = 1000;
const USABLE_FRAME_MS = 100;
/** The seed on Slow 4G (issue #15). */
const SLOW_4G_READY_MS = 2500;
const SLOW_4G_FCP_MS = 1000;
/** Issue #15: the seed on loopback adds nothing to cytoscape; 20,000 answers at once. */
const SEED_READY_RATIO = 1.0;
const LARGE_ANSWER_MS = 300;
const LARGE_READY_RATIO = 0.5;
/** No interaction at 5,000 entities blocks the page longer. */
const INTERACTION_TASK_MS = 200;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

function n(value: number | null | undefined, digits = 0): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—';
}

/** "median (min–max)". */
function cell(summary: Summary | null, digits = 0): string {
  if (!summary) return '—';
  if (summary.runs === 1) return n(summary.median, digits);
  return `${n(summary.median, digits)} (${n(summary.min, digits)}–${n(summary.max, digits)})`;
}

export function ratio(app: Summary | null, bare: Summary | null): number | null {
  return app && bare && bare.median > 0 ? app.median / bare.median : null;
}

const times = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);

export function targets(report: BenchReport): Target[] {
  const out: Target[] = [];
  const js = report.initial.jsGzip;
  out.push({
    name: 'Initial JS ≤ 250 kB gzip',
    met: js <= 250 * KB,
    detail: `${kb(js)} JS + ${kb(report.initial.cssGzip)} CSS`,
  });
  const seed = report.sizes.find((s) => s.size === 'seed');
  if (seed) {
    const ready = seed.app.ready?.median ?? null;
    out.push({
      name: 'Seed graph: graph:ready < 500 ms (median, stored positions)',
      met: ready !== null && ready < 500,
      detail: `${n(ready)} ms`,
    });
  }
  for (const size of report.sizes) {
    if (size.bare.readyRuns === 0) continue;
    const r = ratio(size.app.ready, size.bare.ready);
    const fm = ratio(size.app.frameMedian, size.bare.frameMedian);
    const fp = ratio(size.app.frameP95, size.bare.frameP95);
    out.push({
      name: `${size.label}: graph:ready ≤ 1.2× bare`,
      met: r === null ? null : r <= 1.2,
      detail: `${times(r)} (${n(size.app.ready?.median)} vs ${n(size.bare.ready?.median)} ms)`,
    });
    out.push({
      name: `${size.label}: pan/zoom frames ≤ 1.2× bare (median and p95)`,
      met: fm === null || fp === null ? null : fm <= 1.2 && fp <= 1.2,
      detail: `median ${times(fm)}, p95 ${times(fp)} (app ${n(size.app.frameMedian?.median)} / ${n(size.app.frameP95?.median)} ms, bare ${n(size.bare.frameMedian?.median)} / ${n(size.bare.frameP95?.median)} ms)`,
    });
  }
  const mid = report.sizes.find((s) => s.size === '5000');
  if (mid) {
    const p95 = mid.app.frameP95?.median ?? null;
    out.push({
      name: '5,000: p95 frame < 50 ms (stored positions)',
      met: p95 !== null && p95 < 50,
      detail: `${n(p95)} ms (runs ${n(mid.app.frameP95?.min)}–${n(mid.app.frameP95?.max)} ms)`,
    });
    const task = mid.app.idleLongTaskMax?.max ?? null;
    out.push({
      name: '5,000: no long task > 200 ms while idle after ready',
      met: task !== null && task <= 200,
      detail: `longest ${n(task)} ms over ${mid.runs} runs`,
    });
  }
  if (seed && seed.bare.readyRuns > 0) {
    const r = ratio(seed.app.ready, seed.bare.ready);
    out.push({
      name: `Seed on loopback: graph:ready ≤ ${SEED_READY_RATIO.toFixed(1)}× bare (#15)`,
      met: r === null ? null : r <= SEED_READY_RATIO,
      detail: `${times(r)} (${n(seed.app.ready?.median)} vs ${n(seed.bare.ready?.median)} ms)`,
    });
  }
  const big = report.sizes.find((s) => s.size === '20000');
  if (big && big.bare.readyRuns > 0) {
    const r = ratio(big.app.ready, big.bare.ready);
    out.push({
      name: `20,000: graph:ready ≤ ${LARGE_READY_RATIO}× bare (#15)`,
      met: r === null ? null : r <= LARGE_READY_RATIO,
      detail: `${times(r)} (${n(big.app.ready?.median)} vs ${n(big.bare.ready?.median)} ms)`,
    });
  }
  if (big) {
    const click = big.app.click?.median ?? null;
    out.push({
      name: `20,000: click → details ≤ ${LARGE_ANSWER_MS} ms (#15)`,
      met: click === null ? null : click <= LARGE_ANSWER_MS,
      detail: `${n(click)} ms (${n(big.app.click?.min)}–${n(big.app.click?.max)})`,
    });
  }
  const search = report.largeInteractions?.steps.find((step) => step.id === 'search');
  if (search) {
    const answer = search.answer?.median ?? null;
    out.push({
      name: `20,000: search a name, choose it → selected and centred ≤ ${LARGE_ANSWER_MS} ms (#15)`,
      met: answer === null ? false : answer <= LARGE_ANSWER_MS,
      detail: `${n(answer)} ms, longest task ${n(search.longestTask?.max ?? null)} ms (${search.okRuns} run${search.okRuns === 1 ? '' : 's'})`,
    });
  }
  if (big) {
    const loaded = big.app.readyRuns === big.runs;
    const click = big.app.click?.median ?? null;
    const frame = big.app.frameMedian?.median ?? null;
    out.push({
      name: `20,000: loads and stays usable (ready every run, drag pans, click → details ≤ ${USABLE_CLICK_MS} ms, frame median ≤ ${USABLE_FRAME_MS} ms)`,
      met:
        loaded &&
        big.app.pannedRuns === big.runs &&
        click !== null &&
        click <= USABLE_CLICK_MS &&
        frame !== null &&
        frame <= USABLE_FRAME_MS,
      detail:
        `ready in ${big.app.readyRuns}/${big.runs} runs (${n(big.app.ready?.median)} ms); ` +
        `click → details ${n(click)} ms; frames ${n(frame)} / ${n(big.app.frameP95?.median)} ms; ` +
        `drag panned in ${big.app.pannedRuns}/${big.runs}`,
    });
  }
  for (const size of report.sizes.filter((s) => !s.storedPositions)) {
    out.push({
      name: `${size.label}: loads without running fcose in the page`,
      met: size.app.readyRuns === size.runs,
      detail: `graph:ready ${n(size.app.ready?.median)} ms, layout ${n(size.app.layout?.median)} ms`,
    });
  }
  const slow = report.network?.find((p) => p.profile.id === 'slow-4g');
  if (slow) {
    const ready = slow.app.ready?.median ?? null;
    const fcp = slow.app.firstContentfulPaint?.median ?? null;
    const all = slow.app.readyRuns === slow.runs;
    out.push({
      name: `Seed on Slow 4G: graph:ready ≤ ${(SLOW_4G_READY_MS / 1000).toFixed(1)} s`,
      met: ready === null || !all ? false : ready <= SLOW_4G_READY_MS,
      detail:
        `${seconds(ready)} (bare ${seconds(slow.bare.ready?.median ?? null)}; ` +
        `${times(ratio(slow.app.ready, slow.bare.ready))}; ready in ${slow.app.readyRuns}/${slow.runs} loads)`,
    });
    out.push({
      name: `Seed on Slow 4G: first contentful paint ≤ ${(SLOW_4G_FCP_MS / 1000).toFixed(1)} s`,
      met: fcp === null ? false : fcp <= SLOW_4G_FCP_MS,
      detail: `${seconds(fcp)} (bare ${seconds(slow.bare.firstContentfulPaint?.median ?? null)})`,
    });
  }
  const inter = report.interactions;
  if (inter) {
    for (const step of inter.steps) {
      const worst = step.longestTask?.max ?? null;
      out.push({
        name: `${inter.label}: ${step.label}: no task over ${INTERACTION_TASK_MS} ms`,
        met: worst === null || step.okRuns < inter.runs ? false : worst <= INTERACTION_TASK_MS,
        detail:
          `longest ${n(worst)} ms over ${step.okRuns}/${inter.runs} runs ` +
          `(${n(step.longestTaskAfterInput?.max ?? null)} ms from the input on); ` +
          `input → answer ${n(step.answer?.median ?? null)} ms` +
          (step.errors.length ? `; ${step.errors.join(' | ')}` : ''),
      });
    }
  }
  return out;
}

const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);

/** Bytes as kB: the median, and (min–max) only when the loads differ. */
function kbCell(summary: Summary | null): string {
  if (!summary) return '—';
  const k = (b: number) => (b / KB).toFixed(1);
  return summary.min === summary.max
    ? k(summary.median)
    : `${k(summary.median)} (${k(summary.min)}–${k(summary.max)})`;
}

function networkRows(profile: NetworkProfileReport): string[][] {
  const row = (page: string, s: NetworkSummary) => [
    page,
    cell(s.firstPaint),
    cell(s.firstContentfulPaint),
    cell(s.ready),
    ...BYTE_KINDS.map((k) => kbCell(s.bytes[k])),
    kbCell(s.totalBytes),
  ];
  return [
    row('app', profile.app),
    row('bare', profile.bare),
    [
      'app ÷ bare',
      times(ratio(profile.app.firstPaint, profile.bare.firstPaint)),
      times(ratio(profile.app.firstContentfulPaint, profile.bare.firstContentfulPaint)),
      times(ratio(profile.app.ready, profile.bare.ready)),
      ...BYTE_KINDS.map(() => ''),
      times(ratio(profile.app.totalBytes, profile.bare.totalBytes)),
    ],
  ];
}

const profileName = (p: NetworkProfileReport) =>
  `${p.profile.label} (${p.profile.downloadKbps / 1000} Mbit/s down, ${p.profile.uploadKbps / 1000} up, ${p.profile.latencyMs} ms; ${p.runs} run${p.runs === 1 ? '' : 's'})`;

const mark = (met: boolean | null) => (met === null ? '–' : met ? '✅' : '❌');

export function renderMarkdown(report: BenchReport): string {
  const env = report.environment;
  const lines: string[] = [];
  lines.push(
    `### Performance (\`npm run bench\`, ${report.date.slice(0, 10)})`,
    '',
    `Chromium ${env.chromium} headless, ${env.cpus} cores (${env.cpuModel}), ${env.viewport}; ` +
      `labels in ${env.lang === 'ar' ? 'Arabic' : 'English'}; every graph with stored positions ` +
      `(seed: ${env.seedPositions}). Each figure is the median of the runs, (min–max). ` +
      `"bare" is cytoscape alone on the same elements, stylesheet and preset layout, in the same ` +
      `browser and run; compare ratios, not absolute times (runs on this machine vary by ~30 %). ` +
      `Frames: requestAnimationFrame intervals while a real wheel zoom (in to about 0.7 or 3×, ` +
      `out again) and two mouse drags move the view, counting the frames that drew a changed view.`,
    '',
    '| graph | page | graph:ready (ms) | layout (ms) | click → details (ms) | pan/zoom frame median (ms) | frame p95 (ms) | JS heap (MB) | longest idle task (ms) |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const size of report.sizes) {
    const zoom = size.raw.app.find((r) => r.zoom)?.zoom;
    const name =
      `${size.label} (${size.entities} entities, ${size.relations} relations, ${size.runs} run${size.runs === 1 ? '' : 's'}` +
      (zoom ? `; zoom ${zoom.start.toFixed(2)} → ${zoom.peak.toFixed(2)})` : ')');
    for (const [page, s] of [
      ['app', size.app],
      ['bare', size.bare],
    ] as const) {
      if (page === 'bare' && s.readyRuns === 0) continue;
      lines.push(
        `| ${page === 'app' ? name : ''} | ${page} | ${cell(s.ready)} | ${cell(s.layout, 1)} | ${page === 'app' ? cell(s.click) : 'n/a'} | ${cell(s.frameMedian, 1)} | ${cell(s.frameP95, 1)} | ${cell(s.heapMB, 1)} | ${cell(s.idleLongTaskMax)} |`,
      );
    }
    if (size.bare.readyRuns === 0) continue;
    lines.push(
      `| | **app ÷ bare** | **${times(ratio(size.app.ready, size.bare.ready))}** | | | **${times(ratio(size.app.frameMedian, size.bare.frameMedian))}** | **${times(ratio(size.app.frameP95, size.bare.frameP95))}** | ${times(ratio(size.app.heapMB, size.bare.heapMB))} | |`,
    );
  }
  if (report.network?.length) {
    lines.push(
      '',
      `The seed over emulated networks, cold: a fresh browser context per load, the cache off ` +
        `(CDP \`Network.setCacheDisabled\`), the link throttled by Chromium ` +
        `(\`Network.emulateNetworkConditions\`); html, js, css, json and svg sent gzip -9, fonts ` +
        `(woff2) as they are. Times from navigation start (ms); bytes on the wire (headers ` +
        `included, kB) by kind, every request until the network is quiet after graph:ready.`,
      '',
      '| network | page | first paint (ms) | first contentful paint (ms) | graph:ready (ms) | JS (kB) | CSS (kB) | fonts (kB) | data (kB) | html (kB) | other (kB) | total (kB) |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const profile of report.network) {
      networkRows(profile).forEach((cells, i) => {
        const page = i === 2 ? `**${cells[0]}**` : cells[0];
        const rest = cells.slice(1).map((c) => (i === 2 && c ? `**${c}**` : c));
        lines.push(`| ${i === 0 ? profileName(profile) : ''} | ${page} | ${rest.join(' | ')} |`);
      });
    }
  }
  for (const inter of [report.interactions, report.largeInteractions]) {
    if (inter) lines.push(...interactionsMarkdown(inter));
  }
  lines.push(
    '',
    `Initial download (files index.html references, gzip -9): **${kb(report.initial.jsGzip)} JS**, ${kb(report.initial.cssGzip)} CSS.`,
    '',
    '| target | met | measured |',
    '|---|---|---|',
    ...targets(report).map((t) => `| ${t.name} | ${mark(t.met)} | ${t.detail} |`),
  );
  if (report.packages.length > 0) {
    const total = report.packages.reduce((sum, p) => sum + p.bytes, 0);
    lines.push(
      '',
      'Main chunk by package (minified bytes from the source map; gzip of each part alone):',
      '',
      '| package | minified | share | gzip (alone) |',
      '|---|---|---|---|',
      ...report.packages
        .slice(0, 14)
        .map(
          (p) =>
            `| ${p.name} | ${kb(p.bytes)} | ${((100 * p.bytes) / total).toFixed(1)} % | ${kb(p.gzip)} |`,
        ),
    );
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}

export function renderConsole(report: BenchReport): string {
  const header = [
    'graph',
    'page',
    'ready ms',
    'layout ms',
    'click ms',
    'frame med',
    'frame p95',
    'heap MB',
    'idle task',
  ];
  const rows: string[][] = [header];
  for (const size of report.sizes) {
    rows.push([
      size.label,
      'app',
      cell(size.app.ready),
      cell(size.app.layout, 1),
      cell(size.app.click),
      cell(size.app.frameMedian, 1),
      cell(size.app.frameP95, 1),
      cell(size.app.heapMB, 1),
      cell(size.app.idleLongTaskMax),
    ]);
    if (size.bare.readyRuns === 0) continue;
    rows.push([
      '',
      'bare',
      cell(size.bare.ready),
      cell(size.bare.layout, 1),
      'n/a',
      cell(size.bare.frameMedian, 1),
      cell(size.bare.frameP95, 1),
      cell(size.bare.heapMB, 1),
      cell(size.bare.idleLongTaskMax),
    ]);
    rows.push([
      '',
      'app÷bare',
      times(ratio(size.app.ready, size.bare.ready)),
      '',
      '',
      times(ratio(size.app.frameMedian, size.bare.frameMedian)),
      times(ratio(size.app.frameP95, size.bare.frameP95)),
      times(ratio(size.app.heapMB, size.bare.heapMB)),
      '',
    ]);
  }
  const widths = header.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const text = rows
    .map((row) => row.map((value, c) => value.padEnd(widths[c] ?? 0)).join('  '))
    .join('\n');
  let extra = '';
  if (report.network?.length) {
    const head = [
      'network',
      'page',
      'FP ms',
      'FCP ms',
      'ready ms',
      ...BYTE_KINDS.map((k) => `${k} kB`),
      'total kB',
    ];
    const net: string[][] = [head];
    for (const profile of report.network) {
      networkRows(profile).forEach((cells, i) =>
        net.push([i === 0 ? profile.profile.label : '', ...cells]),
      );
    }
    extra += `\nSeed over emulated networks (cold, gzip):\n${columns(net)}\n`;
  }
  for (const inter of [report.interactions, report.largeInteractions]) {
    if (!inter) continue;
    const rows = [['interaction', 'answer ms', 'still ms', 'longest task', 'from input']];
    for (const s of inter.steps) {
      rows.push([
        s.label,
        cell(s.answer),
        cell(s.settled),
        cell(s.longestTask),
        cell(s.longestTaskAfterInput),
      ]);
    }
    extra += `\nInteractions at ${inter.label}:\n${columns(rows)}\n`;
  }
  const checks = targets(report)
    .map((t) => `${t.met === null ? '  -' : t.met ? ' ok' : 'NOT'}  ${t.name}: ${t.detail}`)
    .join('\n');
  const top = report.packages
    .slice(0, 8)
    .map((p) => `${p.name} ${kb(p.bytes)} (gzip alone ${kb(p.gzip)})`)
    .join(', ');
  return `${text}\n${extra}\nInitial JS ${kb(report.initial.jsGzip)} gzip, CSS ${kb(report.initial.cssGzip)} gzip. Main chunk: ${top}\n\nTargets:\n${checks}\n`;
}

function columns(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] ?? '').length)),
  );
  return rows
    .map((row) => row.map((value, c) => value.padEnd(widths[c] ?? 0)).join('  '))
    .join('\n');
}

function interactionsMarkdown(inter: InteractionsReport): string[] {
  return [
    '',
    `Interactions at ${inter.label} (app, ${inter.runs} run${inter.runs === 1 ? '' : 's'}, one after the ` +
      `other in one load; labels in ${inter.lang === 'ar' ? 'Arabic' : 'English'} first): from the input that ` +
      `asks (the last mousedown or keydown) to the next frame after the page shows the answer, to the ` +
      `camera standing still, and the longest main-thread task (PerformanceObserver \`longtask\`) ` +
      `over the whole interaction (typing and opening a panel included) and from that input on. ` +
      `The click is on the busiest entity on screen, right after graph:ready (a hub: its lines ` +
      `all change); the main table's click is on an entity after the pan and zoom gestures.`,
    '',
    '| interaction | input → answer (ms) | input → camera still (ms) | longest task (ms) | longest task from the input (ms) |',
    '|---|---|---|---|---|',
    ...inter.steps.map(
      (s) =>
        `| ${s.label}${s.okRuns < inter.runs ? ` (answered in ${s.okRuns}/${inter.runs})` : ''} | ${cell(s.answer)} | ${cell(s.settled)} | ${cell(s.longestTask)} | ${cell(s.longestTaskAfterInput)} |`,
    ),
  ];
}
