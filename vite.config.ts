import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { posterPlugin } from './scripts/poster/plugin';

/**
 * The built app allows no inline script and no eval. Added at build time only: the dev server
 * injects an inline React-refresh preamble that this policy would (rightly) block.
 * `graphOrigins` (VITE_GRAPH_ORIGINS) are the other sites datasets may be fetched from; the app
 * checks the same list in load-dataset.ts.
 */
/**
 * `VITE_GRAPH_ORIGINS`: comma-separated exact http(s) origins, anything else dropped. The same
 * rule as parseOrigins in src/state/slices/embed.ts, which the app uses (a unit test keeps them
 * in step; the config does not import app code).
 */
export function graphOriginsFromEnv(value: string | undefined): string[] {
  const origins = (value ?? '').split(',').map((entry) => entry.trim());
  return origins.filter((entry, i) => {
    try {
      const url = new URL(entry);
      const web = url.protocol === 'https:' || url.protocol === 'http:';
      const plainHost = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname);
      return web && plainHost && url.origin === entry && origins.indexOf(entry) === i;
    } catch {
      return false;
    }
  });
}

export function contentSecurityPolicy(graphOrigins: readonly string[] = []): string {
  return CONTENT_SECURITY_POLICY.replace(
    "connect-src 'self'",
    ["connect-src 'self'", ...graphOrigins].join(' '),
  );
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function cspMeta(graphOrigins: readonly string[]): Plugin {
  return {
    name: 'relgraph-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(graphOrigins),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `site-files.json`: every file of the built app, so "Download as a website" can copy the app
 * it runs from (src/io/publish/site.ts, SITE_MANIFEST). Paths relative to index.html.
 */
function siteManifest(): Plugin {
  let outDir = 'dist';
  return {
    name: 'relgraph-site-manifest',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => {
      // For host pages (examples/embed.html): the iframe resizer's parent side, with its licence.
      const resizer = 'node_modules/@open-iframe-resizer/core';
      mkdirSync(join(outDir, 'vendor'), { recursive: true });
      copyFileSync(`${resizer}/dist/index.js`, join(outDir, 'vendor/open-iframe-resizer.js'));
      copyFileSync(`${resizer}/LICENSE.md`, join(outDir, 'vendor/open-iframe-resizer.LICENSE.md'));
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) walk(path);
          else files.push(relative(outDir, path).split(sep).join('/'));
        }
      };
      walk(outDir);
      const listed = [...new Set([...files, 'site-files.json'])].sort();
      writeFileSync(join(outDir, 'site-files.json'), `${JSON.stringify(listed, null, 2)}\n`);
    },
  };
}

// base './' so the built app works from any sub-path of any static host (embeds).
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    cspMeta(graphOriginsFromEnv(loadEnv(mode, process.cwd(), 'VITE_').VITE_GRAPH_ORIGINS)),
    // After the CSP meta: the poster's start script adds its hash to that policy.
    posterPlugin('data/azerbaijan-gaza.json'),
    siteManifest(),
  ],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  // The import worker loads each format's reader on demand, which needs module workers.
  worker: { format: 'es' as const },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
}));
