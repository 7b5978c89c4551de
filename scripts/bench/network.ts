/**
 * One page load of the seed over an emulated network, cold: a fresh browser context, the
 * browser cache disabled and the link throttled through the Chrome DevTools Protocol
 * (`Network.emulateNetworkConditions`), from a server that gzips text files as a static host
 * does. Records the bytes on the wire by kind of file (`Network.loadingFinished`
 * `encodedDataLength`: headers and body as sent), each request's place in the waterfall, first
 * paint, first contentful paint and `graph:ready` (all from navigation start).
 *
 * In-page code is passed as strings (see page.ts).
 */
import type { Browser, CDPSession } from 'playwright-core';
import type { Box, PageKind } from './page';
import { benchContext, collectErrors } from './page';
import { summarize, type Summary } from './stats';

export interface NetworkProfile {
  id: string;
  label: string;
  /** Kbit/s (1,000 bit/s). */
  downloadKbps: number;
  uploadKbps: number;
  /** Added to every request's round trip, ms. */
  latencyMs: number;
}

export const NETWORK_PROFILES: readonly NetworkProfile[] = [
  { id: 'slow-4g', label: 'Slow 4G', downloadKbps: 1600, uploadKbps: 750, latencyMs: 150 },
  { id: '9mbit', label: '9 Mbit/s', downloadKbps: 9000, uploadKbps: 3000, latencyMs: 60 },
];

export const BYTE_KINDS = ['js', 'css', 'fonts', 'data', 'html', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

export interface NetworkRequest {
  /** Path and query on the server. */
  url: string;
  kind: ByteKind;
  /** CDP resource type: Document, Script, Stylesheet, Font, Fetch, … */
  type: string;
  mimeType: string;
  status: number | null;
  /** ms from navigation start (the clock of the paint entries and marks). */
  start: number;
  /** Response headers received, and the last byte. */
  response: number | null;
  end: number | null;
  /** Bytes on the wire: headers and (compressed) body. */
  bytes: number;
  /** The response's Content-Length (the body as sent), when it has one. */
  contentLength: number | null;
  /** Content-Encoding of the response ('' when none). */
  encoding: string;
  priority: string;
  /** Who asked for it: parser (the HTML), script, preload, other. */
  initiator: string;
  failed?: string;
}

export interface NetworkLoad {
  profile: string;
  kind: PageKind;
  ready: number | null;
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  /** Bytes on the wire by kind, over every request of the load (up to the network going quiet after ready). */
  bytes: Record<ByteKind, number>;
  totalBytes: number;
  /** Of those, what was asked for after `graph:ready`. */
  bytesAfterReady: number;
  requests: NetworkRequest[];
  /** Where the page drew its graph (for the bare page's box). */
  box: Box | null;
  errors: string[];
}

export interface NetworkLoadOptions {
  url: string;
  kind: PageKind;
  /** null: no throttling (the warm-up that fills the server's gzip cache). */
  profile: NetworkProfile | null;
  readyTimeout: number;
}

/** Kind of file, by the response's MIME type, else by the resource type. */
export function byteKind(mimeType: string, type: string): ByteKind {
  const mime = mimeType.toLowerCase();
  if (/javascript|ecmascript/.test(mime) || type === 'Script') return 'js';
  if (mime === 'text/css' || type === 'Stylesheet') return 'css';
  if (mime.startsWith('font/') || /woff|truetype|opentype/.test(mime) || type === 'Font') {
    return 'fonts';
  }
  if (/json/.test(mime)) return 'data';
  if (mime === 'text/html' || type === 'Document') return 'html';
  return 'other';
}

const READY_JS = `new Promise((done) => {
  const seen = () => performance.getEntriesByName('graph:ready').length > 0;
  if (seen()) return done(true);
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('graph:ready').length > 0) { observer.disconnect(); done(true); }
  }).observe({ type: 'mark', buffered: true });
})`;

/**
 * Paint entries arrive once the frame is presented, which can be after the mark set in that
 * frame: wait for first-contentful-paint (a page that never paints content gives up after `ms`).
 */
const fcpJs = (ms: number) => `new Promise((done) => {
  const seen = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (seen()) return done(true);
  const observer = new PerformanceObserver(() => { if (seen()) { observer.disconnect(); done(true); } });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => { observer.disconnect(); done(false); }, ${ms});
})`;

const TIMES_JS = `(() => {
  const paint = (name) => {
    const e = performance.getEntriesByType('paint').find((p) => p.name === name);
    return e ? e.startTime : null;
  };
  const ready = performance.getEntriesByName('graph:ready')[0];
  const host = document.querySelector('[data-testid="graph"]') || document.getElementById('cy');
  const r = host ? host.getBoundingClientRect() : null;
  return {
    timeOrigin: performance.timeOrigin,
    ready: ready ? ready.startTime : null,
    firstPaint: paint('first-paint'),
    firstContentfulPaint: paint('first-contentful-paint'),
    box: r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null,
  };
})()`;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Pending {
  url: string;
  type: string;
  mimeType: string;
  status: number | null;
  /** CDP monotonic seconds. */
  sent: number;
  wallTime: number;
  response: number | null;
  end: number | null;
  bytes: number;
  /** Headers (at the response) and body chunks received so far: the size of a cancelled load. */
  received: number;
  contentLength: number | null;
  encoding: string;
  priority: string;
  initiator: string;
  failed?: string;
  done: boolean;
}

/** Follows every request of the page on a CDP session; tells when none is in flight. */
function trackRequests(cdp: CDPSession) {
  const requests = new Map<string, Pending>();
  let quiet: (() => void) | null = null;
  const settle = () => {
    if (quiet && [...requests.values()].every((r) => r.done)) {
      quiet();
      quiet = null;
    }
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url)) return;
    const previous = requests.get(e.requestId);
    if (previous && e.redirectResponse) {
      // A redirect reuses the id: keep the hop as its own request.
      requests.set(`${e.requestId}:${previous.sent}`, { ...previous, done: true });
    }
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.type ?? '',
      mimeType: '',
      status: null,
      sent: e.timestamp,
      wallTime: e.wallTime,
      response: null,
      end: null,
      bytes: 0,
      received: 0,
      contentLength: null,
      encoding: '',
      priority: e.request.initialPriority,
      initiator: e.initiator.type,
      done: false,
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.mimeType = e.response.mimeType;
    r.status = e.response.status;
    r.type = e.type || r.type;
    r.response = e.timestamp;
    r.received = e.response.encodedDataLength;
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    r.encoding = String(headers['content-encoding'] ?? '');
    const length = Number(headers['content-length']);
    r.contentLength = Number.isFinite(length) && headers['content-length'] ? length : null;
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.received += e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.end = e.timestamp;
    r.bytes = e.encodedDataLength;
    r.done = true;
    settle();
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.end = e.timestamp;
    r.failed = e.canceled ? 'canceled' : e.errorText;
    // What had arrived by then was on the wire all the same. (Under throttling Chromium 156
    // often reports the dataset's fetch as cancelled, net::ERR_ABORTED, after the page has
    // read its whole body; the chunks it counted then miss up to ~1.5 kB of the last ones.)
    r.bytes = r.received;
    r.type = e.type || r.type;
    r.done = true;
    settle();
  });
  return {
    requests,
    /** Resolves once no request is in flight. */
    quiet: () =>
      new Promise<void>((done) => {
        quiet = done;
        settle();
      }),
  };
}

/** One fresh context, one cold load over the emulated link. */
export async function measureNetworkLoad(
  browser: Browser,
  options: NetworkLoadOptions,
): Promise<NetworkLoad> {
  const context = await benchContext(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const result: NetworkLoad = {
    profile: options.profile?.id ?? 'none',
    kind: options.kind,
    ready: null,
    firstPaint: null,
    firstContentfulPaint: null,
    bytes: { js: 0, css: 0, fonts: 0, data: 0, html: 0, other: 0 },
    totalBytes: 0,
    bytesAfterReady: 0,
    requests: [],
    box: null,
    errors,
  };
  const cdp = await context.newCDPSession(page);
  const tracker = trackRequests(cdp);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (options.profile) {
      const { downloadKbps, uploadKbps, latencyMs } = options.profile;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: latencyMs,
        // Bytes per second.
        downloadThroughput: (downloadKbps * 1000) / 8,
        uploadThroughput: (uploadKbps * 1000) / 8,
      });
    }
    await page.goto(options.url, { waitUntil: 'commit', timeout: options.readyTimeout });
    await withTimeout(page.evaluate(READY_JS), options.readyTimeout, 'graph:ready');
    await page.evaluate(fcpJs(5000));
    const times = await page.evaluate<{
      timeOrigin: number;
      ready: number | null;
      firstPaint: number | null;
      firstContentfulPaint: number | null;
      box: Box | null;
    }>(TIMES_JS);
    result.ready = times.ready;
    result.firstPaint = times.firstPaint;
    result.firstContentfulPaint = times.firstContentfulPaint;
    result.box = times.box;
    // What the load still asks for right after ready (lazy chunks, fonts) counts too.
    await withTimeout(tracker.quiet(), 30_000, 'requests after ready');

    // CDP timestamps are monotonic seconds; the document request's wall time ties them to
    // performance.timeOrigin (navigation start), the clock of the marks and paint entries.
    const all = [...tracker.requests.values()].sort((a, b) => a.sent - b.sent);
    const doc = all.find((r) => r.type === 'Document') ?? all[0];
    const origin = doc ? doc.sent - (doc.wallTime * 1000 - times.timeOrigin) / 1000 : 0;
    const ms = (t: number | null) => (t === null ? null : Math.round((t - origin) * 10000) / 10);
    const base = new URL(options.url).origin;
    for (const r of all) {
      const kind = byteKind(r.mimeType, r.type);
      const start = ms(r.sent) ?? 0;
      result.requests.push({
        url: r.url.startsWith(base) ? r.url.slice(base.length) : r.url,
        kind,
        type: r.type,
        mimeType: r.mimeType,
        status: r.status,
        start,
        response: ms(r.response),
        end: ms(r.end),
        bytes: r.bytes,
        contentLength: r.contentLength,
        encoding: r.encoding,
        priority: r.priority,
        initiator: r.initiator,
        ...(r.failed ? { failed: r.failed } : {}),
      });
      result.bytes[kind] += r.bytes;
      result.totalBytes += r.bytes;
      if (result.ready !== null && start > result.ready) result.bytesAfterReady += r.bytes;
    }
  } catch (error) {
    errors.push(`bench: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await cdp.detach().catch(() => undefined);
    await context.close().catch(() => undefined);
  }
  return result;
}

export interface NetworkSummary {
  ready: Summary | null;
  firstPaint: Summary | null;
  firstContentfulPaint: Summary | null;
  bytes: Record<ByteKind, Summary | null>;
  totalBytes: Summary | null;
  bytesAfterReady: Summary | null;
  runs: number;
  readyRuns: number;
  errors: string[];
}

export interface NetworkProfileReport {
  profile: NetworkProfile;
  runs: number;
  app: NetworkSummary;
  bare: NetworkSummary;
  /** Every load, with its requests in the order they were sent (the waterfall). */
  raw: { app: NetworkLoad[]; bare: NetworkLoad[] };
}

export function summarizeNetwork(loads: readonly NetworkLoad[]): NetworkSummary {
  const ok = loads.filter((l) => l.ready !== null);
  const bytes = Object.fromEntries(
    BYTE_KINDS.map((kind) => [kind, summarize(ok.map((l) => l.bytes[kind]))]),
  ) as Record<ByteKind, Summary | null>;
  return {
    ready: summarize(ok.map((l) => l.ready)),
    firstPaint: summarize(ok.map((l) => l.firstPaint)),
    firstContentfulPaint: summarize(ok.map((l) => l.firstContentfulPaint)),
    bytes,
    totalBytes: summarize(ok.map((l) => l.totalBytes)),
    bytesAfterReady: summarize(ok.map((l) => l.bytesAfterReady)),
    runs: loads.length,
    readyRuns: ok.length,
    errors: [...new Set(loads.flatMap((l) => l.errors))],
  };
}
