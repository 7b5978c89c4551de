/**
 * `npm run publish -- <dataset.json> -o <folder> [--lang ar|en]`: the website folder that
 * "File › Download as a website" makes, from the command line. It runs that very feature: the
 * built app is served on a loopback port with the dataset, Chromium (Debian's, headless) opens
 * it and clicks the button, and the zip it downloads is unpacked into the folder. So both ways
 * give the same folder, link picture included. Exit status 0 on success, 1 when the dataset has
 * problems or the folder cannot be made, 2 on wrong usage.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { createI18n, isUiLang, type UiLang } from '../i18n';
import { describeProblem } from '../i18n/problems';
import { loadDatasetText } from '../model/load';
import { SITE_MANIFEST } from '../io/publish/site';

const CHROMIUM = '/usr/bin/chromium';
const DIST = resolve('dist');
const DATA_PATH = '__publish/dataset.json';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

interface Args {
  input: string;
  output: string;
  lang: UiLang;
}

function parseArgs(argv: readonly string[]): Args | null {
  let input: string | null = null;
  let output: string | null = null;
  let lang: UiLang = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-o' || arg === '--out') output = argv[++i] ?? null;
    else if (arg === '--lang') {
      const value = argv[++i] ?? '';
      if (!isUiLang(value)) return null;
      lang = value;
    } else if (arg.startsWith('-') || input) return null;
    else input = arg;
  }
  return input && output ? { input, output, lang } : null;
}

/** Serves dist/ and the dataset on 127.0.0.1 for the one page that makes the folder. */
function serve(dataset: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    if (path === DATA_PATH) {
      res.writeHead(200, { 'Content-Type': TYPES['.json'] ?? '' }).end(dataset);
      return;
    }
    const file = resolve(DIST, path || 'index.html');
    if (!file.startsWith(DIST + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Replaces a previous publication in place: only the files it listed go; anything else stays. */
function clearPrevious(folder: string): void {
  const manifest = join(folder, SITE_MANIFEST);
  if (!existsSync(manifest)) return;
  const listed = JSON.parse(readFileSync(manifest, 'utf8')) as unknown;
  if (!Array.isArray(listed)) return;
  for (const name of listed) {
    if (typeof name !== 'string' || name.includes('..')) continue;
    rmSync(join(folder, name), { force: true });
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const i18n = createI18n(args?.lang ?? 'en');
  const t = i18n.t.bind(i18n);
  if (!args) {
    console.error(t('io.publishUsage'));
    return 2;
  }
  if (!existsSync(args.input)) {
    console.error(t('io.publishNotFound', { file: args.input }));
    return 1;
  }
  const text = readFileSync(args.input, 'utf8');
  const loaded = loadDatasetText(text);
  if (!loaded.ok) {
    console.error(t('io.websiteInvalid'));
    for (const item of loaded.problems) {
      const { message, where } = describeProblem(i18n, item);
      console.error(`✗ ${args.input} › ${where}: ${message}`);
    }
    return 1;
  }
  const out = resolve(args.output);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, SITE_MANIFEST))) {
    console.error(t('io.publishNotEmpty', { folder: args.output }));
    return 1;
  }
  if (!existsSync(join(DIST, SITE_MANIFEST))) {
    console.log(t('io.publishBuilding'));
    const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
      stdio: 'inherit',
    });
    if (built.status !== 0) return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(t('io.publishNoChromium', { path: CHROMIUM }));
    return 1;
  }

  const { chromium } = await import('playwright-core');
  const server = await serve(text);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?graph=${DATA_PATH}#lang=${args.lang}`);
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0, {
      timeout: 60_000,
    });
    await page.getByTestId('file-menu-button').click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('download-website').click();
    const zip = readFileSync(await (await download).path());
    const files = unzipSync(new Uint8Array(zip));
    clearPrevious(out);
    for (const [name, bytes] of Object.entries(files)) {
      const path = resolve(out, name);
      if (!path.startsWith(out + sep)) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    const shown = args.output.replace(/\/+$/, '') || '.';
    console.log(t('io.publishDone', { count: Object.keys(files).length, folder: shown }));
    if (!('social.png' in files)) console.log(t('io.websiteNoPicture'));
    return 0;
  } finally {
    await browser.close();
    server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
