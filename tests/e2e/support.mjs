// Shared set-up for the browser tests: a static server for the built app on 127.0.0.1 and
// a headless Chromium driven through playwright-core.
import { createServer } from 'node:http';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { readFile, readdir, stat, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The tests' own build, never dist/: a `trunk serve` running beside them rebuilds dist/ with
// its live-reload script whenever a file changes.
export const distDir = process.env.RESPONSE_DRAFTER_DIST ?? join(root, 'target', 'e2e-dist');
export const artifactsDir = join(root, 'tests', 'artifacts');
export const fixturePath = join(root, '..', 'shared', 'fixtures', 'avon-somerset-soc-2025.txt');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * Serves `dir` on an ephemeral loopback port, under the path `prefix` (as a website might host
 * the app at /tools/response-drafter/); resolves to { url, close }. With `compress`, bodies
 * are compressed (Brotli, else gzip) for clients that accept it, and the build's hashed files
 * may be kept a year, as a web server set up for the app would serve them.
 */
export async function serve(dir = distDir, { prefix = '/', compress = false } = {}) {
  const compressed = new Map();
  const squeeze = (file, encoding, body) => {
    const key = `${encoding} ${file}`;
    if (!compressed.has(key)) {
      compressed.set(key, encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return compressed.get(key);
  };
  if (compress) {
    // Compressed before the first request, as a web server's precompressed files would be.
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath ?? entry.path, entry.name);
      const body = await readFile(file);
      squeeze(file, 'br', body);
      squeeze(file, 'gzip', body);
    }
  }
  const server = createServer(async (req, res) => {
    try {
      const requested = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!requested.startsWith(prefix)) throw new Error('outside the prefix');
      const path = requested.slice(prefix.length);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      const accepts = req.headers['accept-encoding'] ?? '';
      if (compress) {
        if (/-[0-9a-f]{16}(_bg)?\.\w+$/.test(file)) headers['cache-control'] = 'public, max-age=31536000, immutable';
        if (/\bbr\b/.test(accepts)) {
          headers['content-encoding'] = 'br';
          res.writeHead(200, headers);
          res.end(squeeze(file, 'br', body));
          return;
        }
        if (/\bgzip\b/.test(accepts)) {
          headers['content-encoding'] = 'gzip';
          res.writeHead(200, headers);
          res.end(squeeze(file, 'gzip', body));
          return;
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A test that fails before it closes its server must not keep the test run from ending.
  server.unref();
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

const launchOptions = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

/** Extra Chromium switches may be given, e.g. the benchmark's to stop frames waiting on vsync. */
export async function launch(extraArgs = []) {
  return chromium.launch({ ...launchOptions, args: [...launchOptions.args, ...extraArgs] });
}

/**
 * A browser with a profile on disk, as a person's is (Chromium offers to install apps only
 * outside incognito); resolves to its one context, which `close()` ends and removes.
 */
export async function launchWithProfile(options = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'response-drafter-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, ...options });
  const close = context.close.bind(context);
  context.close = async () => { await close(); await rm(profile, { recursive: true, force: true }); };
  return context;
}

/**
 * For a test file: serves the built app and launches a browser before its tests, and stops
 * both after; with `scratch`, also a temporary folder for files the tests write. Resolves
 * nothing itself: read `server`, `browser` and `scratch` off the returned object in the tests.
 */
export function appAndBrowser({ scratch = false } = {}) {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
    if (scratch) env.scratch = await mkdtemp(join(tmpdir(), 'response-drafter-test-'));
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    if (env.scratch) await rm(env.scratch, { recursive: true, force: true });
  });
  return env;
}

let axeSource;

/**
 * Loads axe-core into the page, if it is not there yet. Evaluated through the DevTools protocol
 * rather than added as a script, which the page's Content-Security-Policy rightly refuses.
 */
export async function injectAxe(page) {
  if (await page.evaluate(() => Boolean(window.axe))) return;
  axeSource ??= await readFile(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
}

/** Opens the app in a page and waits until it is interactive. */
export async function openApp(context, url, page = undefined) {
  page ??= await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.errors = errors;
  await page.goto(url);
  await appStarted(page);
  return page;
}

/**
 * Waits for the app's own page, not the first screen drawn before it starts (whose controls
 * are inert copies of the app's, named alike), with its parts drawn down to the preview.
 */
export async function appStarted(page) {
  await page.locator('#first-paint').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Copy HTML' }).waitFor();
  await page.locator('.preview-host').waitFor({ state: 'attached' });
}

/** Waits for a comparison of two versions, worked out by the app's worker, to be drawn in `region`. */
export async function compared(region) {
  await region.waitFor();
  await region.getByText('Comparing…', { exact: true }).waitFor({ state: 'detached' });
}

/** Presses a button of the header, through its Menu where a narrow screen folds it away. */
export async function pressInHeader(page, name) {
  const button = page.locator('.app-header').getByRole('button', { name, exact: true });
  if (!(await button.isVisible())) await page.locator('.app-header').getByRole('button', { name: 'Menu' }).click();
  await button.click();
}

export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: false });
}

/** Waits until `read()` gives `expected`, for updates that land a frame after a click. */
export async function eventually(read, expected, timeout = 5000) {
  const end = Date.now() + timeout;
  let actual = await read();
  while (actual !== expected && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await read();
  }
  assert.equal(actual, expected);
}

/** The preview region. */
export const preview = (page) => page.getByRole('region', { name: 'Preview' });
