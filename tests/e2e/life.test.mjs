// A response's life over weeks of the computer's clock: the response date that must not go
// stale, marking it published, the section 55 record, corrections, the calendar event, and
// drafts from the format before the record kept dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appAndBrowser, openApp, eventually, preview, screenshot, appStarted } from './support.mjs';

const samples = new URL('../../core/tests/samples/', import.meta.url);
const env = appAndBrowser({ scratch: true });

const newContext = () => env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
const strip = (page) => page.getByRole('region', { name: 'Deadline and progress' });
const life = (page) => page.locator('details.life');
const saved = (page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
const library = (page) => page.getByRole('region', { name: 'Your drafts' });

/** Sets the computer's clock to 10 a.m. on `day`. */
const setClock = (page, day) => page.clock.setFixedTime(new Date(`${day}T10:00:00`));

async function openLife(page) {
  if (!(await life(page).getAttribute('open') !== null)) await life(page).locator('summary').click();
  return life(page);
}

/** Clicks `button` and resolves to the name and text of the file it downloads. */
async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function findings(page) {
  await page.getByRole('button', { name: /^Checks/ }).click();
  const panel = page.getByRole('region', { name: 'Checks' });
  await panel.waitFor();
  const text = await panel.innerText();
  await panel.getByRole('button', { name: 'Close checks' }).click();
  return text;
}

test('a response left for 50 days is warned of its date, then published, recorded and carried whole to a fresh browser', async () => {
  const context = await newContext();
  const page = await context.newPage();
  try {
    await setClock(page, '2026-12-01');
    await openApp(context, env.server.url, page);

    // A new draft has no response date: the preview marks where it will go.
    await page.getByLabel('Report title').fill('PEEL 2026: Kent');
    await page.getByLabel('Date the report was published').fill('20 November 2026');
    await page.getByLabel('Area or body responding').fill('Kent');
    assert.equal(await page.getByLabel('Date of this response').inputValue(), '');
    await preview(page).getByText('[response date not set]').waitFor();
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    assert.equal(await page.getByLabel('Date of this response').inputValue(), '1 December 2026');
    await eventually(() => preview(page).getByText('[response date not set]').count(), 0);
    await saved(page);
    assert.doesNotMatch(await findings(page), /days ago/);

    // Fifty days on, the date set on the first day is flagged.
    await setClock(page, '2027-01-20');
    await page.reload();
    await appStarted(page);
    const stale = await findings(page);
    assert.match(stale, /The response is dated 1 December 2026, 50 days ago\. Date it the day it will be published\./);
    assert.match(stale, /it is 6 days overdue/);

    // Marking it published asks for the date and a real address first.
    const panel = await openLife(page);
    await panel.getByLabel('Stage').selectOption({ label: 'Published' });
    const form = panel.getByRole('group', { name: 'Mark as published' });
    await form.getByRole('button', { name: /^Today/ }).click();
    await form.getByLabel('Address of the published page').fill('our website');
    await form.getByRole('button', { name: 'Mark as published' }).click();
    await form.getByRole('alert').filter({ hasText: 'Enter the full address of the published page' }).waitFor();
    assert.match(await panel.locator('summary').innerText(), /Stage: Drafting/);
    await form.getByLabel('Address of the published page').fill('https://www.kent-pcc.gov.uk/peel-2026');
    await form.getByRole('button', { name: 'Mark as published' }).click();
    await eventually(() => form.count(), 0);
    await eventually(async () => (await strip(page).innerText()).startsWith('Published on 20 January 2027: late by 6 days (last day 14 January 2027)'), true);
    assert.equal(await strip(page).getAttribute('data-urgency'), 'published');
    const after = await findings(page);
    assert.doesNotMatch(after, /overdue|days ago/, 'a published response is neither overdue nor stale');

    // The section 55 record, filled in as the steps are done.
    await panel.getByLabel('Chief constable invited to comment').fill('2/12/2026');
    await panel.getByLabel('The chief constable had no comments').check();
    await panel.getByLabel('Copy sent to HMICFRS').fill('21 January 2027');
    await panel.getByLabel('Copy sent to the Home Secretary').fill('21/1/2027');
    await eventually(() => panel.locator('summary').innerText(), 'Stage: Published · Section 55 record: 5 of 5 done');
    assert.equal(await panel.getByLabel('Response published').inputValue(), '20 January 2027');
    await saved(page);

    // The drafts list shows it published, never overdue.
    await page.getByRole('button', { name: 'All drafts' }).click();
    const row = library(page).getByRole('row', { name: /PEEL 2026: Kent/ });
    const rowText = await row.innerText();
    assert.match(rowText, /Published/);
    assert.match(rowText, /Published on 20 January 2027: late by 6 days/);
    assert.match(rowText, /5 of 5 done/);
    assert.doesNotMatch(rowText, /overdue/);
    await screenshot(page, 'life-library');
    await library(page).locator('summary').filter({ hasText: 'More actions for “PEEL 2026: Kent' }).click();
    const file = await downloaded(page, library(page).getByRole('button', { name: /^Export “PEEL 2026: Kent/ }));
    await library(page).getByRole('button', { name: 'Close drafts list' }).click();

    // Editing the published response asks first, and records the correction.
    assert.equal(await page.getByLabel('Report title').isDisabled(), true);
    await page.getByRole('button', { name: 'Yes, make a correction' }).click();
    assert.equal(await page.getByLabel('Report title').isDisabled(), false);
    await panel.getByText('Corrected after publication on 20 January 2027.').waitFor();
    await screenshot(page, 'life-panel');

    // A fresh browser imports the file whole.
    const fresh = await newContext();
    try {
      const other = await openApp(fresh, env.server.url);
      await other.getByRole('button', { name: 'All drafts' }).click();
      const path = join(env.scratch, file.name);
      await writeFile(path, file.text);
      await library(other).getByLabel('Import drafts from a file').setInputFiles(path);
      await library(other).getByRole('button', { name: /^Open “PEEL 2026: Kent/ }).click();
      const imported = await openLife(other);
      await eventually(() => imported.locator('summary').innerText(), 'Stage: Published · Section 55 record: 5 of 5 done');
      assert.equal(await imported.getByLabel('Chief constable invited to comment').inputValue(), '2 December 2026');
      assert.equal(await imported.getByLabel('Copy sent to the Home Secretary').inputValue(), '21 January 2027');
      assert.equal(await imported.getByLabel('The chief constable had no comments').isChecked(), true);
      assert.equal(await imported.getByLabel('Address of the published page').inputValue(), 'https://www.kent-pcc.gov.uk/peel-2026');
      assert.match(await strip(other).innerText(), /^Published on 20 January 2027: late by 6 days/);
      assert.deepEqual(other.errors, []);
    } finally {
      await fresh.close();
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('the drafts list names the response due next, sorts by last day to publish and hides what is published', async () => {
  const context = await newContext();
  try {
    const page = await context.newPage();
    await setClock(page, '2026-12-01');
    await openApp(context, env.server.url, page);
    let minute = 0;
    const draft = async (title, published) => {
      // A minute apart, so the list's order by last edit is the order they were written in.
      await page.clock.setFixedTime(new Date(`2026-12-01T10:${String(minute++).padStart(2, '0')}:00`));
      await page.getByLabel('Report title').fill(title);
      if (published) await page.getByLabel('Date the report was published').fill(published);
      await saved(page);
    };
    await draft('Custody 2026', '10 November 2026');
    for (const [title, published] of [['PEEL 2026', '1 October 2026'], ['Fraud 2026', '1 September 2026'], ['Undated 2026']]) {
      await page.getByRole('button', { name: 'New draft' }).click();
      await eventually(() => page.getByLabel('Report title').inputValue(), '');
      await draft(title, published);
      if (title === 'Fraud 2026') {
        const panel = await openLife(page);
        await panel.getByLabel('Stage').selectOption({ label: 'Published' });
        const form = panel.getByRole('group', { name: 'Mark as published' });
        await form.getByRole('button', { name: /^Today/ }).click();
        await form.getByLabel('Address of the published page').fill('https://www.example.gov.uk/fraud-2026');
        await form.getByRole('button', { name: 'Mark as published' }).click();
        await eventually(() => form.count(), 0);
        await saved(page);
      }
    }

    await page.getByRole('button', { name: 'All drafts' }).click();
    const list = library(page);
    const order = () => list.locator('tbody th[scope="row"]').allInnerTexts().then((names) => names.map((name) => name.replace(/\s*\(open\)$/, '')).join(' · '));
    await list.getByText('Due next: “PEEL 2026”, last day to publish 25 November 2026 (6 days overdue).').waitFor();
    assert.equal(await order(), 'Undated 2026 · Fraud 2026 · PEEL 2026 · Custody 2026', 'last edited first');

    await list.getByLabel('Sort by').selectOption({ label: 'Last day to publish' });
    await eventually(order, 'PEEL 2026 · Custody 2026 · Undated 2026 · Fraud 2026');
    await list.getByLabel('Only responses not yet published').check();
    await eventually(order, 'PEEL 2026 · Custody 2026 · Undated 2026');
    await screenshot(page, 'life-overview');

    // With every response published, the empty list says why and how to see them again.
    for (const title of ['PEEL 2026', 'Custody 2026', 'Undated 2026']) {
      await list.locator('summary').filter({ hasText: `More actions for “${title}”` }).click();
      await list.getByRole('button', { name: `Delete “${title}”` }).click();
      await list.getByRole('alertdialog', { name: 'Confirm delete' }).getByRole('button', { name: 'Yes, delete it' }).click();
    }
    await eventually(order, '');
    await list.getByText('Every response here has been published. Untick “Only responses not yet published” to see them.').waitFor();
    assert.equal(await list.getByText(/^Due next/).count(), 0, 'nothing is due once all is published');
    await list.getByLabel('Only responses not yet published').uncheck();
    await eventually(order, 'Fraud 2026');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('an unreadable date never leaves an old deadline on screen', async () => {
  const context = await newContext();
  try {
    const page = await context.newPage();
    await setClock(page, '2025-07-27');
    await openApp(context, env.server.url, page);
    await page.getByLabel('Report title').fill('An inspection');
    const published = page.getByLabel('Date the report was published');
    await published.fill('12/6/2025');
    await eventually(() => strip(page).locator('time').innerText(), 'Wednesday 6 August 2025');
    await published.fill('31/6/2025');
    await published.blur();
    await strip(page).getByText('The date the report was published cannot be read').waitFor();
    assert.equal(await strip(page).locator('time').count(), 0, 'no deadline from the earlier date');
    assert.doesNotMatch(await strip(page).innerText(), /6 August 2025/);
    await preview(page).getByText('[publication date not set]').waitFor();
    assert.doesNotMatch(await preview(page).innerText(), /12 June 2025/);
    await page.getByText('Enter a real date, for example 12 June 2025 or 12/6/2025').first().waitFor();
    // Put right, the deadline comes back.
    await published.fill('30/6/2025');
    await eventually(() => strip(page).locator('time').innerText(), 'Sunday 24 August 2025');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('the last day goes to the calendar as an all-day event with two reminders', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    await page.getByLabel('Report title').fill('An inspection');
    await page.getByLabel('Date the report was published').fill('10 January 2024');
    const panel = await openLife(page);
    const event = await downloaded(page, panel.getByRole('button', { name: 'Add to calendar' }));
    assert.match(event.name, /\.ics$/);
    assert.match(event.text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(event.text, /\r\nDTSTART;VALUE=DATE:20240305\r\n/, 'the 56th day, through 29 February');
    assert.match(event.text, /\r\nDTEND;VALUE=DATE:20240306\r\n/);
    assert.equal(event.text.match(/BEGIN:VALARM/g).length, 2);
    assert.match(event.text, /TRIGGER:-P14D\r\n[\s\S]*TRIGGER:-P3D\r\n/);
    await panel.getByRole('status').filter({ hasText: /Calendar event downloaded/ }).waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('a draft stored in format 2 opens with its ticks kept as steps done, dates not made up', async () => {
  const context = await newContext();
  try {
    const sample = await readFile(new URL('v2-record.json', samples), 'utf8');
    await context.addInitScript((text) => {
      if (localStorage.getItem('test-seeded')) return;
      localStorage.setItem('response-drafter:draft:19a1b2c3d4-5e6f', text);
      localStorage.setItem('test-seeded', 'yes');
    }, sample);
    const page = await openApp(context, env.server.url);
    await eventually(() => page.getByLabel('Report title').inputValue(), 'PEEL 2025');
    const panel = await openLife(page);
    assert.equal(await panel.locator('summary').innerText(), 'Stage: Drafting · Section 55 record: 2 of 5 done');
    assert.equal(await panel.getByLabel('Chief constable invited to comment').inputValue(), '');
    assert.equal(await panel.getByText('Ticked as done before dates were kept: enter the date if you have it.').count(), 2);
    // Saved again, it is stored in today's format with the record, and the list agrees.
    await page.getByLabel('Introduction').fill('Intro, edited');
    await saved(page);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('response-drafter:draft:19a1b2c3d4-5e6f')));
    assert.equal(stored.schema_version, 3);
    assert.equal(stored.draft.life.section_55.invited, 'date_not_recorded');
    assert.equal(stored.draft.checklist, undefined);
    await page.getByRole('button', { name: 'All drafts' }).click();
    assert.match(await library(page).getByRole('row', { name: /For sign-off/ }).innerText(), /2 of 5 done/);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('entering the date of publication in the section 55 record publishes the response, shown alike everywhere', async () => {
  const context = await newContext();
  const page = await context.newPage();
  try {
    await setClock(page, '2026-12-06');
    await openApp(context, env.server.url, page);
    await page.getByLabel('Report title').fill('Vetting 2025: Kent');
    await page.getByLabel('Date the report was published').fill('1 August 2025');
    await page.getByLabel('Area or body responding').fill('Kent');
    await page.getByLabel('Date of this response').fill('20 September 2025');
    await saved(page);
    // Long past its last day and not recorded as published: overdue, and due next.
    await page.getByRole('button', { name: 'All drafts' }).click();
    await library(page).getByText(/^Due next: “Vetting 2025: Kent”/).waitFor();
    await library(page).getByRole('button', { name: 'Close drafts list' }).click();

    // Only the record's date is entered, not the form: that publishes it.
    const panel = await openLife(page);
    await panel.getByLabel('Chief constable invited to comment').fill('2 August 2025');
    await panel.getByLabel('Response published').fill('20 September 2025');
    await panel.getByLabel('Address of the published page').fill('https://www.kent-pcc.gov.uk/vetting-2025');
    await eventually(() => panel.locator('summary').innerText(), 'Stage: Published · Section 55 record: 2 of 5 done');
    assert.equal(await panel.getByLabel('Stage').inputValue(), 'published');
    await eventually(async () => (await strip(page).innerText()).startsWith('Published on 20 September 2025, 50 days after the report (last day 25 September 2025)'), true);
    assert.doesNotMatch(await findings(page), /overdue/);
    await saved(page);

    await page.getByRole('button', { name: 'All drafts' }).click();
    const row = library(page).getByRole('row', { name: /Vetting 2025: Kent/ });
    const rowText = await row.innerText();
    assert.match(rowText, /Published/);
    assert.doesNotMatch(rowText, /overdue|Drafting/);
    assert.equal(await library(page).getByText(/^Due next/).count(), 0, 'nothing is due once it is published');
    await library(page).getByRole('button', { name: 'Close drafts list' }).click();

    // Set back to a stage before publication, it is no longer published, and says so.
    await panel.getByLabel('Stage').selectOption({ label: 'For sign-off' });
    await eventually(() => panel.locator('summary').innerText(), 'Stage: For sign-off · Section 55 record: 1 of 5 done');
    assert.equal(await panel.getByLabel('Response published').inputValue(), '');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
