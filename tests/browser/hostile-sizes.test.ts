/**
 * Files too big in odd ways, served by `graph=`: each is drawn in a reduced form or refused with
 * its message within 3 s, and no main-thread task takes more than 1 s (Long Tasks API).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphProbe } from '../../src/graph/debug';
import { MAX_ENTITIES, MAX_PARALLEL_DRAWN, MAX_PROBLEMS } from '../../src/model/limits';
import type { Dataset } from '../../src/model/schema';
import { launchBrowser } from './browser';
import { removeSnapshot, snapshotDist } from './dist-snapshot';
import { startStaticServer, type StaticServer } from './server';

const ROOT = resolve(__dirname, '../..');
const SEED = JSON.parse(readFileSync(join(ROOT, 'data/azerbaijan-gaza.json'), 'utf8')) as Dataset;

/** What the reader may wait for a message, and the longest task the page may block for. */
const MESSAGE_WITHIN_MS = 3_000;
const LONGEST_TASK_MS = 1_000;

const shell = (entities: unknown[], relations: unknown[]) => ({
  version: 1,
  id: 'hostile',
  title: { en: 'Hostile', ar: 'عدائي' },
  sources: [{ id: 's', title: { en: 'S', ar: 'S' }, language: 'en', paragraphs: ['q'] }],
  relationTypes: [
    { id: 't', family: 'cooperation', directed: false, label: { en: 'links', ar: 'يربط' } },
  ],
  entities,
  relations,
});
const entity = (i: number, en = `E ${i}`) => ({
  id: `e${i}`,
  kind: 'organization',
  label: { en, ar: `ك ${i}` },
});
const relation = (i: number, s: number, t: number) => ({
  id: `r${i}`,
  type: 't',
  source: `e${s}`,
  target: `e${t}`,
  evidence: [{ source: 's', paragraph: 1, quote: 'q', status: 'reported' }],
});
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const FILES: Record<string, unknown> = {
  'parallel-1000.json': shell(
    [entity(0), entity(1)],
    range(1_000).map((i) => relation(i, 0, 1)),
  ),
  'parallel-10000.json': shell(
    [entity(0), entity(1)],
    range(10_000).map((i) => relation(i, 0, 1)),
  ),
  'loops-10000.json': shell(
    [entity(0), entity(1)],
    range(10_000).map((i) => relation(i, 0, 0)),
  ),
  'dense-145000.json': shell(
    range(1_000).map((i) => entity(i)),
    range(145_000).map((i) => relation(i, i % 1_000, (i * 7 + Math.floor(i / 1_000) + 1) % 1_000)),
  ),
  'entities-100000.json': shell(
    range(100_000).map((i) => entity(i)),
    [],
  ),
  'marks.json': shell([entity(0, `a${'\u0301'.repeat(100_000)}`), entity(1)], [relation(0, 0, 1)]),
  'problems.json': {
    ...SEED,
    entities: range(19_000).map((i) => ({ id: `_bad${i}`, kind: 'nope', label: { en: 'x' } })),
    relations: range(49_000).map((i) => ({ id: `_r${i}`, type: 'zz', source: 'nope' })),
    claims: [],
  },
};

let browser: Browser;
let DIST: string;
let app: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  DIST = await snapshotDist('hostile-sizes');
  const extraRoutes = Object.fromEntries(
    Object.entries(FILES).map(([name, data]) => [
      name,
      { type: 'application/json; charset=utf-8', body: JSON.stringify(data) },
    ]),
  );
  app = await startStaticServer({ root: DIST, extraRoutes });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await removeSnapshot(DIST);
});

interface Timed {
  page: Page;
  /** Milliseconds from navigation start until `ready` resolved. */
  shownAt: number;
  longestTask: () => Promise<number>;
  close: () => Promise<void>;
}

/** Opens `?graph=<file>` and waits until `ready` (a page function) holds. */
async function openTimed(file: string, ready: () => boolean, lang = 'en'): Promise<Timed> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const tasks: number[] = [];
    (window as { __longTasks?: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${app.url}?graph=${file}#lang=${lang}`);
  await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 50 });
  const shownAt = await page.evaluate(() => performance.now());
  return {
    page,
    shownAt,
    longestTask: async () => {
      // Let the last task end and be reported.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
      const longest = await page.evaluate(() =>
        Math.max(0, ...((window as { __longTasks?: number[] }).__longTasks ?? [])),
      );
      // The margins, for the README's limits table and for a slow CI run's log.
      console.log(
        `${file} (${lang}): shown at ${Math.round(shownAt)} ms, longest task ${Math.round(longest)} ms`,
      );
      return longest;
    },
    close: () => context.close(),
  };
}

const drawnEdges = () =>
  (window as { __relgraph?: GraphProbe }).__relgraph?.elementIds().edges.length ?? -1;

describe('files too big in odd ways', () => {
  for (const file of ['parallel-1000.json', 'parallel-10000.json', 'loops-10000.json']) {
    it(`${file}: drawn as one line with its count, the page never blocked for 1 s`, async () => {
      const opened = await openTimed(
        file,
        () => performance.getEntriesByName('graph:ready').length > 0,
      );
      try {
        const edges = await opened.page.evaluate(() => {
          const probe = (window as { __relgraph?: GraphProbe }).__relgraph;
          const ids = probe?.elementIds().edges ?? [];
          return ids.map((id) => ({ id, classes: probe?.classes(id) ?? [] }));
        });
        expect(edges).toHaveLength(1);
        expect(edges[0]?.classes).toContain('bundle');
        expect(opened.shownAt).toBeLessThan(MESSAGE_WITHIN_MS);
        expect(await opened.longestTask()).toBeLessThan(LONGEST_TASK_MS);
        // The details list them: one click on the line's entry in the table would show each.
        expect(MAX_PARALLEL_DRAWN).toBeLessThan(1_000);
      } finally {
        await opened.close();
      }
    });
  }

  it('a label of 100,000 combining marks is drawn shortened, quickly', async () => {
    const opened = await openTimed(
      'marks.json',
      () => performance.getEntriesByName('graph:ready').length > 0,
    );
    try {
      expect(await opened.page.evaluate(drawnEdges)).toBe(1);
      expect(opened.shownAt).toBeLessThan(MESSAGE_WITHIN_MS);
      expect(await opened.longestTask()).toBeLessThan(LONGEST_TASK_MS);
    } finally {
      await opened.close();
    }
  });

  for (const [file, entities, relations] of [
    ['entities-100000.json', 100_000, 0],
    ['dense-145000.json', 1_000, 145_000],
  ] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${lang}: ${file} is refused with its size and the limit, the page never blocked`, async () => {
        const opened = await openTimed(
          file,
          () => !!document.querySelector('[role="alert"] li'),
          lang,
        );
        try {
          const text = (await opened.page.locator('[role="alert"]').first().innerText()) ?? '';
          if (lang === 'en') {
            expect(text).toContain(
              `This dataset has ${entities} entities and ${relations} relations`,
            );
            expect(text).toContain(`at most ${MAX_ENTITIES} entities`);
          } else {
            expect(text).toContain(`تحتوي مجموعة البيانات هذه على ${entities}`);
          }
          expect(opened.shownAt).toBeLessThan(MESSAGE_WITHIN_MS);
          expect(await opened.longestTask()).toBeLessThan(LONGEST_TASK_MS);
        } finally {
          await opened.close();
        }
      });
    }
  }

  it('300,000 problems: the first ones listed and a line that says the check stopped', async () => {
    const opened = await openTimed(
      'problems.json',
      () => !!document.querySelector('[role="alert"] li'),
    );
    try {
      const items = opened.page.locator('[role="alert"] li');
      expect(await items.count()).toBe(MAX_PROBLEMS + 1);
      expect(await items.last().innerText()).toContain('The check stopped after');
      expect(opened.shownAt).toBeLessThan(MESSAGE_WITHIN_MS);
      expect(await opened.longestTask()).toBeLessThan(LONGEST_TASK_MS);
    } finally {
      await opened.close();
    }
  });
});
