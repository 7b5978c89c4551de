/**
 * The inline start script (scripts/poster/start.js) decides the page's language before the app
 * does, and which poster and preloads the page gets: it must decide as the app will
 * (bootstrap.ts's initialLang and siteDefaults, url.ts's readParams), or a reader would see the
 * poster in one language and the app in the other, or the bundled graph's picture before
 * another graph.
 */
import { describe, expect, it } from 'vitest';
import { scriptHash, startScript, type PreloadAsset } from '../../../scripts/poster/plugin';
import { initialLang, siteDefaults } from '../../../src/app/bootstrap';
import { readParams, urlStateFromParams } from '../../../src/state/url';

const ASSETS: PreloadAsset[] = [
  { href: './assets/strings-ar-x.js', as: 'script', lang: 'ar' },
  { href: './assets/strings-en-x.js', as: 'script', lang: 'en' },
  { href: './assets/noto-sans-latin-600-normal-x.woff2', as: 'font', type: 'font/woff2' },
  {
    href: './assets/noto-sans-arabic-arabic-600-normal-x.woff2',
    as: 'font',
    type: 'font/woff2',
    lang: 'ar',
  },
  { href: './assets/azerbaijan-gaza-x.json', as: 'fetch', dataset: true },
];

interface Page {
  address: string;
  language?: string;
  head?: string;
}

function run({ address, language = 'en-GB', head = '' }: Page) {
  // The test page (jsdom) takes the address and head of the page under test.
  const url = new URL(address);
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  document.head.replaceChildren(
    ...new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html').head.childNodes,
  );
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  delete document.documentElement.dataset.poster;
  // The script reads the globals the page gives it: this page's, and a navigator to choose.
  const navigator = { language };
  new Function('document', 'location', 'navigator', startScript(ASSETS))(
    document,
    window.location,
    navigator,
  );
  const root = document.documentElement;
  const preloads = [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')].map(
    (link) => ({
      rel: link.getAttribute('rel'),
      href: link.getAttribute('href'),
      as: link.getAttribute('as'),
      crossOrigin: link.getAttribute('crossorigin'),
    }),
  );
  // What the app itself will decide for the same page.
  const state = urlStateFromParams(readParams(window.location));
  const site = siteDefaults(document);
  const appLang = initialLang(state.lang ?? site.lang, navigator);
  return { lang: root.lang, dir: root.dir, poster: root.dataset.poster, preloads, appLang };
}

describe('the poster start script', () => {
  it.each([
    { address: 'http://localhost:3000/?lang=ar' },
    { address: 'http://localhost:3000/?lang=ar#lang=en' },
    { address: 'http://localhost:3000/#node=x&lang=ar' },
    { address: 'http://localhost:3000/', language: 'ar-EG' },
    { address: 'http://localhost:3000/', language: 'fr-FR' },
    { address: 'http://localhost:3000/?lang=xx', language: 'ar' },
    { address: 'http://localhost:3000/', head: '<meta name="relgraph:lang" content="ar">' },
    { address: 'http://localhost:3000/?lang=en', head: '<meta name="relgraph:lang" content="ar">' },
  ])('sets the language the app will use: $address ($language)', (page) => {
    const result = run(page);
    expect(result.lang).toBe(result.appLang);
    expect(result.dir).toBe(result.appLang === 'ar' ? 'rtl' : 'ltr');
  });

  it.each(['ar', 'en'] as const)(
    'preloads the %s strings, the faces it needs and the bundled dataset when the page shows it',
    (lang) => {
      const result = run({ address: `http://localhost:3000/?lang=${lang}` });
      expect(result.poster).toBeUndefined();
      const font = (asset: PreloadAsset) => ({
        rel: 'preload',
        href: asset.href,
        as: 'font',
        crossOrigin: 'anonymous',
      });
      expect(result.preloads).toEqual([
        {
          rel: 'modulepreload',
          href: `./assets/strings-${lang}-x.js`,
          as: null,
          crossOrigin: 'anonymous',
        },
        font(ASSETS[2]!),
        // The Arabic faces only for an Arabic page: an English one fetches them when idle.
        ...(lang === 'ar' ? [font(ASSETS[3]!)] : []),
        { rel: 'preload', href: ASSETS[4]!.href, as: 'fetch', crossOrigin: 'anonymous' },
      ]);
    },
  );

  it.each([
    { address: 'http://localhost:3000/?graph=other.json' },
    { address: 'http://localhost:3000/#graph=other.json' },
    { address: 'http://localhost:3000/?open=session' },
    {
      address: 'http://localhost:3000/',
      head: '<meta name="relgraph:graph" content="graph.json">',
    },
  ])('hides the poster and skips the dataset for another graph: $address', (page) => {
    const result = run(page);
    expect(result.poster).toBe('off');
    expect(result.preloads.map((link) => link.as)).toEqual([null, 'font']);
  });

  it('is hashed as the page carries it', () => {
    const script = startScript(ASSETS);
    expect(script.startsWith('(function')).toBe(true);
    expect(script).toContain(JSON.stringify(ASSETS));
    expect(scriptHash(script)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
    expect(scriptHash(`${script} `)).not.toBe(scriptHash(script));
  });
});
