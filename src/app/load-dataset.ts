import { loadDatasetText, type LoadResult } from '../model/load';
import { MAX_DATASET_BYTES } from '../model/parse-json';
import { problem } from '../model/problems';
import type { Unreachable } from '../state/slices/data';

export type FetchOutcome =
  { file: string; result: LoadResult } | { file: string; error: Unreachable };

/**
 * Fetches a dataset named by the `graph` URL parameter (same origin only) and runs it through
 * the loader. A size cap applies before parsing: first the declared length, then the body.
 */
export async function fetchDataset(
  file: string,
  pageHref: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchOutcome> {
  let url: URL;
  try {
    url = new URL(file, pageHref);
  } catch {
    return { file, error: { reason: 'network', params: { file, detail: 'not a valid address' } } };
  }
  const page = new URL(pageHref);
  if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) {
    return { file, error: { reason: 'crossOrigin', params: { file, origin: url.origin } } };
  }
  let response: Response;
  try {
    response = await fetchImpl(url.href, { credentials: 'same-origin' });
  } catch (error) {
    return { file, error: { reason: 'network', params: { file, detail: String(error) } } };
  }
  if (!response.ok) {
    return { file, error: { reason: 'http', params: { file, status: response.status } } };
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_DATASET_BYTES) {
    const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
    const problems = [problem('tooLarge', [], { size: mb(declared), max: mb(MAX_DATASET_BYTES) })];
    return { file, result: { ok: false, problems } };
  }
  const text = await response.text();
  return { file, result: loadDatasetText(text) };
}
