/**
 * Interactions on a large graph (the app only), each driven through the screen's own roles and
 * labels as the browser tests do: click a node, search a name and choose it, find how two
 * entities are connected, turn a kind off in the filters, switch the language. For each: the
 * time from the input that asks (the last mousedown or keydown before the page shows the
 * answer) to the next frame after the page shows it, until the camera is still, and the longest
 * main-thread tasks meanwhile (PerformanceObserver 'longtask', observing from before the input).
 *
 * In-page code is passed as strings (see page.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { kindInfo } from '../../src/model/kinds';
import type { Dataset } from '../../src/model/schema';
import { translations } from '../../src/i18n/locales';
import { benchContext, collectErrors, pickClickJs } from './page';
import { summarize, type Summary } from './stats';

export const INTERACTIONS = [
  { id: 'click', label: 'click a node → details' },
  { id: 'search', label: 'search a name, choose it → selected and centred' },
  { id: 'path', label: 'how are these connected? → path shown' },
  { id: 'filter', label: 'a kind off in the filters → hidden' },
  { id: 'language', label: 'switch language → labels redrawn' },
] as const;
export type InteractionId = (typeof INTERACTIONS)[number]['id'];

export interface InteractionResult {
  id: InteractionId;
  /** What was done, in words (target, label typed, …). */
  detail: string;
  /** The last input before the answer: `mousedown`, `keydown:Enter`, … */
  input: string | null;
  /** From that input to the next frame after the page showed the answer. */
  answer: number | null;
  /** From that input until the camera stood still (two frames without animation). */
  settled: number | null;
  /** Longest task over the whole interaction (from its first input, typing included). */
  longestTask: number;
  /** Longest task from the answering input on. */
  longestTaskAfterInput: number;
  /** Every long task of the interaction: [start ms from the last input, duration ms]. */
  tasks: [number, number][];
  error?: string;
}

export interface InteractionsRun {
  ready: number | null;
  steps: InteractionResult[];
  errors: string[];
}

export interface InteractionsOptions {
  url: string;
  data: Dataset;
  lang: 'ar' | 'en';
  /** Entities to click, best first. */
  candidates: readonly string[];
  readyTimeout: number;
  /** Per interaction. */
  stepTimeout: number;
}

const INIT_SCRIPT = `(() => {
  const bench = { longtasks: [], inputs: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  for (const type of ['mousedown', 'keydown']) {
    addEventListener(type, (e) => bench.inputs.push([type + (e.key ? ':' + e.key : ''), e.timeStamp]), { capture: true });
  }
  // answered(): the page shows the answer (DOM or cytoscape state). still(): the view is where
  // it should be. Checked on every DOM change (then the next frame is the one that shows it)
  // and every frame (then this one is).
  bench.arm = (answered, still) => {
    const s = { armed: performance.now(), first: null, met: null, last: null, input: null, shown: null, settled: null };
    bench.step = s;
    const from = bench.inputs.length;
    const check = (mutation) => {
      if (s.met !== null || bench.inputs.length === from) return;
      let ok = false;
      try { ok = !!answered(); } catch (e) {}
      if (!ok) return;
      s.met = performance.now();
      s.first = bench.inputs[from][1];
      const [input, at] = bench.inputs[bench.inputs.length - 1];
      s.input = input;
      s.last = at;
      observer.disconnect();
      const stamp = () => setTimeout(() => { s.shown = performance.now(); }, 0);
      if (mutation) requestAnimationFrame(stamp); else stamp();
    };
    const observer = new MutationObserver(() => check(true));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    let quiet = 0;
    const tick = () => {
      if (s.met === null) check(false);
      else if (s.shown !== null) {
        let ok = false;
        try { ok = !window.__relgraph.animating() && (!still || !!still()); } catch (e) {}
        quiet = ok ? quiet + 1 : 0;
        if (quiet >= 2) { s.settled = performance.now(); return; }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  // Two frames later, so the observer has delivered the tasks that ended by then.
  bench.finish = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    const s = bench.step;
    const end = s.settled ?? performance.now();
    const tasks = bench.longtasks.filter(([start, d]) => start + d > s.armed && start < end);
    done({ ...s, end, tasks });
  }, 0))));
})();`;

interface StepState {
  armed: number;
  first: number | null;
  met: number | null;
  last: number | null;
  input: string | null;
  shown: number | null;
  settled: number | null;
  end: number;
  tasks: [number, number][];
}

/** A string from the app's translations, e.g. `search.label`. */
function tr(lang: 'ar' | 'en', key: string): string {
  let node: unknown = translations(lang);
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no translation ${lang}:${key}`);
  return node;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const js = (value: unknown) => JSON.stringify(value);

/** Breadth-first over the relations: the entity farthest from `from` (ties: the first). */
function farthest(data: Dataset, from: string, avoid: ReadonlySet<string> = new Set()): string {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const r of data.relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const seen = new Set([from]);
  let frontier = [from];
  let last = from;
  while (frontier.length > 0) {
    const reached: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        reached.push(n);
      }
    }
    const pick = reached.find((id) => !avoid.has(id));
    if (pick) last = pick;
    frontier = reached;
  }
  return last;
}

async function runStep(
  page: Page,
  timeout: number,
  answered: string,
  still: string | null,
  act: () => Promise<void>,
): Promise<Omit<InteractionResult, 'id' | 'detail'>> {
  if (await page.evaluate<boolean>(`!!(${answered})`)) {
    throw new Error('the answer is on screen before the input');
  }
  await page.evaluate(
    `window.__bench.arm(() => (${answered}), ${still ? `() => (${still})` : 'null'})`,
  );
  await act();
  await page.waitForFunction('window.__bench.step.settled !== null', undefined, {
    timeout,
    polling: 50,
  });
  const s = await page.evaluate<StepState>('window.__bench.finish()');
  const last = s.last ?? s.armed;
  return {
    input: s.input,
    answer: s.shown !== null && s.last !== null ? s.shown - s.last : null,
    settled: s.settled !== null && s.last !== null ? s.settled - s.last : null,
    longestTask: Math.max(0, ...s.tasks.map(([, d]) => d)),
    longestTaskAfterInput: Math.max(
      0,
      ...s.tasks.filter(([start, d]) => start + d > last).map(([, d]) => d),
    ),
    tasks: s.tasks.map(([start, d]) => [Math.round(start - last), Math.round(d)]),
  };
}

/** One fresh context, one load of the large graph, the interactions in turn. */
export async function measureInteractions(
  browser: Browser,
  options: InteractionsOptions,
): Promise<InteractionsRun> {
  const { data, lang } = options;
  const other = lang === 'ar' ? 'en' : 'ar';
  const context = await benchContext(browser, INIT_SCRIPT);
  context.setDefaultTimeout(options.stepTimeout);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const run: InteractionsRun = { ready: null, steps: [], errors };
  const entity = (id: string) => data.entities.find((e) => e.id === id);
  const label = (id: string, in_: 'ar' | 'en' = lang) => entity(id)?.label[in_] ?? id;
  const details = (id: string) =>
    `document.querySelector(${js(`[data-testid="details"] [data-entity="${id}"]`)}) !== null`;
  const classes = (id: string) => `window.__relgraph.classes(${js(id)})`;
  const step = async (
    id: InteractionId,
    detail: string,
    answered: string,
    still: string | null,
    act: () => Promise<void>,
  ) => {
    try {
      const result = await runStep(page, options.stepTimeout, answered, still, act);
      run.steps.push({ id, detail, ...result });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error);
      run.steps.push({
        id,
        detail,
        input: null,
        answer: null,
        settled: null,
        longestTask: 0,
        longestTaskAfterInput: 0,
        tasks: [],
        error: message,
      });
    }
  };
  /** Types a name into a combobox and chooses that entity: Enter when it is the active option. */
  const typeAndChoose = async (scope: Page | ReturnType<Page['getByTestId']>, id: string) => {
    const box = scope.getByRole('combobox').first();
    await box.click();
    await box.pressSequentially(label(id));
    const option = scope.locator(`[role="option"][data-entity="${id}"]`);
    await option.waitFor({ state: 'visible' });
    if ((await option.getAttribute('aria-selected')) === 'true') await box.press('Enter');
    else await option.click();
  };

  try {
    await page.goto(options.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      "performance.getEntriesByName('graph:ready').length > 0",
      undefined,
      { timeout: options.readyTimeout, polling: 50 },
    );
    run.ready = await page.evaluate<number>(
      "performance.getEntriesByName('graph:ready')[0].startTime",
    );

    // 1. Click the busiest node on screen.
    const target = await page.evaluate<{ id: string; x: number; y: number } | null>(
      pickClickJs(options.candidates),
    );
    if (!target) throw new Error('no node to click is on screen');
    await step('click', `${target.id} (${label(target.id)})`, details(target.id), null, () =>
      page.mouse.click(target.x, target.y),
    );

    // 2. Search the entity farthest from it, choose it: selected, and centred.
    const found = farthest(data, target.id);
    const centred = `(() => {
      const p = window.__relgraph.clientPoint(${js(found)});
      const r = document.querySelector('[data-testid="graph"]').getBoundingClientRect();
      return !!p && Math.abs(p.x - (r.left + r.width / 2)) < 2 && Math.abs(p.y - (r.top + r.height / 2)) < 2;
    })()`;
    await step(
      'search',
      `typed "${label(found)}" (${found}), chose it`,
      `${details(found)} && ${classes(found)}.includes('selected')`,
      centred,
      () => typeAndChoose(page.getByRole('search'), found),
    );

    // 3. How is it connected to the entity farthest from it? (from its details, as a reader does)
    const end = farthest(data, found, new Set([target.id]));
    const panel = page.getByTestId('path-panel');
    await step(
      'path',
      `${found} → ${end} ("${label(end)}" typed in the panel)`,
      `document.querySelector('[data-testid="path-panel"] .path-step') !== null && ${classes(end)}.includes('on-path')`,
      null,
      async () => {
        await page
          .getByTestId('details')
          .getByRole('button', { name: tr(lang, 'paths.findConnection') })
          .click();
        await typeAndChoose(panel, end);
      },
    );

    // 4. Turn off the most common kind (not one of the path's ends) in the filters.
    const keep = new Set([found, end].map((id) => entity(id)?.kind));
    const counts = new Map<string, number>();
    for (const e of data.entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const [kind = 'person'] = [...counts.entries()]
      .filter(([k]) => !keep.has(k))
      .sort((a, b) => b[1] - a[1])
      .map(([k]) => k);
    const info = kindInfo(data, kind);
    const kindLabel = info.label?.[lang] ?? tr(lang, `kinds.${kind}`);
    const sample = data.entities.find((e) => e.kind === kind)?.id ?? '';
    await step(
      'filter',
      `${kind} off (${counts.get(kind)} entities)`,
      `${classes(sample)}.some((c) => c === 'hidden' || c === 'filtered-out')`,
      null,
      async () => {
        const toggle = page.getByRole('button', {
          name: new RegExp(`^${escapeRegExp(tr(lang, 'filters.toggle'))}`),
        });
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        await page
          .getByTestId('filter-kinds')
          .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(kindLabel)}\\s+\\d`) })
          .uncheck();
      },
    );

    // 5. The other language: the graph's labels in it.
    await step(
      'language',
      `${lang} → ${other}`,
      `document.querySelector('[data-testid="graph"][data-label-lang="${other}"]') !== null && window.__relgraph.label(${js(found)}).includes(${js(label(found, other))})`,
      null,
      () => page.getByRole('button', { name: tr(lang, `languages.${other}`), exact: true }).click(),
    );
  } catch (error) {
    errors.push(`bench: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  return run;
}

export interface InteractionSummary {
  id: InteractionId;
  label: string;
  answer: Summary | null;
  settled: Summary | null;
  longestTask: Summary | null;
  longestTaskAfterInput: Summary | null;
  /** Runs in which the page gave the answer. */
  okRuns: number;
  errors: string[];
}

export interface InteractionsReport {
  size: string;
  label: string;
  entities: number;
  relations: number;
  runs: number;
  lang: 'ar' | 'en';
  ready: Summary | null;
  steps: InteractionSummary[];
  raw: InteractionsRun[];
}

export function summarizeInteractions(runs: readonly InteractionsRun[]): InteractionSummary[] {
  return INTERACTIONS.map(({ id, label }) => {
    const steps = runs.flatMap((r) => r.steps.filter((s) => s.id === id));
    const ok = steps.filter((s) => !s.error && s.answer !== null);
    return {
      id,
      label,
      answer: summarize(ok.map((s) => s.answer)),
      settled: summarize(ok.map((s) => s.settled)),
      longestTask: summarize(ok.map((s) => s.longestTask)),
      longestTaskAfterInput: summarize(ok.map((s) => s.longestTaskAfterInput)),
      okRuns: ok.length,
      errors: [...new Set(steps.flatMap((s) => (s.error ? [s.error] : [])))],
    };
  });
}
