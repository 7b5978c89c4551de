/**
 * Runs readGraph (read-graph.ts) in a worker, with its stages reported and a way to cancel
 * (the worker is terminated: nothing of the file reaches the page). Small files, and places
 * where a worker cannot start
 * (no Worker, as in jsdom; a page opened from the disk; a policy that forbids it), run the same
 * steps on the page, so a file always opens.
 */
import { readGraph, type ReadGraphResult, type ReadStage } from './read-graph';
import type { InputFile } from './types';

export interface ReadGraphRequest {
  inputs: InputFile[];
}

export type ReadGraphMessage =
  | { type: 'stage'; stage: ReadStage }
  | { type: 'done'; result: ReadGraphResult }
  | { type: 'crash'; detail: string };

/** Thrown (as the promise's rejection) when the reader cancelled. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReadCancelled';
  }
}

export interface ReadOptions {
  onStage?: (stage: ReadStage) => void;
  signal?: AbortSignal;
}

/**
 * Below this many bytes a file is read on the page: it takes well under 200 ms there, while
 * starting the worker (fetching and compiling its ~150 KB) would add 100-400 ms.
 */
export const WORKER_FROM_BYTES = 256 * 1024;

function sizeOf(inputs: readonly InputFile[]): number {
  return inputs.reduce(
    (sum, input) =>
      sum + (typeof input.content === 'string' ? input.content.length : input.content.byteLength),
    0,
  );
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./read-graph.worker.ts', import.meta.url), {
      type: 'module',
      name: 'relgraph-import',
    });
  } catch {
    return null;
  }
}

export function readGraphOffThread(
  inputs: readonly InputFile[],
  options: ReadOptions = {},
): Promise<ReadGraphResult> {
  const { onStage, signal } = options;
  if (signal?.aborted) return Promise.reject(new ReadCancelled());
  const worker = sizeOf(inputs) >= WORKER_FROM_BYTES ? startWorker() : null;
  if (!worker) return readGraph(inputs, onStage);
  return new Promise<ReadGraphResult>((resolve, reject) => {
    let heard = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new ReadCancelled());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ReadGraphMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'stage') onStage?.(message.stage);
      else {
        finish();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.detail));
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      // The worker never started (a page opened from the disk, a policy): open on the page.
      if (!heard) readGraph(inputs, onStage).then(resolve, reject);
      else reject(new Error(event.message || 'the import worker stopped'));
    });
    // The bytes are copied, not transferred: if the worker cannot start they are still here.
    worker.postMessage({ inputs: [...inputs] } satisfies ReadGraphRequest);
  });
}
