import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src/io/publish/file-name';
import {
  buildSite,
  cspOf,
  entryPage,
  hostHeaders,
  parseHostHeaders,
} from '../../../src/io/publish/site';
import type { Dataset } from '../../../src/model/schema';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

const INDEX = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;">
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="Bilingual relationship-graph explorer."
    />
    <title>Relgraph</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const minimal = JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8')) as Dataset;

function site(dataset: Dataset = minimal, extra: Record<string, string> = {}) {
  const appFiles = new Map<string, Uint8Array>([
    ['index.html', encode(INDEX)],
    ['assets/index-abc.js', encode('console.log(1)')],
    ['site-files.json', encode('["index.html","assets/index-abc.js","site-files.json"]')],
    ...Object.entries(extra).map(([k, v]) => [k, encode(v)] as [string, Uint8Array]),
  ]);
  return buildSite({
    appFiles,
    dataset,
    datasetJson: JSON.stringify(dataset),
    social: new Uint8Array([137, 80, 78, 71]),
    publishedOn: new Date('2026-12-02T10:00:00Z'),
  });
}

describe('the website folder', () => {
  it('holds the app, the dataset as graph.json, both entries, the picture and host files', () => {
    const files = site();
    expect([...files.keys()]).toEqual([
      'README.txt',
      '_headers',
      'ar.html',
      'assets/index-abc.js',
      'graph.json',
      'index.html',
      'site-files.json',
      'social.png',
    ]);
    expect(JSON.parse(decode(files.get('site-files.json')))).toEqual([...files.keys()]);
    expect(JSON.parse(decode(files.get('graph.json'))).id).toBe('minimal');
  });

  it("index.html carries the dataset's title, description, previews and default graph", () => {
    const html = decode(site().get('index.html'));
    expect(html).toContain(`<title>${minimal.title.en}</title>`);
    expect(html).toContain('<meta name="relgraph:graph" content="graph.json" />');
    expect(html).toContain('<meta name="relgraph:lang" content="en" />');
    expect(html).toContain(`<meta property="og:title" content="${minimal.title.en}" />`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<meta property="og:image" content="social.png" />');
    expect(html).toContain(`<meta name="description" content="${minimal.description?.en}" />`);
    expect(html).not.toContain('Bilingual relationship-graph explorer.');
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-abc.js">');
  });

  it('ar.html opens in Arabic, right to left, with the Arabic title', () => {
    const html = decode(site().get('ar.html'));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`<title>${minimal.title.ar}</title>`);
    expect(html).toContain('<meta name="relgraph:lang" content="ar" />');
    // No Arabic description: the English one, rather than nothing.
    expect(html).toContain(`<meta name="description" content="${minimal.description?.en}" />`);
  });

  it('leaves out the poster of the bundled graph: the site shows its own dataset', () => {
    const withPoster = INDEX.replace(
      '<body>',
      '<body>\n    <script>start()</script>\n    <!-- relgraph:poster --><div id="relgraph-poster"><svg></svg></div><!-- /relgraph:poster -->\n    ',
    );
    for (const lang of ['en', 'ar'] as const) {
      const html = entryPage(withPoster, minimal, lang, null);
      expect(html).not.toContain('relgraph-poster');
      // The start script stays: its hash is in the policy, and it sets the language at once.
      expect(html).toContain('<script>start()</script>');
      expect(html).toContain('<div id="root"></div>');
    }
  });

  it('escapes titles that contain markup', () => {
    const hostile = { ...minimal, title: { en: 'A "quoted" <b>&</b> title', ar: 'عنوان' } };
    const html = entryPage(INDEX, hostile, 'en', null);
    expect(html).toContain('<title>A "quoted" &lt;b&gt;&amp;&lt;/b&gt; title</title>');
    expect(html).toContain('content="A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt; title"');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).not.toContain('og:image');
  });

  it('publishing again over a published folder remakes its files, never doubles them', () => {
    const once = site();
    const again = buildSite({
      appFiles: once,
      dataset: minimal,
      datasetJson: JSON.stringify(minimal),
      publishedOn: new Date('2026-12-03T10:00:00Z'),
    });
    const html = decode(again.get('index.html'));
    expect(html.match(/relgraph:graph/g)).toHaveLength(1);
    expect(html.match(/og:title/g)).toHaveLength(1);
    // No picture this time: the old one is not kept as if it were current.
    expect(again.has('social.png')).toBe(false);
    expect(html).not.toContain('og:image');
  });
});

describe('_headers', () => {
  it("carries the meta tag's policy, decoded, plus frame-ancestors and CORS for data", () => {
    expect(cspOf(INDEX)).toBe("default-src 'self'; script-src 'self'");
    const rules = parseHostHeaders(hostHeaders(cspOf(INDEX)));
    expect(rules.get('/*')).toEqual([
      ['Content-Security-Policy', "default-src 'self'; script-src 'self'; frame-ancestors *"],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ]);
    expect(rules.get('/*.json')).toEqual([['Access-Control-Allow-Origin', '*']]);
  });

  it('refuses a header line outside a path block', () => {
    expect(() => parseHostHeaders('  X-Frame-Options: DENY')).toThrow(/not a header line/);
  });
});

describe('file names from titles', () => {
  it('keeps letters of any script and drops what some system refuses', () => {
    expect(safeFileName('أذربيجان وقوة الاستقرار في غزة')).toBe('أذربيجان-وقوة-الاستقرار-في-غزة');
    expect(safeFileName('Who: "claims" <what>? / \\ | * 2026.')).toBe('Who-claims-what-2026');
    expect(safeFileName('Đà Nẵng – trận chiến')).toBe('Đà-Nẵng-trận-chiến');
  });

  it('never gives a reserved or empty name, or one longer than 80 characters', () => {
    expect(safeFileName('CON')).toBe('relgraph');
    expect(safeFileName('...', 'minimal')).toBe('minimal');
    expect(safeFileName('\u202Egnp.exe')).toBe('gnp-exe');
    expect(Array.from(safeFileName('ب'.repeat(200)))).toHaveLength(80);
  });
});
