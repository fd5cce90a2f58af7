// The deadline, progress and pre-publication checks, used as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openApp, screenshot, eventually, preview, appStarted } from './support.mjs';
import { fixtureParts, typeFixture, item } from './fixture.mjs';

const env = appAndBrowser();


/** A page whose clock reads `today` (a local date), with the app open on a new draft. */
async function openOn(today, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', ...options });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  const opened = await openApp(context, env.server.url, page);
  return { context, page: opened };
}

const deadline = (page) => page.getByRole('region', { name: 'Deadline and progress' });
const panel = (page) => page.getByRole('region', { name: 'Checks' });
const checksButton = (page) => page.getByRole('button', { name: /^Checks/ });
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('the fixture shows its last day, the day it was late by, and every item answered', async () => {
  const { context, page } = await openOn('2025-07-27');
  await typeFixture(page, fixtureParts());
  const strip = deadline(page);
  await eventually(() => strip.locator('time').innerText(), 'Wednesday 6 August 2025');
  assert.equal(await strip.locator('time').getAttribute('datetime'), '2025-08-06');
  assert.match(await strip.innerText(), /Last day to publish: Wednesday 6 August 2025 \(10 days left\)/);
  assert.match(await strip.innerText(), /This response is dated 7 August 2025, 1 day after the last day\./);
  await eventually(() => strip.getByText(/items answered/).innerText(), '4 of 4 items answered');
  assert.equal(await strip.getAttribute('data-urgency'), 'late');

  await page.getByLabel('Date of this response').fill('2025-08-06');
  await eventually(() => strip.getByText(/after the last day/).count(), 0);
  assert.equal(await strip.getAttribute('data-urgency'), 'in-time');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a draft with no publication date says how to get a deadline, and the link goes to the field', async () => {
  const { context, page } = await openOn('2025-07-27');
  const strip = deadline(page);
  assert.match(await strip.innerText(), /Enter the date the report was published/);
  await strip.getByRole('link', { name: 'Go to the publication date' }).click();
  assert.equal(await activeId(page), 'report-published');
  await page.getByLabel('Date the report was published').fill('2025-07-25');
  await eventually(() => strip.locator('time').innerText(), 'Thursday 18 September 2025');
  assert.equal(await strip.getAttribute('data-urgency'), 'in-time');
  await context.close();
});

test('findings are counted in the toolbar, link to their fields, and go when fixed', async () => {
  const { context, page } = await openOn('2025-07-27');
  const button = checksButton(page);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  // The draft is reviewed once the page is drawn, without opening anything.
  await button.locator('.count').first().waitFor();
  assert.match(await button.innerText(), /^Checks \d+/);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const checks = panel(page);
  await checks.waitFor();
  await eventually(() => activeId(page), 'checks-panel');

  // A new draft lacks a title, a publication date, a body and a response to its recommendation.
  const needsTitle = checks.getByRole('link', { name: 'Enter the title of the report you are responding to.' });
  await needsTitle.click();
  assert.equal(await activeId(page), 'report-title');
  await page.keyboard.type('An inspection of vetting');
  await eventually(() => needsTitle.count(), 0);

  const unanswered = checks.getByRole('link', { name: /^Recommendation 1 has no response\. Section 55\(5B\)/ });
  await unanswered.click();
  const response = item(page, 1).getByLabel('Response', { exact: true });
  assert.equal(await activeId(page), await response.getAttribute('id'));
  await page.keyboard.type('We will act on this. Date TBC.');
  await eventually(() => unanswered.count(), 0);
  const leftover = checks.getByRole('link', { name: '“TBC” is still in the response to Recommendation 1: replace it with the final words.' });
  await leftover.waitFor();
  assert.equal(await checks.getByText('Answered', { exact: true }).count(), 1);

  // Every finding, of either count.
  const count = async () => (await button.locator('.count').allInnerTexts())
    .reduce((total, text) => total + Number(text.replace(/\D/g, '')), 0);
  const before = await count();
  await response.fill('We will act on this by March.');
  await eventually(() => leftover.count(), 0);
  await eventually(count, before - 1);

  await checks.getByRole('button', { name: 'Close checks' }).click();
  await eventually(() => panel(page).count(), 0);
  assert.equal(await activeId(page), 'checks-button');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the section 55 record is dated in the draft, kept after a reload, and its progress shown in the checks', async () => {
  const { context, page } = await openOn('2025-07-27');
  const record = page.locator('details.life');
  await record.locator('summary').click();
  await record.getByLabel('Chief constable invited to comment').fill('13 June 2025');
  await record.getByLabel('Copy sent to HMICFRS').fill('1/8/2025');
  await eventually(() => record.locator('summary').innerText(), 'Stage: Drafting · Section 55 record: 2 of 5 done');
  await checksButton(page).click();
  await panel(page).getByText(/^2 of 5 done\. The steps the law asks for/).waitFor();
  await eventually(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).count(), 1);
  await page.reload();
  await appStarted(page);
  await page.locator('details.life summary').click();
  const reloaded = page.locator('details.life');
  assert.equal(await reloaded.getByLabel('Chief constable invited to comment').inputValue(), '13 June 2025');
  assert.equal(await reloaded.getByLabel('Copy sent to HMICFRS').inputValue(), '1 August 2025');
  assert.equal(await reloaded.getByLabel('Copy sent to the Home Secretary').inputValue(), '');
  await context.close();
});

test('the copy confirmation says what the checks still find', async () => {
  const { context, page } = await openOn('2025-07-27');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  const confirmation = page.getByRole('status').filter({ hasText: 'HTML copied' });
  await confirmation.waitFor();
  assert.match(await confirmation.innerText(), /Checks: 3 need fixing and 2 worth checking\.$/);
  await context.close();
});

test('a bare web address is named from its finding, with no markup to type', async () => {
  const { context, page } = await openOn('2025-07-27');
  try {
    const closing = page.getByLabel('Closing', { exact: true });
    await closing.fill('Our response is published at https://opcc.example/response today.');
    await checksButton(page).click();
    const finding = panel(page).getByRole('listitem').filter({ hasText: 'shows a bare web address (https://opcc.example/response)' });
    await finding.waitFor();
    assert.doesNotMatch(await panel(page).innerText(), /\]\(/, 'no finding shows markup to type');
    await finding.getByRole('button', { name: 'Name the link' }).click();
    await finding.getByRole('alert').filter({ hasText: 'Enter the words to show' }).waitFor();
    await finding.getByLabel('Words to show for https://opcc.example/response').fill('our response to the report');
    await finding.getByRole('button', { name: 'Name the link' }).click();
    await eventually(() => closing.inputValue(), 'Our response is published at [our response to the report](https://opcc.example/response) today.');
    await preview(page).getByRole('link', { name: 'our response to the report' }).waitFor();
    assert.equal(await preview(page).getByRole('link', { name: 'our response to the report' }).getAttribute('href'), 'https://opcc.example/response');
    await eventually(() => panel(page).getByText('shows a bare web address').count(), 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('text quoted in a finding is shown as text, never run', async () => {
  const { context, page } = await openOn('2025-07-27');
  const hostile = '[insert <img src=x onerror="window.pwned=1">]';
  await page.getByLabel('Introduction', { exact: true }).fill(hostile);
  await checksButton(page).click();
  await panel(page).getByRole('link', { name: `“${hostile}” is still in the introduction: replace it with the final words.` }).waitFor();
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await panel(page).locator('img').count(), 0);
  await context.close();
});

test('screenshots of the deadline and checks, wide and narrow', async () => {
  for (const [name, viewport] of [['checks-wide', { width: 1400, height: 900 }], ['checks-narrow', { width: 390, height: 844 }]]) {
    const { context, page } = await openOn('2025-07-27', { viewport });
    await typeFixture(page, fixtureParts());
    await item(page, 2).getByLabel('Response', { exact: true }).fill('Work will finish by xxx. See [here](https://example.org).');
    await checksButton(page).click();
    await panel(page).getByRole('link', { name: /“xxx” is still/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
    await context.close();
  }
});

test('going to a finding selects the words it is about', async () => {
  const { context, page } = await openOn('2025-07-27');
  try {
    await page.getByLabel('Introduction', { exact: true }).fill('I welcome the report. We will answer within eight weeks of its publication, as the law asks.');
    await checksButton(page).click();
    await panel(page).getByRole('link', { name: /says “eight weeks”/ }).click();
    const selected = await page.evaluate(() => {
      const field = document.activeElement;
      return { id: field.id, words: field.value.slice(field.selectionStart, field.selectionEnd) };
    });
    assert.deepEqual(selected, { id: 'introduction', words: 'eight weeks' });
  } finally {
    await context.close();
  }
});

test('the Checks button counts what must be fixed apart from the rest, and a blank draft is not in alarm', async () => {
  const { context, page } = await openOn('2025-07-27');
  try {
    const button = checksButton(page);
    await button.locator('.count').first().waitFor();
    // A new draft nobody has written in: its things to fix are counted, not in red.
    assert.equal(await button.locator('.count.has-fixes').count(), 0);
    await page.getByLabel('Report title').fill('An inspection of vetting');
    await button.locator('.count.has-fixes').waitFor();
    await page.getByRole('button', { name: /^Checks \d+ to fix( \d+ to look at)?$/ }).waitFor();
    // Fix what must be fixed: only the neutral count is left.
    await page.getByLabel('Date the report was published').fill('12 June 2025');
    await page.getByLabel('Area or body responding').fill('Kent');
    await item(page, 1).getByLabel('Response', { exact: true }).fill('We have reviewed our vetting and every officer has been checked again since the report came out.');
    await eventually(() => button.locator('.count.has-fixes').count(), 0);
    await page.getByRole('button', { name: /^Checks( \d+ to look at)?$/ }).waitFor();
  } finally {
    await context.close();
  }
});
