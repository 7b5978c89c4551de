/** The benchmark's output: a console table, a markdown table for the README, target checks. */
import type { InitialSize, PackageShare } from './bundle';
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
  const big = report.sizes.find((s) => s.size === '20000');
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
  return out;
}

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
  const checks = targets(report)
    .map((t) => `${t.met === null ? '  -' : t.met ? ' ok' : 'NOT'}  ${t.name}: ${t.detail}`)
    .join('\n');
  const top = report.packages
    .slice(0, 8)
    .map((p) => `${p.name} ${kb(p.bytes)} (gzip alone ${kb(p.gzip)})`)
    .join(', ');
  return `${text}\n\nInitial JS ${kb(report.initial.jsGzip)} gzip, CSS ${kb(report.initial.cssGzip)} gzip. Main chunk: ${top}\n\nTargets:\n${checks}\n`;
}
