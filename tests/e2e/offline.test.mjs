// Offline, installable, served from a sub-path, and run from a single file on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, launchWithProfile, openApp, distDir, eventually, preview, screenshot, appStarted } from './support.mjs';
import { writeWorker, SINGLE_FILE } from '../../scripts/post-build.mjs';

let browser;
const cleanups = [];
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A copy of the build that a test may change, as a new deployment would. */
async function copyOfBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'response-drafter-'));
  await cp(distDir, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function newContext() {
  return browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
}

/** Waits until the service worker has the build cached and controls the page. */
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
}

const saved = (page) => eventually(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).count(), 1);

test('after one visit the app opens, keeps its drafts, edits and copies with no network', async () => {
  const server = await serve(await copyOfBuild());
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openApp(context, server.url);
  await untilControlled(page);
  await page.getByLabel('Report title').fill('Offline inspection');
  await saved(page);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByLabel('Report title').inputValue(), 'Offline inspection');
  await page.getByLabel('Introduction', { exact: true }).fill('Written on a train.');
  await preview(page).getByText('Written on a train.').waitFor();
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'HTML copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /<p>Written on a train\.<\/p>/);

  const second = await openApp(context, server.url);
  assert.equal(await second.getByLabel('Report title').inputValue(), 'Offline inspection');
  assert.deepEqual([...page.errors, ...second.errors], []);
  await context.close();
});

test('on a first visit the service worker is installed only once the page is drawn', async () => {
  const server = await serve(await copyOfBuild());
  const context = await newContext();
  // What the page showed when it asked for the worker: installing it downloads the whole app
  // again, which must not compete with opening it.
  await context.addInitScript(() => {
    window.registrations = [];
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      const host = document.querySelector('.preview-host');
      window.registrations.push({
        items: document.querySelectorAll('fieldset.item').length,
        previewed: Boolean(host?.shadowRoot?.querySelector('h3')),
      });
      return register.apply(this, args);
    };
  });
  const page = await openApp(context, server.url);
  await untilControlled(page);
  assert.deepEqual(await page.evaluate(() => window.registrations), [{ items: 1, previewed: true }]);
  assert.deepEqual(page.errors, []);
  await context.close();
  await server.close();
});

test('served from a sub-path, every file loads, the worker is scoped there, and it can be installed', async () => {
  const server = await serve(await copyOfBuild(), { prefix: '/tools/response-drafter/' });
  const context = await launchWithProfile({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  const failed = [];
  context.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  context.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  const page = await openApp(context, server.url);
  await untilControlled(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${server.url}sw.js`);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), server.url);

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.name, 'Response Drafter');
  assert.deepEqual(manifest.icons.map((icon) => icon.sizes), ['192x192', '512x512', '512x512']);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  assert.deepEqual(failed, []);
  assert.deepEqual(page.errors, []);
  await context.close();
  await server.close();
});

test('the single-file app opens from disk, drafts, and keeps the draft across a reload', async () => {
  const file = join(await copyOfBuild(), SINGLE_FILE);
  const html = await readFile(file, 'utf8');
  assert.doesNotMatch(html, /<link[^>]+href="(?!data:)[^"]*"/, 'nothing is loaded from beside the file');
  assert.doesNotMatch(html, /<script[^>]+src=/);
  const context = await newContext();
  const page = await openApp(context, pathToFileURL(file).href);
  await page.getByLabel('Report title').fill('From a file on disk');
  await page.getByLabel('Introduction', { exact: true }).fill('- first\n- second');
  await preview(page).getByRole('listitem').filter({ hasText: 'second' }).waitFor();
  await saved(page);
  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByLabel('Report title').inputValue(), 'From a file on disk');
  await screenshot(page, 'single-file');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a new build is offered, never forced: typing carries on, and reloading brings it in', async () => {
  const dir = await copyOfBuild();
  const server = await serve(dir);
  const context = await newContext();
  const page = await openApp(context, server.url);
  await untilControlled(page);
  await page.evaluate(() => { window.stillTheSamePage = true; });

  // Deploy a new build while the person types.
  const introduction = page.getByLabel('Introduction', { exact: true });
  await introduction.fill('');
  const sentence = 'We welcome this report and accept every recommendation in it.';
  const typing = introduction.pressSequentially(sentence, { delay: 25 });
  const indexFile = join(dir, 'index.html');
  await writeFile(indexFile, (await readFile(indexFile, 'utf8')).replace('</body>', '<!-- new build --></body>'));
  const { build } = await writeWorker(dir);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.getByRole('status').filter({ hasText: 'A new version of Response Drafter is ready' });
  await banner.waitFor();
  await typing;
  assert.equal(await introduction.inputValue(), sentence);
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true);
  await screenshot(page, 'update-offered');

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()]);
  await appStarted(page);
  assert.equal(await page.evaluate(() => window.stillTheSamePage), undefined);
  assert.equal(await page.getByLabel('Introduction', { exact: true }).inputValue(), sentence);
  await eventually(() => page.evaluate(() => caches.keys()).then((keys) => keys.join()), `response-drafter ${server.url} ${build}`);
  const servedPage = await page.evaluate(() => fetch('index.html').then((r) => r.text()));
  assert.match(servedPage, /new build/);
  assert.equal(await page.getByRole('status').filter({ hasText: 'A new version' }).count(), 0);
  await context.close();
  await server.close();
});
