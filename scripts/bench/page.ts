/**
 * Drives one page load of the app or of the bare reference page and measures it: navigation to
 * `graph:ready`, layout, long tasks while idle, JS heap, frame times during a zoom-and-pan made
 * of real wheel and drag events, and (app only) the time from a real click on a node to the
 * details panel being shown.
 *
 * In-page code is passed as strings: functions compiled by tsx may carry helpers (`__name`)
 * that do not exist in the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median, percentile } from './stats';

export type PageKind = 'app' | 'bare';

export interface FrameStats {
  /** Over the frames that drew a changed view. */
  median: number;
  p95: number;
  /** The longest frame interval of the whole gesture (including the redraw when it ends). */
  max: number;
  /** Frames that drew a changed view, and all frames of the gesture. */
  count: number;
  total: number;
  /** Every frame that drew a changed view: [ms, zoom], in order. */
  trace: [number, number][];
}

export interface RunResult {
  ready: number | null;
  layout: number | null;
  /** Longest main-thread task that started after ready, while idle. */
  idleLongTaskMax: number;
  idleLongTasks: number;
  heapMB: number | null;
  frames: FrameStats | null;
  /** The drag moved the graph (a drag that starts on a node would move the node instead). */
  panned: boolean | null;
  /** Zoom before the gesture and at its deepest. */
  zoom: { start: number; peak: number } | null;
  click: number | null;
  clickTarget: string | null;
  /** Where the page drew its graph, right after ready. */
  box: Box | null;
  errors: string[];
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface RunOptions {
  url: string;
  kind: PageKind;
  /** Entities to click, best first (highest degree). */
  candidates: readonly string[];
  readyTimeout: number;
  idleMs: number;
  gesture: GestureSpec;
}

export interface GestureSpec {
  /** Wheel events in, then the same number out. */
  wheelSteps: number;
  /** Mouse moves per drag (one drag out, one back). */
  dragSteps: number;
  /** Pause between events, like a person's 60 Hz input. */
  pauseMs: number;
}

/**
 * Zoom in until labels are readable (zoom 0.7) or at least 3×, pan, zoom back out. The wheel
 * deltas are precise and varied, as a trackpad sends: cytoscape (3.35) treats identical deltas
 * as mouse-wheel notches, and with the app's wheelSensitivity 0.3 a notch zooms by under 1 %.
 */
export function wheelDeltas(startZoom: number, steps: number): number[] {
  const factor = Math.max(3, 0.7 / startZoom);
  // cytoscape zooms by 10^(-delta / 250 × wheelSensitivity) per event.
  const base = (Math.log10(factor) / steps) * (250 / 0.3);
  return Array.from({ length: steps }, (_, i) => -(base * (1 + 0.12 * Math.sin(i * 1.7)) + 0.37));
}

/**
 * cytoscape samples the first 4 wheel events of a page to tell a mouse from a trackpad, and
 * clamps them; small deltas of both signs settle it (precise device) without moving the view.
 */
const PRIMING_DELTAS = [2.5, -2.5, 2.5, -2.5];

export const VIEWPORT = { width: 1280, height: 800 };

const INIT_SCRIPT = `(() => {
  const bench = { longtasks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  // Frame intervals while the view moves: rAF gives every callback of a frame the same
  // timestamp, so the interval after a frame in which the zoom or pan had changed is the time
  // that frame took to draw. Intervals with nothing to draw (the wait between two scripted
  // events) are left out of the statistics; the longest interval of all is kept apart.
  bench.startFrames = (ref) => {
    const probe = window.__relgraph;
    const frames = [];
    let on = true;
    const tick = (t) => {
      const p = probe.clientPoint(ref) || { x: 0, y: 0 };
      frames.push([t, probe.zoom(), p.x, p.y]);
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    bench.stopFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
      on = false;
      const active = [];
      let longest = 0;
      for (let k = 1; k < frames.length; k++) {
        const a = frames[k - 1], b = frames[k];
        longest = Math.max(longest, b[0] - a[0]);
        const moved = b[1] !== a[1] || b[2] !== a[2] || b[3] !== a[3];
        if (moved && k + 1 < frames.length) active.push([frames[k + 1][0] - b[0], b[1]]);
      }
      done({ active, longest, all: frames.length - 1 });
    })));
  };
  bench.armClick = () => {
    const state = { down: null, shown: null };
    bench.click = state;
    addEventListener('mousedown', (e) => { if (state.down === null) state.down = e.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="details"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { state.shown = performance.now(); }, 0));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  };
})();`;

const HOST_JS = `(document.querySelector('[data-testid="graph"]') || document.getElementById('cy'))`;

/** A point on the canvas, well away from every node (so a drag pans), not under an overlay. */
const PICK_BACKGROUND_JS = `(() => {
  const probe = window.__relgraph;
  const host = ${HOST_JS};
  if (!probe || !host) return null;
  const r = host.getBoundingClientRect();
  const zoom = probe.zoom();
  const nodes = probe.visibleNodeIds().map((id) => probe.clientPoint(id)).filter(Boolean);
  const onCanvas = (x, y) => {
    const el = document.elementFromPoint(x, y);
    return !!el && el.tagName === 'CANVAS' && host.contains(el);
  };
  let best = null;
  for (let gx = 2; gx <= 14; gx++) {
    for (let gy = 2; gy <= 8; gy++) {
      const x = r.left + (r.width * gx) / 16;
      const y = r.top + (r.height * gy) / 10;
      if (!onCanvas(x, y) || !onCanvas(x + 240, y + 120)) continue;
      let nearest = Infinity;
      for (const q of nodes) nearest = Math.min(nearest, Math.hypot(q.x - x, q.y - y));
      const central = Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2));
      const score = Math.min(nearest, 60) * 1000 - central;
      if (!best || score > best.score) best = { x, y, score, nearest, clear: nearest > 25 * zoom + 4 };
    }
  }
  return best;
})()`;

export const pickClickJs = (ids: readonly string[]) => `(() => {
  const probe = window.__relgraph;
  const host = ${HOST_JS};
  const r = host.getBoundingClientRect();
  for (const id of ${JSON.stringify(ids)}) {
    const q = probe.clientPoint(id);
    if (!q || q.x < r.left + 4 || q.y < r.top + 4 || q.x > r.right - 4 || q.y > r.bottom - 4) continue;
    const el = document.elementFromPoint(q.x, q.y);
    if (el && el.tagName === 'CANVAS' && host.contains(el)) return { id, x: q.x, y: q.y };
  }
  return null;
})()`;

interface RawFrames {
  active: [number, number][];
  longest: number;
  all: number;
}

function frameStats(raw: RawFrames): FrameStats | null {
  if (raw.active.length === 0) return null;
  const times = raw.active.map(([ms]) => ms);
  return {
    median: median(times),
    p95: percentile(times, 95),
    max: raw.longest,
    count: raw.active.length,
    total: raw.all,
    trace: raw.active.map(([ms, zoom]) => [Math.round(ms), Math.round(zoom * 1000) / 1000]),
  };
}

/** Where the page draws its graph, so the bare page can draw the same area as the app. */
async function graphBox(page: Page): Promise<Box | null> {
  return page.evaluate(`(() => {
    const el = ${HOST_JS};
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  })()`);
}

/**
 * A fresh context as every bench load has it. `probes`: the init script of string probes the
 * measurement runs in the page, with the CSP bypass they need (the app's CSP forbids eval).
 */
export async function benchContext(browser: Browser, probes?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-US',
    ...(probes ? { bypassCSP: true } : {}),
  });
  if (probes) await context.addInitScript({ content: probes });
  return context;
}

/** The page's errors and console errors (a missing favicon aside), gathered as they come. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/favicon\.ico$/.test(message.location().url)) return;
    errors.push(message.text());
  });
  return errors;
}

/** One fresh context, one load, every measurement. */
export async function measureRun(browser: Browser, options: RunOptions): Promise<RunResult> {
  const context = await benchContext(browser, INIT_SCRIPT);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const result: RunResult = {
    ready: null,
    layout: null,
    idleLongTaskMax: 0,
    idleLongTasks: 0,
    heapMB: null,
    frames: null,
    panned: null,
    zoom: null,
    click: null,
    clickTarget: null,
    box: null,
    errors,
  };
  try {
    await page.goto(options.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      "performance.getEntriesByName('graph:ready').length > 0",
      undefined,
      {
        timeout: options.readyTimeout,
        polling: 50,
      },
    );
    result.ready = await page.evaluate<number>(
      "performance.getEntriesByName('graph:ready')[0].startTime",
    );
    result.box = await graphBox(page);
    result.layout = await page.evaluate<number | null>(
      "(performance.getEntriesByName('graph:layout')[0] || { duration: null }).duration",
    );

    // Idle: nothing happens; no task should block the page for long.
    await page.waitForTimeout(options.idleMs);
    const tasks = await page.evaluate<{ start: number; duration: number }[]>(
      `window.__bench.longtasks.filter((t) => t.start >= ${result.ready})`,
    );
    result.idleLongTasks = tasks.length;
    result.idleLongTaskMax = Math.max(0, ...tasks.map((t) => t.duration));

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    result.heapMB = heap.usedSize / (1024 * 1024);
    await cdp.detach();

    await gesture(page, options, result);
    if (options.kind === 'app') await clickForDetails(page, options, result);
  } catch (error) {
    errors.push(`bench: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}

async function gesture(page: Page, options: RunOptions, result: RunResult): Promise<void> {
  const start = await page.evaluate<{ x: number; y: number; clear: boolean } | null>(
    PICK_BACKGROUND_JS,
  );
  if (!start) throw new Error('no point on the canvas to start a gesture');
  const { wheelSteps, dragSteps, pauseMs } = options.gesture;
  const reference = options.candidates[0] ?? '';
  const where = (id: string) =>
    page.evaluate<{ x: number; y: number } | null>(
      `window.__relgraph.clientPoint(${JSON.stringify(id)})`,
    );
  const zoom = () => page.evaluate<number>('window.__relgraph.zoom()');
  const startZoom = await zoom();
  const deltas = wheelDeltas(startZoom, wheelSteps);
  await page.mouse.move(start.x, start.y);
  for (const delta of PRIMING_DELTAS) await page.mouse.wheel(0, delta);
  await page.waitForTimeout(300);
  await page.evaluate(`window.__bench.startFrames(${JSON.stringify(reference)})`);
  for (const delta of deltas) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(pauseMs);
  }
  result.zoom = { start: startZoom, peak: await zoom() };
  let x = start.x;
  let y = start.y;
  for (const [dx, dy] of [
    [240, 120],
    [-240, -120],
  ] as const) {
    const before = dx > 0 ? await where(reference) : null;
    await page.mouse.down();
    for (let s = 1; s <= dragSteps; s++) {
      await page.mouse.move(x + (dx * s) / dragSteps, y + (dy * s) / dragSteps);
      await page.waitForTimeout(pauseMs);
    }
    await page.mouse.up();
    x += dx;
    y += dy;
    if (before) {
      const after = await where(reference);
      result.panned =
        !!after && Math.abs(after.x - before.x - dx) < 2 && Math.abs(after.y - before.y - dy) < 2;
    }
  }
  for (const delta of [...deltas].reverse()) {
    await page.mouse.wheel(0, -delta);
    await page.waitForTimeout(pauseMs);
  }
  result.frames = frameStats(await page.evaluate<RawFrames>('window.__bench.stopFrames()'));
}

async function clickForDetails(page: Page, options: RunOptions, result: RunResult): Promise<void> {
  // Let the last gesture's redraw finish, as a person would pause before clicking.
  await page.waitForTimeout(300);
  const target = await page.evaluate<{ id: string; x: number; y: number } | null>(
    pickClickJs(options.candidates),
  );
  if (!target) throw new Error('no node to click is on screen');
  result.clickTarget = target.id;
  await page.evaluate('window.__bench.armClick()');
  await page.mouse.click(target.x, target.y);
  await page.locator('[data-testid="details"]').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction('window.__bench.click.shown !== null', undefined, {
    timeout: 10_000,
    polling: 20,
  });
  result.click = await page.evaluate<number>(
    'window.__bench.click.shown - window.__bench.click.down',
  );
}
