import { describe, expect, it } from 'vitest';
import {
  embedFromParams,
  embedStartState,
  embedToParams,
  NO_EMBED,
  parseOrigins,
} from '../../../src/state/slices/embed';
import { createAppStore } from '../../../src/state/store';
import {
  hashFromState,
  readParams,
  startUrlSync,
  stateFromUrl,
  urlStateFromParams,
} from '../../../src/state/url';
import {
  embedSrc,
  escapeAttribute,
  fullViewHref,
  iframeSnippet,
  clampHeight,
} from '../../../src/features/embed/links';
import { graphOriginsFromEnv, contentSecurityPolicy } from '../../../vite.config';

const url = (hash: string, search = '') => urlStateFromParams(readParams({ search, hash }));

describe('parseOrigins: exact origins only', () => {
  it('keeps serialised http(s) origins and drops everything else', () => {
    expect(
      parseOrigins(
        ' https://a.example, http://127.0.0.1:8080 ,https://a.example,https://b.example/,https://c.example/path,*,null,javascript:alert(1),ftp://d.example,https://*.example,,https://E.example,https://a.example;script-src,https://a_b.example,http://[::1]:8080',
      ),
    ).toEqual(['https://a.example', 'http://127.0.0.1:8080', 'http://[::1]:8080']);
    expect(parseOrigins(null)).toEqual([]);
    expect(parseOrigins('')).toEqual([]);
  });

  it('is the rule vite.config.ts uses for VITE_GRAPH_ORIGINS and the CSP', () => {
    const samples = [
      'https://data.example,https://data.example/,http://localhost:5173, https://x.example:8443',
      'nonsense,,https://data.example',
      'https://*.example,https://a.example;script-src https://evil.example,https://ok.example',
      undefined,
    ];
    for (const sample of samples) {
      expect(graphOriginsFromEnv(sample)).toEqual(parseOrigins(sample));
    }
    expect(contentSecurityPolicy(['https://data.example'])).toContain(
      "connect-src 'self' https://data.example;",
    );
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
  });
});

describe('embed parameters in the URL', () => {
  it('reads embed, chrome switches and origins from the hash or the query', () => {
    expect(
      url('#embed=1&legend=0&toolbar=false&details=off&origins=https://h.example').embed,
    ).toEqual({
      enabled: true,
      legend: false,
      toolbar: false,
      details: false,
      origins: ['https://h.example'],
      autosize: false,
    });
    expect(url('', '?embed=true').embed).toMatchObject({ enabled: true, legend: true });
    expect(url('#embed=1&autosize=1').embed).toMatchObject({ enabled: true, autosize: true });
    expect(url('#embed=0').embed.enabled).toBe(false);
    expect(url('').embed).toEqual(NO_EMBED);
  });

  it('keeps every other parameter working in embed mode', () => {
    const state = url(
      '#embed=1&lang=ar&node=azerbaijan&layout=grouped&view=table&status=reported&path=israel,iran&story=azerbaijan-gaza-force&step=2',
    );
    expect(state).toMatchObject({
      lang: 'ar',
      node: 'azerbaijan',
      layout: 'grouped',
      view: 'table',
      path: { from: 'israel', to: 'iran' },
      story: { id: 'azerbaijan-gaza-force', step: 1 },
    });
    expect(state.filters.status).toBe('reported');
  });

  it('writes the embed parameters back into the hash, so a reload stays embedded', () => {
    const embed = embedFromParams(
      new URLSearchParams('embed=1&legend=0&origins=https://h.example,https://i.example'),
    );
    const store = createAppStore({ embed, lang: 'ar', selection: { type: 'node', id: 'iran' } });
    const hash = hashFromState(store.getState(), null);
    expect(url(hash).embed).toEqual(embed);
    expect(stateFromUrl(url(hash))).toMatchObject({ lang: 'ar', selection: { id: 'iran' } });
    expect(embedToParams(NO_EMBED)).toEqual({});
  });

  it('replaces history entries instead of pushing them when embedded (no host back-button trap)', () => {
    const calls: string[] = [];
    const location = { pathname: '/app/', search: '', hash: '' };
    const record = (kind: string) => (_: unknown, __: string, href: string) => {
      calls.push(kind);
      location.hash = href.slice(href.indexOf('#'));
    };
    const win = {
      location,
      history: { pushState: record('push'), replaceState: record('replace') },
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as Window;
    const store = createAppStore({ embed: { ...NO_EMBED, enabled: true } });
    const stop = startUrlSync(store, win, null);
    store.getState().select({ type: 'node', id: 'azerbaijan' });
    store.getState().select({ type: 'node', id: 'israel' });
    stop();
    expect(calls).toEqual(['replace', 'replace']);
    expect(location.hash).toContain('embed=1');
  });

  it('folds the legend in small frames only', () => {
    const on = { ...NO_EMBED, enabled: true };
    expect(embedStartState(on, { width: 320, height: 480 })).toMatchObject({ legendOpen: false });
    expect(embedStartState(on, { width: 1200, height: 300 })).toMatchObject({ legendOpen: false });
    expect(embedStartState(on, { width: 1200, height: 750 })).not.toHaveProperty('legendOpen');
    expect(embedStartState(NO_EMBED, { width: 320, height: 480 })).not.toHaveProperty('legendOpen');
  });
});

describe('links: full view, embed address and the iframe snippet', () => {
  const here =
    'https://relgraph.example/deep/path/index.html?graph=g.json&embed=1#embed=1&lang=ar&node=iran&legend=0&toolbar=0&details=0&origins=https%3A%2F%2Fh.example';

  it('"Open full view" is the same address without any embed parameter', () => {
    expect(fullViewHref(here)).toBe(
      'https://relgraph.example/deep/path/index.html?graph=g.json#lang=ar&node=iran',
    );
    expect(fullViewHref('https://r.example/#embed=1')).toBe('https://r.example/');
  });

  it('the embed address keeps the view and sets language and chrome', () => {
    const src = embedSrc('https://r.example/app/#lang=en&node=iran&layout=grouped', {
      lang: 'ar',
      hideLegend: true,
      hideToolbar: false,
    });
    const hash = new URLSearchParams(new URL(src).hash.slice(1));
    expect(Object.fromEntries(hash)).toEqual({
      lang: 'ar',
      node: 'iran',
      layout: 'grouped',
      embed: '1',
      legend: '0',
    });
    expect(src.startsWith('https://r.example/app/#')).toBe(true);
  });

  it('the snippet has every attribute a host needs and escapes the untrusted title', () => {
    const snippet = iframeSnippet({
      src: 'https://r.example/#embed=1&lang=en',
      title: 'Gaza "force" <script>alert(1)</script> & co\'s',
      lang: 'en',
      height: null,
      sandbox: false,
    });
    expect(snippet).toBe(
      '<iframe src="https://r.example/#embed=1&amp;lang=en" title="Gaza &quot;force&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; co&#39;s" lang="en" loading="lazy" style="width:100%;aspect-ratio:16/10;border:0" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
    // Parsed back by a browser, it is one element with the title as text.
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const frames = parsed.querySelectorAll('iframe');
    expect(frames.length).toBe(1);
    expect(parsed.querySelectorAll('script').length).toBe(0);
    expect(frames[0]?.getAttribute('title')).toBe('Gaza "force" <script>alert(1)</script> & co\'s');
    expect(frames[0]?.getAttribute('src')).toBe('https://r.example/#embed=1&lang=en');
  });

  it('offers a fixed height and a sandbox attribute', () => {
    const snippet = iframeSnippet({
      src: 'https://r.example/',
      title: 't',
      lang: 'ar',
      height: 520,
      sandbox: true,
    });
    expect(snippet).toContain('style="width:100%;height:520px;border:0"');
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(snippet).toContain('lang="ar"');
    expect(clampHeight(5)).toBe(240);
    expect(clampHeight(99999)).toBe(2000);
    expect(clampHeight(Number.NaN)).toBe(480);
    expect(escapeAttribute('a"b')).toBe('a&quot;b');
  });
});
