/**
 * "Download as a website" from the built app: with another dataset opened, the zip unpacks into
 * a folder that, served from a sub-path with the headers of its own _headers file, opens that
 * dataset (title, graph, Arabic entry, link preview) with no CSP violation; opened from the disk
 * it says how to serve it instead of staying blank.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseHostHeaders } from '../../src/io/publish/site';
import { launchBrowser, openApp, saveScreenshot, waitForGraphReady } from './browser';
import { recordViolations, violations } from './csp';
import { startStaticServer, type StaticServer } from './server';

const baseUrl = inject('baseUrl');
const MINIMAL = 'tests/fixtures/valid/minimal.json';
const minimal = JSON.parse(await readFile(MINIMAL, 'utf8')) as {
  title: { en: string; ar: string };
  entities: unknown[];
};

let browser: Browser;
let folder: string;
let files: Record<string, Uint8Array>;
let server: StaticServer | undefined;

/** Response headers of a path under the rules of a Netlify/Cloudflare `_headers` file. */
function headersFor(rules: Map<string, [string, string][]>, pathname: string, prefix: string) {
  const path = `/${pathname.slice(prefix.length)}`;
  const out: Record<string, string> = {};
  for (const [pattern, lines] of rules) {
    const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
    if (re.test(path)) for (const [name, value] of lines) out[name] = value;
  }
  return out;
}

beforeAll(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(join(tmpdir(), 'relgraph-site-'));
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('download as a website', () => {
  it('zips the app with the dataset on screen as its default graph', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en');
    try {
      const { page } = app;
      await page.getByTestId('file-input').setInputFiles(MINIMAL);
      await page.waitForFunction((title) => document.title.startsWith(title), minimal.title.en);
      await waitForGraphReady(page);
      await page.getByTestId('file-menu-button').click();
      const download = page.waitForEvent('download');
      await page.getByTestId('download-website').click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(
        'Azerbaijan-and-the-Gaza-stabilization-force-minimal-sample-website.zip',
      );
      files = unzipSync(new Uint8Array(await readFile(await saved.path())));
      await page.getByText(/^Downloaded .*-website\.zip: a website of \d+ files/).waitFor();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
    const names = Object.keys(files);
    for (const name of [
      'index.html',
      'ar.html',
      'graph.json',
      'social.png',
      'README.txt',
      '_headers',
      'site-files.json',
      'file-check.js',
    ]) {
      expect(names, name).toContain(name);
    }
    expect(names.some((name) => /^assets\/index-.*\.js$/.test(name))).toBe(true);
    const graph = JSON.parse(new TextDecoder().decode(files['graph.json'])) as { id: string };
    expect(graph.id).toBe('minimal');
    const listed = JSON.parse(new TextDecoder().decode(files['site-files.json'])) as string[];
    expect(listed).toEqual([...names].sort());
    const png = Buffer.from(files['social.png'] ?? new Uint8Array());
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1200,
      height: 630,
    });
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(folder, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    }
  });

  it('served from a sub-path with its own _headers: that dataset, no CSP violation', async () => {
    const rules = parseHostHeaders(await readFile(join(folder, '_headers'), 'utf8'));
    expect(rules.get('/*')?.map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
    ]);
    expect(rules.get('/*.json')).toEqual([['Access-Control-Allow-Origin', '*']]);
    const prefix = '/newsroom/2026/azerbaijan/';
    server = await startStaticServer({
      root: folder,
      prefix,
      headers: (pathname) => headersFor(rules, pathname, prefix),
    });
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(recordViolations);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(server.url);
      const csp = response?.headers()['content-security-policy'] ?? '';
      // The meta tag's policy, decoded from HTML (&#39; is a quote in a header), plus what only
      // a header can say.
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('&#');
      expect(csp).toContain('frame-ancestors *');
      await waitForGraphReady(page);
      const html = await (await page.request.get(server.url)).text();
      expect(html).toContain(`<title>${minimal.title.en}</title>`);
      expect(html).toContain('<meta property="og:image" content="social.png" />');
      expect(await page.evaluate(() => window.__relgraph?.elementIds().nodes.length)).toBe(
        minimal.entities.length,
      );
      expect(await page.evaluate(() => window.location.hash)).not.toContain('graph=');
      await saveScreenshot(page, 'published-site-en');

      await page.goto(`${server.url}ar.html`);
      await waitForGraphReady(page);
      expect(await page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual([
        'ar',
        'rtl',
      ]);
      expect(await page.locator('h1').first().textContent()).toContain(minimal.title.ar);
      await saveScreenshot(page, 'published-site-ar');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opened from the disk, it says how to serve the folder instead of a blank page', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(folder, 'index.html')).href);
      await page.getByText('This page must be opened from a web server').waitFor();
      expect(await page.getByText('python3 -m http.server 8000').count()).toBeGreaterThan(0);
      expect(await page.getByText('يجب فتح هذه الصفحة من خادم ويب').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('npm run publish makes the same folder from the command line', async () => {
    const out = join(folder, '..', `${folder.split('/').pop()}-cli`);
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'src/cli/publish.ts', MINIMAL, '-o', out],
        { timeout: 90_000 },
      );
      expect(stdout).toMatch(/^Wrote a website of \d+ files to /);
      const listed = (await readdir(out, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
        .sort();
      expect(listed).toEqual(Object.keys(files).sort());
      expect(await readFile(join(out, 'graph.json'), 'utf8')).toBe(
        new TextDecoder().decode(files['graph.json']),
      );
      expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(
        new TextDecoder().decode(files['index.html']),
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
