import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The system Chromium (scripts/ensure-chromium.sh installs it); never downloaded otherwise. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);

/** How long the app may take to call `performance.mark('graph:ready')`. */
export const READY_TIMEOUT_MS = 15_000;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: run "bash scripts/ensure-chromium.sh" (or "sudo apt-get install -y chromium fonts-noto-core").`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenAppOptions {
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
  /** A phone: touch events, and `(hover: none) and (pointer: coarse)` matches. */
  touch?: boolean;
  /** Browser locale (navigator.language, Accept-Language). Default `en-US`. */
  locale?: string;
  /** Wait for `performance.mark('graph:ready')`. Default true; use false for error pages. */
  waitForReady?: boolean;
  /** Default READY_TIMEOUT_MS. */
  readyTimeout?: number;
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and unhandled rejections (`pageerror`), as messages. */
  pageErrors: string[];
  /** `console.error` messages. */
  consoleErrors: string[];
  /** Both of the above, prefixed with `pageerror: ` / `console.error: `, in order of arrival. */
  errors: string[];
  /** The URL that was opened. */
  url: string;
  close(): Promise<void>;
}

/** Chromium's own noise that says nothing about the app. */
function isNoise(text: string, location: string): boolean {
  return /\/favicon\.ico$/.test(location) && text.startsWith('Failed to load resource');
}

/**
 * Opens the app in a fresh context. `suffix` is resolved against `baseUrl`: `'#lang=ar'`,
 * `'?graph=missing.json'`, or `''` for the base URL itself. Unless `waitForReady` is false,
 * resolves once the app has drawn the graph (`performance.mark('graph:ready')`).
 */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  suffix = '',
  options: OpenAppOptions = {},
): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    deviceScaleFactor: 1,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  // Fail with Playwright's message (what it waited for) well before vitest's test timeout.
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const errors: string[] = [];

  page.on('pageerror', (error) => {
    const text = error.stack ?? `${error.name}: ${error.message}`;
    pageErrors.push(text);
    errors.push(`pageerror: ${text}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    if (isNoise(message.text(), url)) return;
    const text = url ? `${message.text()} (${url}:${lineNumber})` : message.text();
    consoleErrors.push(text);
    errors.push(`console.error: ${text}`);
  });

  const url = suffix ? new URL(suffix, baseUrl).href : baseUrl;
  const app: OpenedApp = {
    context,
    page,
    pageErrors,
    consoleErrors,
    errors,
    url,
    close: () => context.close(),
  };

  try {
    await page.goto(url, { waitUntil: 'load' });
    if (options.waitForReady ?? true) await waitForGraphReady(page, options.readyTimeout);
  } catch (error) {
    const details = errors.length ? `\nErrors on the page:\n  ${errors.join('\n  ')}` : '';
    await context.close().catch(() => undefined);
    throw new Error(`Opening ${url} failed: ${(error as Error).message}${details}`, {
      cause: error,
    });
  }
  return app;
}

/**
 * Waits until the app has called `performance.mark('graph:ready')` and the build's poster of
 * the graph (src/graph/poster.ts), which fades out then, is gone: what a test then reads off
 * the screen is the live graph alone.
 */
export async function waitForGraphReady(page: Page, timeout = READY_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('graph:ready').length > 0 &&
      !document.getElementById('relgraph-poster'),
    undefined,
    {
      timeout,
    },
  );
}

/** Waits for two animation frames, so that what was just changed is painted. */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Saves a full-viewport screenshot to `test-results/screenshots/<name>.png`; returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/**
 * Waits until the camera has stopped: what the app schedules for the next frames (revealing a
 * selection, a story step's glide) has started and ended. An event to wait on, not a sleep.
 */
export async function cameraSettled(page: Page, timeout = READY_TIMEOUT_MS): Promise<void> {
  await nextPaint(page);
  await page.waitForFunction(
    () => !(window as { __relgraph?: { animating(): boolean } }).__relgraph?.animating(),
    undefined,
    { timeout, polling: 'raf' },
  );
  await nextPaint(page);
}

/**
 * For checks that something does NOT happen (an untrusted message ignored, a payload that must
 * not run): absence has no event to wait on, so this waits a bounded window, sized so that on a
 * busy machine the thing would have happened by then if it were going to. Never use it to wait
 * for something that does happen: wait for that event instead.
 */
export async function absenceWindow(page: Page, ms = 600): Promise<void> {
  await page.waitForTimeout(ms);
}

/** A PNG's pixels as RGBA bytes, decoded by the page's own canvas (no image library needed). */
export async function pngPixels(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0);
    return Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
  }, png.toString('base64'));
}

/** The colour drawn at the centre of a node: the median of a 3×3 patch of the screenshot. */
export async function colourAt(page: Page, id: string): Promise<[number, number, number]> {
  const point = await page.evaluate((node) => window.__relgraph?.clientPoint(node) ?? null, id);
  if (!point) throw new Error(`${id} is not drawn`);
  const png = await page.screenshot({
    clip: { x: point.x - 1, y: point.y - 1, width: 3, height: 3 },
  });
  const data = await pngPixels(page, png);
  const channel = (c: number) => {
    const values: number[] = [];
    for (let i = c; i < data.length; i += 4) values.push(data[i] as number);
    values.sort((x, y) => x - y);
    return values[Math.floor(values.length / 2)] as number;
  };
  return [channel(0), channel(1), channel(2)];
}
