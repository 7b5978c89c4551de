import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ExtraRoute {
  body: string | Buffer;
  /** Content-Type, e.g. `text/html; charset=utf-8`. */
  type: string;
}

export interface StaticServerOptions {
  /** Directory to serve (e.g. the absolute path of `dist/`). */
  root: string;
  /** URL path the directory is mounted at, e.g. `/some/deep/path/`. Default `/`. */
  prefix?: string;
  /**
   * Extra in-memory files, served before anything in `root`. A key starting with `/` is an
   * absolute URL path (`/host.html`); any other key is relative to the prefix (`test.json`).
   */
  extraRoutes?: Record<string, ExtraRoute>;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Extra response headers for a file of `root`, by URL path (e.g. from a `_headers` file). */
  headers?: (pathname: string) => Record<string, string>;
  /**
   * Send the text files of `root` (html, js, mjs, css, json, svg) gzip-compressed (level 9) to a
   * request that accepts it, as a static host does: `Content-Encoding: gzip`,
   * `Vary: Accept-Encoding`. Default false: every file as it is on disk.
   */
  gzip?: boolean;
}

export interface StaticServer {
  /** Base URL of the mounted directory, always ending in `/`, e.g. `http://127.0.0.1:41234/app/`. */
  url: string;
  /** `http://127.0.0.1:41234` */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.gexf': 'application/gexf+xml; charset=utf-8',
  '.graphml': 'application/graphml+xml; charset=utf-8',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** `''`, `'app'`, `'/app'`, `'/app/'` → `'/'`, `'/app/'`, … */
function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : data);
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  send(req, res, status, 'text/plain; charset=utf-8', `${text}\n`);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** What `gzip: true` compresses; fonts (woff2) and images are already compressed. */
const GZIP_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/** `Accept-Encoding` names gzip (or `*`) without `q=0`. */
function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && (!q || Number(q.slice(2)) > 0);
  });
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * A small static file server for tests: serves `root` under `prefix`, `index.html` for
 * directories, 404 for anything else, and refuses to leave `root`.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const prefix = normalizePrefix(options.prefix);
  const host = options.host ?? '127.0.0.1';
  const root = await realpath(resolve(options.root));

  const extra = new Map<string, ExtraRoute>();
  for (const [key, route] of Object.entries(options.extraRoutes ?? {})) {
    extra.set(key.startsWith('/') ? key : prefix + key, route);
  }
  /** Compressed files (gzip: true), by real path, while the file on disk stays the same. */
  const compressed = new Map<string, { mtimeMs: number; size: number; data: Buffer }>();
  async function gzipped(path: string, body: Buffer): Promise<Buffer> {
    const info = await stat(path);
    const cached = compressed.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === body.length) {
      return cached.data;
    }
    const data = gzipSync(body, { level: 9 });
    compressed.set(path, { mtimeMs: info.mtimeMs, size: body.length, data });
    return data;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(req, res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed\n', {
        Allow: 'GET, HEAD',
      });
    }

    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    let pathname: string;
    try {
      // WHATWG URL parsing resolves `.`/`..` segments (also `%2e%2e`); decode afterwards.
      pathname = decodeURIComponent(new URL(rawPath, 'http://localhost').pathname);
    } catch {
      return sendText(req, res, 400, 'Bad Request');
    }
    if (pathname.includes('\0') || pathname.includes('\\')) {
      return sendText(req, res, 400, 'Bad Request');
    }

    const route = extra.get(pathname);
    if (route) return send(req, res, 200, route.type, route.body);

    // The mount point without its trailing slash: redirect so relative URLs resolve.
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      const query = (req.url ?? '').slice(rawPath.length);
      return send(req, res, 301, 'text/plain; charset=utf-8', '', { Location: prefix + query });
    }
    if (!pathname.startsWith(prefix)) return sendText(req, res, 404, 'Not Found');

    const relative = pathname.slice(prefix.length);
    // Decoded `..` (from `%2f`-encoded slashes) must never escape root.
    if (relative.split('/').some((segment) => segment === '..')) {
      return sendText(req, res, 403, 'Forbidden');
    }
    let file = resolve(root, `.${sep}${relative}`);
    if (!isInside(root, file)) return sendText(req, res, 403, 'Forbidden');

    if (await isDirectory(file)) {
      if (!pathname.endsWith('/')) {
        const query = (req.url ?? '').slice(rawPath.length);
        return send(req, res, 301, 'text/plain; charset=utf-8', '', {
          Location: `${encodeURI(pathname)}/${query}`,
        });
      }
      file = resolve(file, 'index.html');
    }
    if (!(await isFile(file))) return sendText(req, res, 404, 'Not Found');

    // Refuse symlinks that point outside root.
    const real = await realpath(file);
    if (!isInside(root, real)) return sendText(req, res, 403, 'Forbidden');

    const body = await readFile(real);
    const fileHeaders = options.headers?.(pathname);
    if (options.gzip && GZIP_EXTENSIONS.has(extname(real).toLowerCase())) {
      const zipped = acceptsGzip(req);
      return send(req, res, 200, mimeType(real), zipped ? await gzipped(real, body) : body, {
        ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
        Vary: 'Accept-Encoding',
        ...fileHeaders,
      });
    }
    return send(req, res, 200, mimeType(real), body, fileHeaders);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendText(req, res, 500, `Internal Server Error: ${String(err)}`);
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });

  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: origin + prefix,
    origin,
    port,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((err) => (err ? rejectClose(err) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
