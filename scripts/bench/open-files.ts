/**
 * `npm run bench:open [-- --runs=N --no-build]`
 *
 * Opening files as a reader does (File → Open), in the built app in the system Chromium: for
 * each real file in tests/fixtures/datasets and a generated 5,000-node GEXF without positions,
 * the time from choosing the file to every node drawn, and the longest main-thread task while
 * doing so (PerformanceObserver "longtask"). Medians over the runs; a benchmark, not a test:
 * the machines are noisy, so it prints numbers and never fails on them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../../tests/browser/browser';
import { startStaticServer } from '../../tests/browser/server';
import { communitiesGexf } from '../../tests/fixtures/generated';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'bench-results');

interface FilePlan {
  name: string;
  content: Buffer;
  nodes: number;
  /** No positions and above the force limit: the force layout runs after it is drawn. */
  arranges?: boolean;
}

function plans(): FilePlan[] {
  const file = (path: string, nodes: number): FilePlan => ({
    name: path.split('/').at(-1) as string,
    content: readFileSync(join(ROOT, 'tests/fixtures', path)),
    nodes,
  });
  return [
    file('datasets/les_miserables.gexf', 77),
    file('datasets/miserables.graphml', 77),
    file('real-world/yed-groups.graphml', 5),
    file('datasets/arctic.gexf', 1715),
    {
      name: 'communities-5000.gexf',
      content: Buffer.from(communitiesGexf(5000)),
      nodes: 5000,
      arranges: true,
    },
  ];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main() {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  if (!args.includes('--no-build')) await build({ root: ROOT, logLevel: 'warn' });
  const server = await startStaticServer({ root: join(ROOT, 'dist') });
  const browser = await launchBrowser();
  const rows: {
    name: string;
    nodes: number;
    open: number;
    task: number;
    settle: number | null;
    settleTask: number | null;
    runs: number;
  }[] = [];
  try {
    for (const plan of plans()) {
      const opens: number[] = [];
      const tasks: number[] = [];
      const settles: number[] = [];
      const settleTasks: number[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
          w.__longTasks = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
            }
          }).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(`${server.url}#lang=en`);
        await page.waitForFunction(
          () => performance.getEntriesByName('graph:ready').length > 0,
          undefined,
          {
            timeout: 60_000,
          },
        );
        const start = await page.evaluate(() => performance.now());
        const wall = Date.now();
        await page.getByTestId('file-input').setInputFiles({
          name: plan.name,
          mimeType: 'application/octet-stream',
          buffer: plan.content,
        });
        await page.waitForFunction(
          (n) =>
            (
              window as { __relgraph?: { elementIds(): { nodes: string[] } } }
            ).__relgraph?.elementIds().nodes.length === n,
          plan.nodes,
          { timeout: 180_000, polling: 50 },
        );
        // Two frames: the new graph is painted.
        await page.evaluate(
          () =>
            new Promise<void>((done) =>
              requestAnimationFrame(() => requestAnimationFrame(() => done())),
            ),
        );
        opens.push(Date.now() - wall);
        const longestSince = (t0: number, t1 = Infinity) =>
          page.evaluate(
            ([from, to]) =>
              Math.max(
                0,
                ...(
                  window as unknown as { __longTasks: { start: number; duration: number }[] }
                ).__longTasks
                  .filter((task) => task.start >= from && task.start < to)
                  .map((task) => task.duration),
              ),
            [t0, t1] as const,
          );
        const drawnAt = await page.evaluate(() => performance.now());
        tasks.push(await longestSince(start, drawnAt));
        // A file without positions above the force limit: ForceAtlas2 refines it until it settles.
        if (plan.arranges) {
          await page.locator('[data-testid="arranging"].arranging').waitFor({ timeout: 60_000 });
          await page.waitForFunction(
            () => !document.querySelector('[data-testid="arranging"].arranging'),
            undefined,
            { timeout: 180_000, polling: 100 },
          );
          settles.push(Date.now() - wall - (opens.at(-1) as number));
          settleTasks.push(await longestSince(drawnAt));
        }
        await context.close();
      }
      rows.push({
        name: plan.name,
        nodes: plan.nodes,
        open: median(opens),
        task: median(tasks),
        settle: settles.length ? median(settles) : null,
        settleTask: settleTasks.length ? median(settleTasks) : null,
        runs,
      });
      console.log(
        `${plan.name}: open → drawn ${median(opens)} ms, longest task ${Math.round(median(tasks))} ms` +
          (settles.length
            ? `; force layout drawn → settled ${median(settles)} ms, longest task ${Math.round(median(settleTasks))} ms`
            : '') +
          ` (median of ${runs})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const date = new Date().toISOString().slice(0, 10);
  const table = [
    `Opening files (File → Open), ${date}, medians of ${runs} runs, headless Chromium:`,
    '',
    '| file | nodes | choose → all drawn (ms) | longest task (ms) | force layout: drawn → settled (ms) | longest task while it runs (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.nodes} | ${r.open} | ${Math.round(r.task)} | ${r.settle ?? '—'} | ${r.settleTask === null ? '—' : Math.round(r.settleTask)} |`,
    ),
    '',
  ].join('\n');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'open-files.md'), table);
  console.log(`\n${table}`);
}

await main();
