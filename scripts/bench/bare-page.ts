import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the bare cytoscape reference page (scripts/bench/bare, never part of the app). */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'scripts/bench/bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
}
