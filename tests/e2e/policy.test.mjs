// The app's Content-Security-Policy: it allows only what the app needs, and the main flows run
// under it with no violation, served, under a sub-path, offline and as the single file on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, openApp, distDir, eventually, preview } from './support.mjs';
import { SINGLE_FILE } from '../../scripts/post-build.mjs';
import { fixturePath } from './support.mjs';

let browser;
let scratch;
before(async () => {
  browser = await launch();
  scratch = await mkdtemp(join(tmpdir(), 'response-drafter-policy-'));
});
after(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** A context whose pages keep every policy violation they meet. */
async function watchedContext() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return context;
}

const violations = (page) => page.evaluate(() => window.policyViolations);

/** Drafting, copying, publishing, importing, the drafts list and help, as a person would. */
async function mainFlows(page) {
  await page.getByLabel('Report title').fill('PEEL 2025: Kent');
  await page.getByLabel('Date the report was published').fill('12 June 2025');
  await page.getByLabel('Introduction', { exact: true }).fill('We **welcome** it.\n1. one\nWhy.\n2. two\nSee https://opcc.example/plan');
  await preview(page).getByRole('link', { name: 'https://opcc.example/plan' }).waitFor();
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'HTML copied' }).waitFor();

  await page.getByRole('button', { name: 'Publish…' }).click();
  const publish = page.getByRole('region', { name: 'Publish' });
  await publish.getByRole('button', { name: 'Copy Markdown' }).click();
  await publish.getByRole('status').filter({ hasText: 'Markdown copied' }).waitFor();
  await publish.getByLabel('My website’s stylesheet').check();
  await publish.getByLabel('Your website’s CSS').fill('h2 { color: rgb(200, 0, 0); }');
  await eventually(() => preview(page).getByRole('heading', { name: /PCC response/ }).evaluate((h) => getComputedStyle(h).color), 'rgb(200, 0, 0)');
  for (const name of ['Download web page', 'Download Word document']) {
    const [download] = await Promise.all([page.waitForEvent('download'), publish.getByRole('button', { name }).click()]);
    await download.path();
  }
  await publish.getByRole('button', { name: 'Close publish options' }).click();

  await page.getByRole('button', { name: 'Import text' }).click();
  const dialog = page.getByRole('region', { name: 'Import text' });
  await page.getByLabel('Text to import').fill(await readFile(fixturePath, 'utf8'));
  await dialog.getByRole('region', { name: 'How it will look' }).getByRole('heading', { name: /response dated 7 August 2025/ }).waitFor();
  await dialog.getByRole('button', { name: 'Create a new draft from this' }).click();

  await page.getByRole('button', { name: 'All drafts' }).click();
  await page.getByRole('heading', { name: 'Your drafts' }).waitFor();
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('heading', { name: 'Help and guide' }).waitFor();
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

/** The policy is in force: an inline script put into the page is refused and reported. */
async function policyHolds(page) {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ranInjected = true;';
    document.body.append(script);
  });
  await eventually(() => page.evaluate(() => window.policyViolations.length), 1);
  assert.equal(await page.evaluate(() => window.ranInjected), undefined);
  assert.deepEqual(await violations(page), ['script-src-elem blocked inline']);
}

test('the app runs its main flows under its policy, served and under a sub-path', async () => {
  for (const prefix of ['/', '/tools/response-drafter/']) {
    const server = await serve(distDir, { prefix });
    const context = await watchedContext();
    try {
      const page = await openApp(context, server.url);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      assert.doesNotMatch(policy, /'unsafe-eval'|\*|https?:/);
      await mainFlows(page);
      assert.deepEqual(await violations(page), [], `under ${prefix}`);
      assert.deepEqual(page.errors, []);
      await policyHolds(page);
    } finally {
      await context.close();
      await server.close();
    }
  }
});

test('offline, through the service worker, the policy still lets the app run', async () => {
  const dir = await mkdtemp(join(scratch, 'build-'));
  await cp(distDir, dir, { recursive: true });
  const server = await serve(dir);
  const context = await watchedContext();
  try {
    const page = await openApp(context, server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await eventually(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true, 15000);
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Copy HTML' }).waitFor();
    await mainFlows(page);
    assert.deepEqual(await violations(page), []);
    await policyHolds(page);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the single file opened from disk runs under its own policy', async () => {
  const file = join(scratch, SINGLE_FILE);
  await cp(join(distDir, SINGLE_FILE), file);
  const context = await watchedContext();
  try {
    const page = await openApp(context, pathToFileURL(file).href);
    assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /'wasm-unsafe-eval' 'sha256-/);
    await mainFlows(page);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await policyHolds(page);
  } finally {
    await context.close();
  }
});
