import type { UiLang } from '../../i18n';
import { EMBED_PARAMS } from '../../state/slices/embed';

/** The same address without any embed parameter, in the query or the hash ("Open full view"). */
export function fullViewHref(href: string): string {
  const url = new URL(href);
  const query = new URLSearchParams(url.search);
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  for (const key of EMBED_PARAMS) {
    query.delete(key);
    hash.delete(key);
  }
  url.search = query.toString();
  url.hash = hash.toString();
  return url.href;
}

/**
 * The same address saying which version of the dataset it was made for (`v=<n>` in the hash,
 * replacing any `v` the page was opened with), so a reader who follows it after a correction is
 * told the data changed since. Unchanged when the version is unknown.
 */
export function versionedHref(href: string, version: number | null | undefined): string {
  if (version === null || version === undefined) return href;
  const url = new URL(href);
  const query = new URLSearchParams(url.search);
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (query.has('v')) {
    query.delete('v');
    url.search = query.toString();
  }
  hash.set('v', String(version));
  url.hash = hash.toString();
  return url.href;
}

export interface EmbedChoice {
  lang: UiLang;
  hideLegend: boolean;
  hideToolbar: boolean;
  /** The dataset's version (src/model/revisions.ts), written as `v=`; left out when unknown. */
  version?: number | null;
  /** `autosize=1`: the frame takes the height of its content (with the resizer script). */
  autosize?: boolean;
}

/** The address of the current view as an embed (`embed=1`, language, chrome switches). */
export function embedSrc(href: string, choice: EmbedChoice): string {
  const url = new URL(versionedHref(fullViewHref(href), choice.version));
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  hash.set('embed', '1');
  hash.set('lang', choice.lang);
  if (choice.hideLegend) hash.set('legend', '0');
  if (choice.hideToolbar) hash.set('toolbar', '0');
  if (choice.autosize) hash.set('autosize', '1');
  url.hash = hash.toString();
  return url.href;
}

/** Sandbox flags we suggest: scripts run, "Open full view" opens a normal tab. */
export const SANDBOX_FLAGS =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export interface SnippetOptions {
  src: string;
  /** Accessible name of the frame (the dataset title). Untrusted text: escaped. */
  title: string;
  lang: UiLang;
  /** Pixels, or null for the responsive 16:10 frame. */
  height: number | null;
  sandbox: boolean;
  /**
   * The address of the iframe resizer the build ships (vendor/open-iframe-resizer.js): the
   * frame is then sized to its content by that script, added after the iframe.
   */
  resizer?: string | null;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

export function frameStyle(height: number | null): string {
  return height === null
    ? 'width:100%;aspect-ratio:16/10;border:0'
    : `width:100%;height:${Math.round(height)}px;border:0`;
}

/** The `<iframe>` code a host pastes into its page. */
export function iframeSnippet(options: SnippetOptions): string {
  const attributes: [string, string][] = [
    ['src', options.src],
    ['title', options.title],
    ['lang', options.lang],
    ['loading', 'lazy'],
    ['style', options.resizer ? 'width:100%;border:0' : frameStyle(options.height)],
    ['allow', 'fullscreen'],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
  ];
  if (options.sandbox) attributes.push(['sandbox', SANDBOX_FLAGS]);
  if (options.resizer) attributes.push(['data-relgraph-autosize', '']);
  const text = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  const frame = `<iframe ${text.join(' ')}></iframe>`;
  if (!options.resizer) return frame;
  const script = `import { initialize } from ${JSON.stringify(options.resizer)};\n  initialize({}, 'iframe[data-relgraph-autosize]');`;
  return `${frame}\n<script type="module">\n  ${script}\n</script>`;
}

export const MIN_HEIGHT = 240;
export const MAX_HEIGHT = 2000;
export const DEFAULT_HEIGHT = 480;

export function clampHeight(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_HEIGHT;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(value)));
}
