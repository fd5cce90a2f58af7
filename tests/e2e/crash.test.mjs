// A crash loses nothing: a panic forced through a test-only event leaves the last keystrokes
// in storage, and the page says what happened with a way to reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openApp, screenshot, appStarted } from './support.mjs';
import { item } from './fixture.mjs';

const env = appAndBrowser();

test('a crash saves every word on screen and says so, and a reload brings them back', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    const page = await openApp(context, env.server.url);
    await page.getByLabel('Report title').fill('Vetting inspection');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    // Typed just now: not yet saved when the app stops.
    await page.getByLabel('Introduction', { exact: true }).fill('Typed a moment before the crash.');
    await item(page, 1).getByLabel('Response', { exact: true }).fill('Also not saved yet.');
    const stored = () => page.evaluate(() => Object.keys(localStorage)
      .filter((key) => key.startsWith('response-drafter:draft:'))
      .map((key) => localStorage.getItem(key)).join('\n'));
    assert.doesNotMatch(await stored(), /Typed a moment before the crash/);
    const crashed = page.waitForEvent('pageerror');
    await page.evaluate(() => dispatchEvent(new Event('response-drafter:test-panic')));
    await crashed;
    const notice = page.getByRole('alert').filter({ hasText: 'Response Drafter stopped after an error' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /Everything you typed in “Vetting inspection” is saved\. Reload the page to carry on\./);
    const saved = await stored();
    assert.match(saved, /Typed a moment before the crash\./);
    assert.match(saved, /Also not saved yet\./);
    await screenshot(page, 'crash-notice');

    await Promise.all([page.waitForEvent('load'), notice.getByRole('link', { name: 'Reload the page' }).click()]);
    await appStarted(page);
    assert.equal(await page.getByLabel('Introduction', { exact: true }).inputValue(), 'Typed a moment before the crash.');
    assert.equal(await item(page, 1).getByLabel('Response', { exact: true }).inputValue(), 'Also not saved yet.');
  } finally {
    await context.close();
  }
});

test('a crash where storage refuses offers the draft as a file', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    const page = await openApp(context, env.server.url);
    await page.getByLabel('Report title').fill('Storage refuses');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByLabel('Introduction', { exact: true }).fill('Only in the download.');
    // From now on the browser refuses every write.
    await page.evaluate(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
    const crashed = page.waitForEvent('pageerror');
    await page.evaluate(() => dispatchEvent(new Event('response-drafter:test-panic')));
    await crashed;
    const notice = page.getByRole('alert').filter({ hasText: 'would not save your draft' });
    await notice.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('link', { name: 'Download the draft' }).click()]);
    const path = await download.path();
    const text = await (await import('node:fs/promises')).readFile(path, 'utf8');
    const file = JSON.parse(text);
    assert.equal(file.format, 'response-drafter-drafts');
    assert.equal(file.drafts[0].record.draft.introduction, 'Only in the download.');
  } finally {
    await context.close();
  }
});
