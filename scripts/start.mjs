#!/usr/bin/env node
/* global process, console */
// `npm start`: builds the app (vite build), serves dist/ with vite preview, and says where it
// is and how to reach it — also on a machine without a display, where `vite preview --open`
// failed without a word (vite swallows xdg-open's error).
//
//   npm start                      http://127.0.0.1:4173/ (the next free port if it is taken)
//   npm start -- --host            listen on all interfaces, to open it from another machine
//   npm start -- --port 8080       any other option goes to vite preview as it is
//   npm start -- --no-open         do not try to open a browser
//
// Exits with vite's exit code (128 + the signal number when vite was ended by a signal).
// SIGINT and SIGTERM are passed on to whichever vite is running.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(repoRoot);

const USAGE = `Usage: npm start [-- <options>]

Builds the app into dist/ (vite build), then serves it with vite preview at
http://127.0.0.1:4173/ (the next free port when 4173 is taken).

  --host           listen on all network interfaces, to open it from another machine
  --port <n>       use port n; this and any other option go to vite preview
                   (npx vite preview --help lists them)
  --no-open        do not try to open a browser
  -h, --help       show this help`;

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const noOpen = args.includes('--no-open');
// The rest goes to vite preview. If the caller asked vite itself to open a browser, let it,
// rather than opening two.
const previewArgs = args.filter((arg) => arg !== '--no-open');
const viteOpens = previewArgs.some((arg) => arg === '--open' || arg.startsWith('--open='));

/** @type {import('node:child_process').ChildProcess | null} */
let current = null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    // Ctrl+C already reaches vite (same process group); a `kill` of this process alone does not.
    if (current && current.exitCode === null && current.signalCode === null) current.kill(signal);
  });
}

/** Exit code of a child: its own, or 128 + the signal number, as a shell reports it. */
function exitCodeOf(code, signal) {
  if (code !== null) return code;
  return 128 + (constants.signals[signal] ?? 1);
}

/**
 * The project's own vite (node_modules/vite/bin/vite.js), as `npx --no-install vite` would find
 * it, but run by node directly: npx runs it through npm and a shell, which do not pass a
 * `kill -TERM` on to vite (it would keep serving, orphaned). Undefined when vite is not installed.
 */
function viteBin() {
  try {
    const require = createRequire(join(repoRoot, 'package.json'));
    const manifest = require('vite/package.json');
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.vite;
    return bin ? join(dirname(require.resolve('vite/package.json')), bin) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `vite <args>`; `onOutput`, when given, sees vite's standard output (which is still
 * printed as it comes). Resolves to the exit code.
 */
function vite(viteArgs, onOutput) {
  return new Promise((resolve) => {
    const bin = viteBin();
    if (!bin) {
      console.error('✗ vite is not installed here: run "npm ci" first, then "npm start" again.');
      resolve(1);
      return;
    }
    const child = spawn(process.execPath, [bin, ...viteArgs], {
      // stdin stays the terminal: vite preview reads its shortcuts there, and stops when it ends.
      stdio: ['inherit', onOutput ? 'pipe' : 'inherit', 'inherit'],
    });
    current = child;
    if (onOutput && child.stdout) {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        onOutput(chunk);
      });
    }
    child.on('error', (error) => {
      console.error(`✗ could not run vite: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      current = null;
      resolve(exitCodeOf(code, signal));
    });
  });
}

/** Whether a browser can be shown here at all. */
function displayAvailable() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Opens `url` in the default browser and says so if that fails. */
function openBrowser(url) {
  const [command, commandArgs] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]] // '': start's window title, so the URL is not taken for it
        : ['xdg-open', [url]];
  console.log(`Opening ${url} in your browser (${command})…`);
  let reported = false;
  const failed = (why) => {
    // A failed spawn emits 'error' and then 'close': say it once.
    if (reported) return;
    reported = true;
    console.log(`✗ could not open a browser: ${why}. Open ${url} in a browser yourself.`);
  };
  let stderr = '';
  // Own process group: stopping the server with Ctrl+C must not close the browser.
  const child = spawn(command, commandArgs, {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.on('error', (error) => {
    failed(
      error.code === 'ENOENT' ? `${command} is not installed` : `${command}: ${error.message}`,
    );
  });
  child.on('close', (code) => {
    if (code === 0 || code === null) return;
    const detail = stderr.trim().split('\n').filter(Boolean).pop();
    failed(`${command} exited with code ${code}${detail ? ` (${detail})` : ''}`);
  });
  child.unref();
}

/** What to print once vite preview has said where it listens. */
function explain(local, network) {
  const port = /^https?:\/\/[^/]*:(\d+)/.exec(local)?.[1] ?? '80';
  console.log('');
  console.log(`Relgraph is running at ${local} (Ctrl+C stops it).`);
  if (viteOpens) {
    // vite opens the browser itself.
  } else if (noOpen) {
    console.log('No browser is opened (--no-open).');
  } else if (displayAvailable()) {
    openBrowser(local);
  } else {
    console.log(
      `No display here (DISPLAY and WAYLAND_DISPLAY are not set), so no browser is opened: open ${local} in a browser on this machine.`,
    );
  }
  if (network.length > 0) {
    console.log(
      `It listens on all network interfaces: from another machine, open a Network address above (${network[0]}); a firewall may have to allow port ${port}.`,
    );
  } else {
    console.log('It listens on this machine only. To open it from another machine, either');
    console.log(
      '  - run "npm start -- --host" to listen on all network interfaces, and open the Network address it prints, or',
    );
    console.log(
      `  - keep it as it is and tunnel through SSH: on the other machine run "ssh -L ${port}:127.0.0.1:${port} user@machine" (user@machine: your login on this machine), then open http://127.0.0.1:${port}/ there.`,
    );
  }
  console.log('');
}

/** Watches vite preview's output for its Local and Network addresses. */
function urlWatcher() {
  let buffer = '';
  let local = null;
  const network = [];
  let timer = null;
  let done = false;
  return (chunk) => {
    if (done) return;
    // eslint-disable-next-line no-control-regex -- vite may colour its output
    buffer += chunk.replace(/\x1b\[[0-9;]*m/g, '');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const match = /(Local|Network):\s+(https?:\/\/\S+)/.exec(line);
      if (!match) continue;
      if (match[1] === 'Local') local ??= match[2];
      else network.push(match[2]);
      // vite prints the Network lines right after the Local ones: wait for them briefly.
      if (local && !timer) {
        timer = setTimeout(() => {
          done = true;
          explain(local, network);
        }, 300);
      }
    }
  };
}

async function main() {
  console.log('Building the app into dist/ (vite build)…');
  const built = await vite(['build']);
  if (interrupted) return built || 130;
  if (built !== 0) {
    console.error(
      `✗ the build failed (exit code ${built}), so there is nothing to serve: fix the errors above and run "npm start" again.`,
    );
    return built;
  }
  console.log('\nStarting the server (vite preview)…');
  return vite(['preview', ...previewArgs], urlWatcher());
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`✗ npm start: internal error: ${String(error)}`);
    process.exitCode = 1;
  },
);
