import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Asset file names a built file refers to (entry, lazy chunks, the bundled dataset, fonts). */
function referencedAssets(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const fromHtml = [...html.matchAll(/\.\/assets\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const fromJs = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [
      ...readFileSync(join(dir, 'assets', f), 'utf8').matchAll(
        /["'`/]([\w-]+-[\w-]{8}\.(?:js|json|css|woff2))["'`]/g,
      ),
    ])
    .map((m) => m[1] ?? '');
  return [...new Set([...fromHtml, ...fromJs])];
}

/**
 * A private copy of dist/, so a rebuild during a run (developers share dist/) cannot swap the
 * hashed assets under a page that is loading. Retries until the copy is whole. Remove it with
 * `removeSnapshot`.
 */
export async function snapshotDist(label: string): Promise<string> {
  const source = resolve(__dirname, '../../dist');
  for (let attempt = 0; attempt < 10; attempt++) {
    const dir = await mkdtemp(join(tmpdir(), `relgraph-${label}-`));
    await cp(source, dir, { recursive: true });
    const assets = existsSync(join(dir, 'index.html')) ? referencedAssets(dir) : [];
    if (assets.length > 0 && assets.every((a) => existsSync(join(dir, 'assets', a)))) return dir;
    await rm(dir, { recursive: true, force: true });
    await new Promise((done) => setTimeout(done, 1000));
  }
  throw new Error('dist/ kept changing while it was copied: run "npx vite build" and retry.');
}

export async function removeSnapshot(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}
