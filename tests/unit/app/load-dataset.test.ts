// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchDataset, firstInvalidUtf8 } from '../../../src/app/load-dataset';
import { foreignOrigin } from '../../../src/state/url';

const PAGE = 'https://relgraph.example/app/index.html#lang=en';
const SEED = readFileSync(resolve(__dirname, '../../../data/azerbaijan-gaza.json'), 'utf8');

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function serve(respond: (url: string) => Response): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    return respond(url);
  }) as typeof fetch;
  return { fetch: impl, calls };
}

/** A body that arrives in chunks, with no Content-Length, and counts how much was pulled. */
function endlessBody(chunk: number, chunks: number) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetchDataset: where data may come from', () => {
  it('loads a same-origin file with same-origin credentials', async () => {
    const { fetch, calls } = serve((url) => withUrl(new Response(SEED), url));
    const outcome = await fetchDataset('data/g.json', PAGE, fetch);
    expect('result' in outcome && outcome.result.ok).toBe(true);
    expect(calls[0]?.url).toBe('https://relgraph.example/app/data/g.json');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
  });

  it('refuses another origin without fetching, naming it', async () => {
    const { fetch, calls } = serve(() => new Response(SEED));
    for (const file of [
      'https://evil.example/g.json',
      '//evil.example/g.json',
      'http://relgraph.example/g.json',
      'https://relgraph.example.evil.com/g.json',
    ]) {
      const outcome = await fetchDataset(file, PAGE, fetch);
      expect(outcome, file).toMatchObject({ error: { reason: 'crossOrigin' } });
    }
    // Not "on another site (null)": these are not web addresses at all.
    const data = await fetchDataset('data:application/json,{}', PAGE, fetch);
    expect(data).toMatchObject({ error: { reason: 'notHttp', params: { protocol: 'data:' } } });
    const js = await fetchDataset('javascript:alert(1)', PAGE, fetch);
    expect(js).toMatchObject({ error: { reason: 'notHttp', params: { protocol: 'javascript:' } } });
    expect(calls).toEqual([]);
  });

  it('loads from an allowlisted origin, without credentials', async () => {
    const { fetch, calls } = serve((url) => withUrl(new Response(SEED), url));
    const outcome = await fetchDataset('https://data.example/g.json', PAGE, fetch, {
      origins: ['https://data.example'],
    });
    expect('result' in outcome && outcome.result.ok).toBe(true);
    expect(calls[0]?.init?.credentials).toBe('omit');
    expect(foreignOrigin('https://data.example/g.json', PAGE)).toBe('https://data.example');
    expect(foreignOrigin('g.json', PAGE)).toBeNull();
  });

  it('refuses a redirect to an origin the allowlist does not cover', async () => {
    const { fetch } = serve(() => withUrl(new Response(SEED), 'https://elsewhere.example/g.json'));
    const outcome = await fetchDataset('https://data.example/g.json', PAGE, fetch, {
      origins: ['https://data.example'],
    });
    expect(outcome).toMatchObject({
      error: { reason: 'crossOrigin', params: { origin: 'https://elsewhere.example' } },
    });
  });

  it('explains a failed fetch in a sandboxed frame (opaque origin)', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const outcome = await fetchDataset('g.json', PAGE, failing, { opaqueOrigin: true });
    expect(outcome).toMatchObject({ error: { reason: 'network' } });
    const detail = 'error' in outcome ? String(outcome.error.params.detail) : '';
    expect(detail).toContain('Access-Control-Allow-Origin');
    expect(detail).toContain('allow-same-origin');
    const plain = await fetchDataset('g.json', PAGE, failing, { opaqueOrigin: false });
    expect('error' in plain && plain.error.params.detail).toBe('TypeError: Failed to fetch');
  });
});

describe('fetchDataset: the size cap applies before parsing', () => {
  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const body = endlessBody(1024, 1000);
    const { fetch } = serve(
      () => new Response(body.stream, { headers: { 'content-length': String(5 * 1024 * 1024) } }),
    );
    const outcome = await fetchDataset('g.json', PAGE, fetch, { maxBytes: 1024 * 1024 });
    expect(outcome).toMatchObject({ result: { ok: false, problems: [{ code: 'tooLarge' }] } });
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading a streamed body without Content-Length as soon as it passes the cap', async () => {
    const body = endlessBody(64 * 1024, 10_000);
    const { fetch } = serve(() => new Response(body.stream));
    const outcome = await fetchDataset('g.json', PAGE, fetch, { maxBytes: 1024 * 1024 });
    // Not "1.1 MB": reading stopped at the cap, so the size is only known to be above it.
    expect(outcome).toMatchObject({
      result: { ok: false, problems: [{ code: 'tooLargeStreamed', params: { max: '1.0' } }] },
    });
    // 1 MiB cap / 64 KiB chunks: it stops after 17 chunks, not 10,000 (640 MB).
    expect(body.pulled()).toBeLessThan(20);
    expect(body.cancelled()).toBe(true);
  });

  it('reads invalid UTF-8 as U+FFFD and says where the first bad byte is', async () => {
    const good = new TextEncoder().encode(SEED);
    const bad = new Uint8Array(good.length + 1);
    const at = new TextEncoder().encode(SEED.slice(0, SEED.indexOf('"Israel"') + 1)).length;
    bad.set(good.subarray(0, at));
    bad[at] = 0xff;
    bad.set(good.subarray(at), at + 1);
    const { fetch } = serve(() => new Response(bad));
    const outcome = await fetchDataset('g.json', PAGE, fetch);
    if (!('result' in outcome) || !outcome.result.ok) throw new Error('does not load');
    expect(outcome.result.warnings[0]).toMatchObject({
      code: 'invalidUtf8',
      params: { offset: at },
    });
    const labels = outcome.result.index.data.entities.map((e) => e.label.en);
    expect(labels).toContain('\uFFFDIsrael');
    expect(firstInvalidUtf8(new TextEncoder().encode('أذربيجان'))).toBe(16);
  });

  it('decodes a chunked UTF-8 body whose characters straddle chunk boundaries', async () => {
    const bytes = new TextEncoder().encode(SEED);
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + 7));
        offset += 7;
      },
    });
    const { fetch } = serve(() => new Response(stream));
    const outcome = await fetchDataset('g.json', PAGE, fetch);
    expect('result' in outcome && outcome.result.ok).toBe(true);
  });
});
