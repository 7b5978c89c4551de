import { loadDatasetText, type LoadResult } from '../model/load';
import { MAX_DATASET_BYTES } from '../model/parse-json';
import { problem } from '../model/problems';
import type { Unreachable } from '../state/slices/data';
import { parseOrigins } from '../state/slices/embed';

export type FetchOutcome =
  { file: string; result: LoadResult } | { file: string; error: Unreachable };

/**
 * Other origins this deployment may load datasets from: `VITE_GRAPH_ORIGINS` at build time,
 * comma-separated exact origins. vite.config.ts adds the same list to the CSP `connect-src`, so
 * the allowlist is enforced twice. Empty by default: only files from this site load.
 */
export const GRAPH_ORIGINS: readonly string[] = parseOrigins(
  import.meta.env?.VITE_GRAPH_ORIGINS as string | undefined,
);

export interface FetchOptions {
  /** Allowed origins besides the page's own. Default GRAPH_ORIGINS. */
  origins?: readonly string[];
  /** Default MAX_DATASET_BYTES. */
  maxBytes?: number;
  /** The page has an opaque origin (a sandboxed frame without allow-same-origin). */
  opaqueOrigin?: boolean;
}

/**
 * In a sandboxed frame without `allow-same-origin` the page's origin is opaque, so even a file
 * next to the app is a cross-origin request: the server must answer it with
 * `Access-Control-Allow-Origin`. Say so instead of a bare "Failed to fetch".
 */
const OPAQUE_ORIGIN_HINT =
  'this page runs in a sandboxed frame without "allow-same-origin", so the server must send "Access-Control-Allow-Origin" for the data file (or the embedding page must add "allow-same-origin")';

function isOpaqueOrigin(): boolean {
  return typeof globalThis.origin === 'string' && globalThis.origin === 'null';
}

/**
 * Fetches a dataset named by the `graph` URL parameter (same origin, or an origin allowlisted at
 * build time) and runs it through the loader. A size cap applies before parsing: first the
 * declared length, then the bytes actually read from the body stream (which is cancelled as soon
 * as it passes the cap, so a server that sends no Content-Length cannot exhaust memory).
 */
export async function fetchDataset(
  file: string,
  pageHref: string,
  fetchImpl: typeof fetch = fetch,
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const allowed = new Set(options.origins ?? GRAPH_ORIGINS);
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  let url: URL;
  try {
    url = new URL(file, pageHref);
  } catch {
    return { file, error: { reason: 'network', params: { file, detail: 'not a valid address' } } };
  }
  const page = new URL(pageHref);
  const sameOrigin = url.origin === page.origin;
  // javascript:, data:, file: … have no origin to speak of ("null"): say what is wrong instead.
  if (!/^https?:$/.test(url.protocol)) {
    return { file, error: { reason: 'notHttp', params: { file, protocol: url.protocol } } };
  }
  if (!sameOrigin && !allowed.has(url.origin)) {
    return { file, error: { reason: 'crossOrigin', params: { file, origin: url.origin } } };
  }
  let response: Response;
  try {
    // Never send cookies to another site; a same-origin file gets the usual treatment.
    response = await fetchImpl(url.href, { credentials: sameOrigin ? 'same-origin' : 'omit' });
  } catch (error) {
    const opaque = options.opaqueOrigin ?? isOpaqueOrigin();
    const detail = opaque ? `${String(error)}: ${OPAQUE_ORIGIN_HINT}` : String(error);
    return { file, error: { reason: 'network', params: { file, detail } } };
  }
  if (!response.ok) {
    return { file, error: { reason: 'http', params: { file, status: response.status } } };
  }
  // A redirect must not lead somewhere the allowlist does not cover.
  const landed = response.url ? new URL(response.url).origin : url.origin;
  if (landed !== page.origin && !allowed.has(landed)) {
    void response.body?.cancel().catch(() => undefined);
    return { file, error: { reason: 'crossOrigin', params: { file, origin: landed } } };
  }
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  const tooLarge = (size: number): FetchOutcome => ({
    file,
    result: {
      ok: false,
      problems: [problem('tooLarge', [], { size: mb(size), max: mb(maxBytes) })],
    },
  });
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return tooLarge(declared);
  }
  let body: { text: string; badByte: number | null } | { tooLarge: number };
  try {
    body = await readCapped(response, maxBytes);
  } catch (error) {
    return { file, error: { reason: 'network', params: { file, detail: String(error) } } };
  }
  if ('tooLarge' in body) {
    // Reading stopped at the cap: what was read is not the file's size.
    return {
      file,
      result: { ok: false, problems: [problem('tooLargeStreamed', [], { max: mb(maxBytes) })] },
    };
  }
  const result = loadDatasetText(body.text, maxBytes);
  if (body.badByte === null) return { file, result };
  const warning = problem('invalidUtf8', [], { offset: body.badByte }, 'warning');
  return {
    file,
    result: result.ok
      ? { ...result, warnings: [warning, ...result.warnings] }
      : { ok: false, problems: [...result.problems, warning] },
  };
}

/**
 * Reads the body as UTF-8, counting bytes as they arrive and cancelling the stream past the cap.
 * Without a readable stream, falls back to `text()` (the parser checks the size again).
 */
async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; badByte: number | null } | { tooLarge: number }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: await response.text(), badByte: null };
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: received };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  // Invalid UTF-8 is read with U+FFFD in its place, as browsers do, but never silently.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), badByte: null };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), badByte: firstInvalidUtf8(bytes) };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // A prefix decodes (an unfinished last sequence is held back, not an error) until it holds
  // the bad byte: halve the range to the shortest prefix that fails.
  const decodes = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  if (decodes(bad)) return bad;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  return bad - 1;
}
