/**
 * `npm run bench:edit [-- --runs=N --no-build | --app=<built app> --bare=<built bare page>]`
 * (also run by `npm run bench`)
 *
 * Editing as the author does it, in the built app in the system Chromium: rename the selected
 * entity in the editor's form and press Save, then time until the graph shows the new name
 * (the probe reads cytoscape's label) and the next frame is painted. The problem list is set
 * in the same store update as the graph's elements. On the seed and on a generated graph of
 * 5,000 entities (10,000 relations) with stored positions.
 *
 * The reference: the bare cytoscape page (scripts/bench/bare) on the same data, in a canvas
 * of the same box, renamed by one `data('label')` call and timed to the frame that shows it.
 * That is the engine's own cost of one changed element: cytoscape's canvas redraws every
 * element after any change, so no app over it can be faster than about this.
 * Medians over the runs; a benchmark, not a test: it prints numbers and never fails on them.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from 'cytoscape';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { buildBarePage } from './bare-page';
import { launchBrowser } from '../../tests/browser/browser';
import { startStaticServer } from '../../tests/browser/server';
import { datasetJson, generateDataset } from './generate';
import { summarize } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'bench-results');
const WORK = join(OUT, 'edit-work');

interface Plan {
  name: string;
  file: string;
  entity: string;
  target: number;
}

async function main() {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
  const app = args.find((a) => a.startsWith('--app='))?.slice(6);
  const bare = args.find((a) => a.startsWith('--bare='))?.slice(7);
  mkdirSync(WORK, { recursive: true });
  if (app) {
    // The app `npm run bench` has just built.
    rmSync(join(WORK, 'app'), { recursive: true, force: true });
    cpSync(app, join(WORK, 'app'), { recursive: true });
  } else if (!args.includes('--no-build')) {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: join(WORK, 'app') } });
  }
  if (bare) {
    rmSync(join(WORK, 'bare'), { recursive: true, force: true });
    cpSync(bare, join(WORK, 'bare'), { recursive: true });
  } else if (!args.includes('--no-build')) {
    await buildBarePage(join(WORK, 'bare'));
  }
  mkdirSync(join(WORK, 'data'), { recursive: true });
  writeFileSync(
    join(WORK, 'data/seed.json'),
    readFileSync(join(ROOT, 'data/azerbaijan-gaza.json')),
  );
  writeFileSync(
    join(WORK, 'data/5000.json'),
    datasetJson(generateDataset({ entities: 5000, seed: 1, positions: true })),
  );
  const plans: Plan[] = [
    { name: 'seed (azerbaijan-gaza)', file: 'seed.json', entity: 'iran', target: 50 },
    { name: '5,000 entities', file: '5000.json', entity: 'e1', target: 100 },
  ];
  const server = await startStaticServer({ root: WORK });
  const browser = await launchBrowser();
  const rows: string[] = [];
  const results: Record<string, unknown>[] = [];
  try {
    for (const plan of plans) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const url = `${server.url}app/?graph=${encodeURIComponent(`../data/${plan.file}`)}#lang=en&edit=1&node=${plan.entity}`;
      await page.goto(url);
      await page.waitForFunction(
        () => performance.getEntriesByName('graph:ready').length > 0,
        null,
        {
          timeout: 120_000,
        },
      );
      const name = page.getByTestId('editor-panel').getByLabel('Name (English)', { exact: true });
      await name.waitFor({ timeout: 30_000 });
      const times: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const wanted = `Renamed ${run}`;
        await name.fill(wanted);
        const ms = await page.evaluate(
          async ({ id, wanted }) => {
            // No named helpers here: tsx would wrap them in __name, which the page lacks.
            const save = [...document.querySelectorAll('[data-testid="editor-panel"] button')].find(
              (button) => button.textContent?.trim() === 'Save',
            ) as HTMLButtonElement | undefined;
            if (!save) throw new Error('no Save button');
            await new Promise((done) => requestAnimationFrame(done));
            const start = performance.now();
            save.click();
            while (window.__relgraph?.label(id) !== wanted)
              await new Promise((done) => requestAnimationFrame(done));
            // The frame that shows it.
            await new Promise((done) => requestAnimationFrame(done));
            return performance.now() - start;
          },
          { id: plan.entity, wanted },
        );
        // The first edit warms the editor's code paths up.
        if (run > 0) times.push(ms);
      }
      const box = await page.getByTestId('graph').boundingBox();
      await context.close();
      const bareTimes = await timeBare(browser, server.url, plan, box, runs);
      const summary = summarize(times);
      const bareSummary = summarize(bareTimes);
      results.push({
        name: plan.name,
        target: plan.target,
        ...summary,
        bare: bareSummary,
        ratio: summary && bareSummary ? summary.median / bareSummary.median : null,
      });
      const ms = (value: number | undefined) => `${value?.toFixed(0)} ms`;
      rows.push(
        [
          plan.name,
          ms(summary?.median),
          `${summary?.min.toFixed(0)}–${ms(summary?.max)}`,
          `${ms(bareSummary?.median)} (${bareSummary?.min.toFixed(0)}–${ms(bareSummary?.max)})`,
          summary && bareSummary ? `${(summary.median / bareSummary.median).toFixed(2)}×` : '',
          `≤ ${plan.target} ms`,
          summary && summary.median <= plan.target ? 'met' : 'not met',
        ].join(' | '),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const table = [
    `Edit → graph and problems updated (${new Date().toISOString().slice(0, 10)}, median of ${runs} runs after one warm-up)`,
    '',
    '| dataset | app: median | range | bare cytoscape, the same rename | app ÷ bare | target | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
  console.log(table);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'edit.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(OUT, 'edit.md'), `${table}\n`);
}

/**
 * The same rename on the bare page: one `data('label')` call, timed to the frame that shows it
 * as the app's is (a frame before, then until the frame after the label is held).
 */
async function timeBare(
  browser: Browser,
  base: string,
  plan: Plan,
  box: { x: number; y: number; width: number; height: number } | null,
  runs: number,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const at = box ? `&box=${[box.x, box.y, box.width, box.height].map(Math.round).join(',')}` : '';
  await page.goto(
    `${base}bare/index.html?graph=${encodeURIComponent(`../data/${plan.file}`)}&lang=en${at}`,
  );
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, null, {
    timeout: 120_000,
  });
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const ms = await page.evaluate(
      async ({ id, label }) => {
        const cy = (window as unknown as { __bareCy: Core }).__bareCy;
        await new Promise((done) => requestAnimationFrame(done));
        const start = performance.now();
        cy.getElementById(id).data('label', label);
        await new Promise((done) => requestAnimationFrame(done));
        await new Promise((done) => requestAnimationFrame(done));
        return performance.now() - start;
      },
      { id: plan.entity, label: `\u2066Renamed ${run}\u2069` },
    );
    if (run > 0) times.push(ms);
  }
  await context.close();
  return times;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
