// What a colleague round and a phone still tripped over: the copy message that covered a
// phone's screen, the drafts list that forgot its sort and coloured overdue rows only, the
// header's many stops before the form, and the focus lost when a panel closed on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openApp, eventually, screenshot, pressInHeader, appStarted } from './support.mjs';

const env = appAndBrowser();
const saved = (page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
const library = (page) => page.getByRole('region', { name: 'Your drafts' });

test('on a phone the copy message gives way, Escape dismisses it, and a closed panel leaves the focus on Menu', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await openApp(context, env.server.url);
    await page.getByLabel('Report title').fill('PEEL 2025');
    await saved(page);
    await page.getByRole('button', { name: 'Copy HTML' }).click();
    const message = page.locator('.copy-notice');
    await message.getByText('HTML copied.').waitFor();
    const box = await message.boundingBox();
    await screenshot(page, 'phone-after-copy');
    assert.ok(box.height < 844 * 0.15, `the message takes ${Math.round(box.height)} px of 844`);
    await page.keyboard.press('Escape');
    await eventually(() => message.isVisible(), false);

    // Versions opened through the Menu and closed: the focus is on Menu, not lost.
    await pressInHeader(page, 'Versions');
    const versions = page.getByRole('region', { name: 'Versions of this draft' });
    await versions.getByRole('button', { name: 'Close versions' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.id), 'menu-button');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('a skip link passes the header, the drafts list keeps its sort, and overdue rows say so in words', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  try {
    await page.clock.setFixedTime(new Date('2026-12-06T10:00:00'));
    await openApp(context, env.server.url, page);
    await page.getByLabel('Report title').fill('Late: Kent');
    await page.getByLabel('Date the report was published').fill('1 August 2026');
    await saved(page);
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByLabel('Report title').fill('In time: Kent');
    await page.getByLabel('Date the report was published').fill('1 December 2026');
    await saved(page);

    // The first stop from the keyboard skips the header's buttons to the draft.
    await page.reload();
    await appStarted(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the draft');
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement.id), 'report-title');

    await pressInHeader(page, 'All drafts');
    const late = library(page).getByRole('row', { name: /Late: Kent/ });
    assert.match(await late.innerText(), /Overdue: 25 September 2026/);
    assert.doesNotMatch(await library(page).getByRole('row', { name: /In time: Kent/ }).innerText(), /Overdue/);
    // Sorted by the last day, closed and opened again: still so.
    await library(page).getByLabel('Sort by').selectOption({ label: 'Last day to publish' });
    await library(page).getByRole('button', { name: 'Close drafts list' }).click();
    await pressInHeader(page, 'All drafts');
    assert.equal(await library(page).getByLabel('Sort by').inputValue(), 'last-day');
    const first = await library(page).locator('tbody tr').first().innerText();
    assert.match(first, /Late: Kent/);
    await screenshot(page, 'drafts-list-overdue');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('with one version kept, Compare these compares it with now', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  try {
    const page = await openApp(context, env.server.url);
    await page.getByLabel('Report title').fill('PEEL 2025');
    await saved(page);
    await pressInHeader(page, 'Versions');
    const versions = page.getByRole('region', { name: 'Versions of this draft' });
    await versions.getByLabel('Name this version').fill('First');
    await versions.getByRole('button', { name: 'Keep this version' }).click();
    await versions.getByRole('status').filter({ hasText: 'Kept this version as “First”.' }).waitFor();
    await page.getByLabel('Report title').fill('PEEL 2025: Kent');
    await saved(page);
    assert.equal(await versions.locator('.versions-list li').count(), 1);
    await versions.getByRole('button', { name: 'Compare these' }).click();
    await versions.getByRole('region', { name: /^“First” \(.*\) and now$/ }).waitFor();
    assert.equal(await versions.getByText('Choose the version to compare from.').count(), 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
