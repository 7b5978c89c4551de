import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { posterMarkup, POSTER_ID } from '../../src/graph/poster';
import { loadDatasetText } from '../../src/model/load';
import { scriptsToDraw, type FaceScript } from '../../src/model/scripts';

const HERE = dirname(fileURLToPath(import.meta.url));

/** What the start script preloads (start.js). */
export interface PreloadAsset {
  href: string;
  /** `script`: a module (modulepreload). */
  as: 'fetch' | 'font' | 'script';
  type?: string;
  /** Only when the page shows the bundled dataset. */
  dataset?: true;
  /** Only for a page in this language. */
  lang?: 'ar' | 'en';
}

/**
 * Before any script has arrived the poster is the whole window; the app then lays it over the
 * graph's own box (src/graph/poster-dom.ts) until the live graph is drawn. Its text uses the
 * system's fonts: the app's own faces are `font-display: block`, and the poster must not wait.
 */
export const POSTER_CSS = [
  `#${POSTER_ID}{position:fixed;inset:0;z-index:30;pointer-events:none;background:#f8fafc;transition:opacity .25s ease-out}`,
  `#${POSTER_ID}.leaving{opacity:0}`,
  `#${POSTER_ID} svg{display:block;inline-size:100%;block-size:100%}`,
  `#${POSTER_ID} text{font:600 13px "Noto Sans Arabic","Noto Sans",system-ui,sans-serif;fill:#111827;paint-order:stroke;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round}`,
  `html:not([lang=ar]) #${POSTER_ID} .poster-ar,html[lang=ar] #${POSTER_ID} .poster-en{display:none}`,
  `html[data-poster=off] #${POSTER_ID}{display:none}`,
  `@media (prefers-reduced-motion:reduce){#${POSTER_ID}{transition:none}}`,
  `@media print{#${POSTER_ID}{display:none}}`,
].join('');

/** The start script with its assets filled in: the exact text the CSP hash is taken of. */
export function startScript(assets: readonly PreloadAsset[]): string {
  const source = readFileSync(join(HERE, 'start.js'), 'utf8');
  // Only the code: the comments are for this repository, not for every page load.
  const code = source.slice(source.indexOf('(function'));
  return code.replace('ASSETS)', `${JSON.stringify(assets)})`).trim();
}

export function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/**
 * `relgraph-poster`: writes the bundled dataset's poster, its styles and the start script
 * into index.html, and the script's hash into the CSP (the policy allows no other inline
 * script). Refuses to build when the bundled dataset does not load: it is checked here, once,
 * with the same loader the app uses.
 */
export function posterPlugin(datasetPath: string): Plugin {
  const datasetName = basename(datasetPath, '.json');
  return {
    name: 'relgraph-poster',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const files = Object.keys(context.bundle ?? {});
        const dataset = files.find((file) =>
          new RegExp(`(^|/)${datasetName}-[\\w-]+\\.json$`).test(file),
        );
        const fonts = files.filter((file) =>
          /(^|\/)noto-sans(-arabic)?-(arabic|latin)-(400|600)-normal-[\w-]+\.woff2$/.test(file),
        );
        // The strings of each language are their own chunk (src/i18n/load.ts).
        const strings = (['ar', 'en'] as const).flatMap((lang) => {
          const file = files.find((name) =>
            new RegExp(`(^|/)strings-${lang}-[\\w-]+\\.js$`).test(name),
          );
          return file ? [{ href: `./${file}`, as: 'script' as const, lang }] : [];
        });
        if (strings.length !== 2)
          throw new Error('the strings chunks (strings-ar, strings-en) are missing');
        const loaded = loadDatasetText(readFileSync(datasetPath, 'utf8'));
        if (!loaded.ok) {
          const codes = loaded.problems.map((p) => `${p.code} at ${p.path.join('.')}`);
          throw new Error(`${datasetPath} does not load: ${codes.slice(0, 5).join('; ')}`);
        }
        // A face only for the page whose words or bundled labels are in its script: an English
        // page does without ~100 KB of Arabic faces before its graph (bootstrap fetches them
        // when the page is idle).
        const needs = (['ar', 'en'] as const).map(
          (lang) => [lang, scriptsToDraw(loaded.index.data, lang)] as const,
        );
        const forScript = (script: FaceScript) => {
          const langs = needs.filter(([, scripts]) => scripts.has(script)).map(([lang]) => lang);
          return langs.length === 1 ? { lang: langs[0] } : {};
        };
        const assets: PreloadAsset[] = [
          ...strings,
          ...fonts.map((file) => ({
            href: `./${file}`,
            as: 'font' as const,
            type: 'font/woff2',
            ...forScript(/-arabic-(400|600)-/.test(file) ? 'arabic' : 'latin'),
          })),
          ...(dataset
            ? [{ href: `./${dataset}`, as: 'fetch' as const, dataset: true as const }]
            : []),
        ];
        const poster = posterMarkup(loaded.index) ?? '';
        const script = startScript(assets);
        const withHash = html.replace(
          /script-src (&#39;|')self\1/,
          (whole, quote: string) => `${whole} ${quote}${scriptHash(script)}${quote}`,
        );
        if (withHash === html) throw new Error('index.html has no script-src to add the hash to');
        return withHash
          .replace(
            '</head>',
            // Without script the poster stays, under index.html's <noscript> line, not over it.
            `<style id="${POSTER_ID}-style">${POSTER_CSS}</style>\n    <noscript><style>#${POSTER_ID}{top:5em}</style></noscript>\n  </head>`,
          )
          .replace(
            /<body([^>]*)>/,
            `<body$1>\n    <script id="relgraph-start">${script}</script>\n    ${poster}`,
          );
      },
    },
  };
}
