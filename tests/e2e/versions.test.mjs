// A draft's versions: kept by hand with a name and at moments that matter, compared with now
// (words marked as inserted or deleted), restored and the restore undone, and given up oldest
// first when storage runs out, never at the draft's expense.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { appAndBrowser, openApp, eventually, screenshot, pressInHeader, injectAxe, appStarted, compared } from './support.mjs';
import { item } from './fixture.mjs';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const env = appAndBrowser();

const newContext = () => env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
const panel = (page) => page.getByRole('region', { name: 'Versions of this draft' });
const saved = (page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
const intro = (page) => page.getByLabel('Introduction', { exact: true });

async function openVersions(page) {
  if (!(await panel(page).count())) await pressInHeader(page, 'Versions');
  await panel(page).waitFor();
  return panel(page);
}

test('a named version, compared with the draft after edits, restored, and the restore undone', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    await page.getByLabel('Report title').fill('PEEL 2025');
    await intro(page).fill('We welcome this report and will act on it.');
    await saved(page);
    const versions = await openVersions(page);
    await versions.getByRole('button', { name: 'Keep this version' }).click();
    await versions.getByRole('status').filter({ hasText: 'Enter a name for this version' }).waitFor();
    await versions.getByLabel('Name this version').fill('Sent to the chief constable');
    await versions.getByRole('button', { name: 'Keep this version' }).click();
    await versions.getByRole('status').filter({ hasText: 'Kept this version as “Sent to the chief constable”.' }).waitFor();

    await intro(page).fill('We welcome this thorough report and will act on it quickly.');
    await saved(page);
    await versions.getByRole('button', { name: /^Compare with now: “Sent to the chief constable”/ }).click();
    const comparison = versions.getByRole('region', { name: /^“Sent to the chief constable” \(.*\) and now$/ });
    await comparison.getByRole('heading', { name: 'The introduction' }).waitFor();
    assert.deepEqual(await comparison.locator('ins').allInnerTexts(), ['thorough ', 'it quickly.']);
    assert.deepEqual(await comparison.locator('del').allInnerTexts(), ['it.']);
    assert.match(await comparison.innerText(), /1 part differs\./);
    await screenshot(page, 'versions-compared');

    // The same changes as Word's tracked changes, to accept or reject there.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      versions.getByRole('button', { name: /^Download changes since as Word: “Sent to the chief constable”/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^pcc-response-peel-2025-changes-since-sent-to-the-chief-constable-\d{4}-\d\d-\d\d\.docx$/);
    const script = `
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
d = z.read('word/document.xml').decode()
print('|'.join(re.findall(r'<w:ins [^>]*><w:r><w:t xml:space="preserve">([^<]*)</w:t>', d)))
print('|'.join(re.findall(r'<w:delText xml:space="preserve">([^<]*)</w:delText>', d)))
`;
    const { stdout } = await run('python3', ['-c', script, await download.path()]);
    const [inserted, deleted] = stdout.trim().split('\n');
    assert.equal(inserted, 'thorough |it quickly.');
    assert.equal(deleted, 'it.');
    // Opened in a word processor: LibreOffice Writer finds the changes, and accepting them all
    // gives the draft as it is now, rejecting them all the version it was compared with.
    const office = await run('/usr/bin/python3', [join(root, 'tests', 'libreoffice', 'tracked_changes.py'), await download.path()], { timeout: 120_000 });
    const [changes, accepted, rejected] = office.stdout.trim().split('\n');
    assert.equal(Number(changes), 3, 'two insertions and a deletion');
    assert.match(JSON.parse(accepted), /\nWe welcome this thorough report and will act on it quickly\.\n/);
    assert.match(JSON.parse(rejected), /\nWe welcome this report and will act on it\.\n/);
    await versions.getByRole('status').filter({ hasText: /Downloaded .*docx: open it in Word to accept or reject each change/ }).waitFor();

    await versions.getByRole('button', { name: /^Restore: “Sent to the chief constable”/ }).click();
    await eventually(() => intro(page).inputValue(), 'We welcome this report and will act on it.');
    await versions.getByRole('status').filter({ hasText: 'Restored “Sent to the chief constable”.' }).waitFor();
    await saved(page);
    // The restore is undone by restoring the version kept before it.
    await versions.getByRole('button', { name: /^Restore: “Before restoring an earlier version”/ }).click();
    await eventually(() => intro(page).inputValue(), 'We welcome this thorough report and will act on it quickly.');
    await saved(page);
    await page.reload();
    await appStarted(page);
    assert.equal(await intro(page).inputValue(), 'We welcome this thorough report and will act on it quickly.');
    const list = await openVersions(page);
    const titles = await list.locator('.versions-list li strong').allInnerTexts();
    assert.ok(titles.includes('Sent to the chief constable'), titles.join(' | '));
    assert.equal(titles.filter((t) => t === 'Before restoring an earlier version').length, 2, titles.join(' | '));
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('copying the HTML and changing the stage keep versions by themselves', async () => {
  const context = await newContext();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openApp(context, env.server.url);
    await intro(page).fill('First words.');
    await saved(page);
    await page.getByRole('button', { name: 'Copy HTML' }).click();
    await intro(page).fill('Second words.');
    await saved(page);
    await page.locator('details.life summary').click();
    await page.getByLabel('Stage').selectOption({ label: 'For sign-off' });
    const versions = await openVersions(page);
    const titles = await versions.locator('.versions-list li strong').allInnerTexts();
    assert.deepEqual(titles, ['When the stage changed', 'When the HTML was copied']);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('when storage is full, the oldest automatic versions make room and the draft is saved', async () => {
  const context = await newContext();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openApp(context, env.server.url);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await intro(page).fill(`Long words. ${'word '.repeat(3000)}`);
    await saved(page);
    for (const words of ['One.', 'Two.', 'Three.']) {
      await page.getByLabel('Closing', { exact: true }).fill(words);
      await saved(page);
      await page.getByRole('button', { name: 'Copy HTML' }).click();
    }
    const versions = await openVersions(page);
    await versions.getByLabel('Name this version').fill('Signed off');
    await versions.getByRole('button', { name: 'Keep this version' }).click();
    await versions.getByRole('status').filter({ hasText: 'Kept this version' }).waitFor();
    await versions.getByRole('button', { name: 'Close versions' }).click();
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('response-drafter:history:')))).length);
    assert.equal(before, 4);
    // Storage filled to the brim by something else.
    await page.evaluate(() => {
      for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10]) {
        for (let i = 0; ; i++) {
          try { localStorage.setItem(`filler-${size}-${i}`, 'x'.repeat(size)); } catch { break; }
        }
      }
    });
    await intro(page).fill(`Long words, edited. ${'word '.repeat(3000)} and more at the end.`);
    await page.getByRole('alert').filter({ hasText: /To make room, the (\d+ )?oldest versions? kept automatically/ }).waitFor();
    await saved(page);
    const stored = await page.evaluate(() => {
      const draft = JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('response-drafter:draft:'))));
      const history = JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('response-drafter:history:'))) ?? '[]');
      return { intro: draft.draft.introduction, versions: history.map((v) => v.name ?? v.reason) };
    });
    assert.match(stored.intro, /and more at the end\.$/, 'the draft is saved whole');
    assert.ok(stored.versions.length < before, `${stored.versions.length} of ${before} versions left`);
    assert.ok(stored.versions.includes('Signed off'), 'the named version stays');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

const library = (page) => page.getByRole('region', { name: 'Your drafts' });
const response = (page) => item(page, 1).getByLabel('Response', { exact: true });

/** Exports the draft called `title` from the drafts list; resolves to the file's path. */
async function exportDraft(page, title) {
  await pressInHeader(page, 'All drafts');
  const list = library(page);
  await list.locator('summary').filter({ hasText: `More actions for “${title}` }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: `Export “${title}`, exact: false }).click(),
  ]);
  const path = await download.path();
  await list.getByRole('button', { name: 'Close drafts list' }).click();
  return path;
}

async function importFile(page, path) {
  await pressInHeader(page, 'All drafts');
  await library(page).getByLabel('Import drafts from a file').setInputFiles(path);
}

test('a copy exported, edited in another browser and here, merges back with its collision chosen by keyboard', async () => {
  const here = await newContext();
  const there = await newContext();
  try {
    const page = await openApp(here, env.server.url);
    await page.getByLabel('Report title').fill('PEEL 2025');
    await intro(page).fill('We welcome the report. It is thorough.');
    await response(page).fill('Training starts in May.');
    await saved(page);
    const sent = await exportDraft(page, 'PEEL 2025');

    // A colleague, in a browser of their own, imports it and edits it.
    const colleague = await openApp(there, env.server.url);
    await importFile(colleague, sent);
    await library(colleague).getByRole('status').filter({ hasText: 'Imported 1 draft.' }).waitFor();
    await library(colleague).getByRole('button', { name: 'Open “PEEL 2025', exact: false }).click();
    await eventually(() => intro(colleague).inputValue(), 'We welcome the report. It is thorough.');
    await intro(colleague).fill('We welcome the report. It is thorough and fair.');
    await response(colleague).fill('Training starts in June.');
    await saved(colleague);
    const returned = await exportDraft(colleague, 'PEEL 2025');

    // Meanwhile, edited here too: another sentence of the introduction, and the same response.
    await intro(page).fill('We warmly welcome the report. It is thorough.');
    await response(page).fill('Training starts in April.');
    await saved(page);
    await importFile(page, returned);
    const merge = page.getByRole('region', { name: 'Merge the file’s copy of “PEEL 2025”' });
    await merge.waitFor();
    assert.match(await merge.innerText(), /both changed since a version they share\. 1 change from the file can be taken straight away\. 1 part was changed differently in each: choose which to keep\./);
    // What is taken straight away is named with its words.
    await merge.locator('summary').filter({ hasText: 'What changes here (1)' }).click();
    assert.match(await merge.locator('.merge-incoming li').first().innerText(), /^The introduction: adds “[^”]*fair\.”/);
    const collision = merge.getByRole('group', { name: 'Collision 1: The response to Recommendation 1' });
    assert.deepEqual(await collision.locator('mark').allTextContents(), ['[only here: April.]', '[only here: June.]']);
    await collision.scrollIntoViewIfNeeded();
    await screenshot(page, 'merge-question');
    await injectAxe(page);
    const violations = await page.evaluate(async () => (await window.axe.run()).violations.map((v) => `${v.id}: ${v.help}`));
    assert.deepEqual(violations, [], 'the merge question meets axe');
    // On a phone the two texts stack, and nothing runs off the side.
    await page.setViewportSize({ width: 390, height: 844 });
    await collision.scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling at 390 px');
    await screenshot(page, 'merge-question-phone');
    await page.setViewportSize({ width: 1400, height: 900 });
    // Nothing is written until the person confirms.
    assert.equal(await intro(page).inputValue(), 'We warmly welcome the report. It is thorough.');
    // No side is chosen for them: Merge pressed before choosing says so, and drops nothing.
    for (const side of ['Keep this browser’s', 'Take the file’s']) {
      assert.equal(await collision.getByRole('radio', { name: side }).isChecked(), false, `${side} not chosen in advance`);
    }
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await merge.getByRole('alert').filter({ hasText: 'Choose which to keep in collision 1 (and in every collision) first: nothing has been merged.' }).waitFor();
    assert.equal(await response(page).inputValue(), 'Training starts in April.');
    assert.equal(await intro(page).inputValue(), 'We warmly welcome the report. It is thorough.');

    // Chosen from the keyboard: the arrow moves the choice to the file's, Enter merges.
    const chooseTheirsAndMerge = async () => {
      await collision.getByRole('radio', { name: 'Keep this browser’s' }).focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await collision.getByRole('radio', { name: 'Take the file’s' }).isChecked(), true);
      await merge.getByRole('button', { name: 'Merge', exact: true }).focus();
      await page.keyboard.press('Enter');
    };
    // Words written while the question waits are not merged away: it is asked again.
    await page.getByLabel('Closing', { exact: true }).fill('Written while the merge waited.');
    await saved(page);
    await chooseTheirsAndMerge();
    await library(page).getByRole('status').filter({ hasText: 'The draft changed while the merge was waiting' }).waitFor();
    assert.equal(await collision.getByRole('radio', { name: 'Take the file’s' }).isChecked(), false, 'asked afresh, nothing chosen');
    await chooseTheirsAndMerge();
    await library(page).getByRole('status').filter({ hasText: 'Merged the file’s copy into “PEEL 2025”: 1 change taken from the file and 1 collision settled as you chose.' }).waitFor();
    await eventually(() => intro(page).inputValue(), 'We warmly welcome the report. It is thorough and fair.');
    assert.equal(await response(page).inputValue(), 'Training starts in June.');
    assert.equal(await page.getByLabel('Closing', { exact: true }).inputValue(), 'Written while the merge waited.');
    await saved(page);

    await page.reload();
    await appStarted(page);
    assert.equal(await intro(page).inputValue(), 'We warmly welcome the report. It is thorough and fair.');
    assert.equal(await response(page).inputValue(), 'Training starts in June.');
    const titles = await (await openVersions(page)).locator('.versions-list li strong').allInnerTexts();
    for (const kept of ['After merging a copy from a file', 'The copy from the file, before merging', 'Before merging a copy from a file']) {
      assert.ok(titles.includes(kept), `${kept}: ${titles.join(' | ')}`);
    }
    await screenshot(page, 'versions-after-merge');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(colleague.errors, []);
  } finally {
    await here.close();
    await there.close();
  }
});

test('when the worker cannot start, comparing and importing a copy say so, nothing is changed or lost, and both work once it can', async () => {
  // Comparing and merging are worked out by the app's worker; here it cannot be fetched.
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', serviceWorkers: 'block' });
  try {
    const page = await openApp(context, env.server.url);
    let asked = 0;
    await page.route('**/drafter-worker*', (route) => { asked += 1; return route.abort(); });
    await page.getByLabel('Report title').fill('PEEL 2025');
    await intro(page).fill('We welcome the report.');
    await saved(page);
    const sent = await exportDraft(page, 'PEEL 2025');
    await intro(page).fill('We welcome the report warmly.');
    await saved(page);

    const versions = await openVersions(page);
    await versions.getByRole('button', { name: /^Compare with now: “When it was exported”/ }).click();
    const comparison = versions.getByRole('region', { name: /^“When it was exported” \(.*\) and now$/ });
    await comparison.getByRole('alert').filter({ hasText: 'could not be compared in this browser just now' }).waitFor();
    await screenshot(page, 'versions-compare-worker-unavailable');
    await versions.getByRole('button', { name: 'Close versions' }).click();

    await importFile(page, sent);
    await library(page).getByRole('alert').filter({ hasText: 'The file’s drafts could not be compared with those in this browser just now. Nothing has been imported' }).waitFor();
    assert.ok(asked > 0, 'the worker was asked for');
    assert.equal(await library(page).getByRole('region', { name: /^Merge the file’s copy/ }).count(), 0);
    assert.equal(await library(page).locator('.drafts-table tbody tr').count(), 1, 'no draft was added');
    assert.equal(await intro(page).inputValue(), 'We welcome the report warmly.');

    // Once the worker can be fetched again (slowly, here), importing says what it is doing
    // while the file's drafts are compared, then asks about the draft already here.
    await page.unroute('**/drafter-worker*');
    await page.route('**/drafter-worker_bg.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await library(page).getByLabel('Import drafts from a file').setInputFiles(sent);
    await library(page).getByRole('status').filter({ hasText: 'Comparing the file’s drafts with those in this browser…' }).waitFor();
    await library(page).locator('#import-question-text').filter({ hasText: 'already in this browser' }).waitFor();
    assert.equal(await library(page).getByText('Comparing the file’s drafts', { exact: false }).count(), 0, 'the status goes once the comparing is done');
    await library(page).getByRole('button', { name: 'Cancel import' }).click();

    // And comparing again works, with no reload.
    await library(page).getByRole('button', { name: 'Close drafts list' }).click();
    const again = await openVersions(page);
    await again.getByRole('button', { name: /^Compare with now: “When it was exported”/ }).click();
    await compared(comparison);
    assert.deepEqual(await comparison.locator('ins').allInnerTexts(), ['report warmly.']);
    assert.deepEqual(await comparison.locator('del').allInnerTexts(), ['report.']);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

/** Exports every draft from the drafts list; resolves to the file's path. */
async function exportAll(page) {
  await pressInHeader(page, 'All drafts');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    library(page).getByRole('button', { name: 'Export all drafts' }).click(),
  ]);
  const path = await download.path();
  await library(page).getByRole('button', { name: 'Close drafts list' }).click();
  return path;
}

async function openDraft(page, title) {
  if (!(await library(page).count())) await pressInHeader(page, 'All drafts');
  await library(page).getByRole('button', { name: `Open “${title}`, exact: false }).click();
  await eventually(() => page.getByLabel('Report title').inputValue(), title);
}

test('a colleague’s file of three drafts is merged draft by draft; a sentence moved here and one added there both stand', async () => {
  const here = await newContext();
  const there = await newContext();
  try {
    const page = await openApp(here, env.server.url);
    await page.getByLabel('Report title').fill('PEEL 2025');
    await intro(page).fill('We agree. We will act. Done. ');
    await saved(page);
    for (const [name, words] of [['Vetting 2024', 'Vetting words.'], ['Custody 2023', 'Custody words.']]) {
      await page.getByRole('button', { name: 'New draft' }).click();
      await page.getByLabel('Report title').fill(name);
      await intro(page).fill(words);
      await saved(page);
    }
    const sent = await exportAll(page);

    // The colleague edits two of the three and sends every draft back.
    const colleague = await openApp(there, env.server.url);
    await importFile(colleague, sent);
    await library(colleague).getByRole('status').filter({ hasText: 'Imported 3 drafts: open each from the list.' }).waitFor();
    await openDraft(colleague, 'PEEL 2025');
    await intro(colleague).fill('We agree. We will act. Done. Thanks. ');
    await saved(colleague);
    await openDraft(colleague, 'Vetting 2024');
    await intro(colleague).fill('Vetting words. Edited there.');
    await saved(colleague);
    const returned = await exportAll(colleague);

    // Meanwhile the first is edited here: its last sentence moved to the front, one added.
    await openDraft(page, 'PEEL 2025');
    await intro(page).fill('Done. More soon. Done. ');
    await saved(page);
    await importFile(page, returned);
    await library(page).getByRole('status').filter({ hasText: /“Custody 2023” in the file is the same as the draft here\. 2 drafts in the file share a version with drafts here: merge each below, one after another\./ }).waitFor();
    const merged = [];
    for (let turn = 0; turn < 2; turn += 1) {
      const merge = page.getByRole('region', { name: /^Merge the file’s copy of “/ });
      await merge.waitFor();
      const heading = await merge.getByRole('heading').first().innerText();
      const title = heading.match(/“(.*)”/)[1];
      assert.match(heading, turn === 0 ? /\(1 more draft to merge after this one\)$/ : /”$/);
      assert.match(await merge.innerText(), /Nothing collides\./);
      await merge.getByRole('button', { name: 'Merge', exact: true }).click();
      await library(page).getByRole('status').filter({ hasText: `Merged the file’s copy into “${title}”` }).waitFor();
      merged.push(title);
    }
    assert.deepEqual(merged.sort(), ['PEEL 2025', 'Vetting 2024']);
    assert.equal(await page.getByRole('region', { name: /^Merge the file’s copy of/ }).count(), 0, 'no question left');
    await openDraft(page, 'PEEL 2025');
    assert.equal((await intro(page).inputValue()).trim(), 'Done. More soon. Done. Thanks.');
    await openDraft(page, 'Vetting 2024');
    assert.equal(await intro(page).inputValue(), 'Vetting words. Edited there.');
    await openDraft(page, 'Custody 2023');
    assert.equal(await intro(page).inputValue(), 'Custody words.');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(colleague.errors, []);
  } finally {
    await here.close();
    await there.close();
  }
});

test('any two versions compared: items matched by identity, so a moved item is listed as moved, not rewritten', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    await response(page).fill('Training starts in May.');
    await page.getByRole('button', { name: 'Add item' }).click();
    await item(page, 2).getByLabel('Response', { exact: true }).fill('Audits start in June.');
    await saved(page);
    const versions = await openVersions(page);
    const keep = async (name) => {
      await versions.getByLabel('Name this version').fill(name);
      await versions.getByRole('button', { name: 'Keep this version' }).click();
      await versions.getByRole('status').filter({ hasText: `Kept this version as “${name}”.` }).waitFor();
    };
    await keep('Two items');
    await item(page, 2).getByRole('button', { name: /^Move up:/ }).click();
    await eventually(() => item(page, 1).getByLabel('Response', { exact: true }).inputValue(), 'Audits start in June.');
    await item(page, 1).getByLabel('Response', { exact: true }).fill('Audits start in July.');
    await saved(page);
    await keep('Moved and edited');
    await intro(page).fill('Written after both.');
    await saved(page);

    const choose = async (select, start) => {
      const labels = await select.locator('option').allInnerTexts();
      await select.selectOption({ label: labels.find((label) => label.startsWith(start)) });
    };
    await choose(versions.getByLabel('Compare', { exact: true }), 'Two items · ');
    await choose(versions.getByLabel('with', { exact: true }), 'Moved and edited · ');
    await versions.getByRole('button', { name: 'Compare these' }).click();
    const comparison = versions.getByRole('region', { name: /^“Two items” \(.*\) and “Moved and edited” \(.*\)$/ });
    await compared(comparison);
    assert.deepEqual(await comparison.locator('.item-changes li').allInnerTexts(), ['Recommendation 2 moved from place 2 to place 1']);
    // Only the words changed in the moved item, not every item after the move.
    assert.deepEqual(await comparison.getByRole('heading', { level: 4 }).allInnerTexts(), ['Items', 'The response to Recommendation 2']);
    assert.deepEqual(await comparison.locator('ins').allInnerTexts(), ['July.']);
    assert.deepEqual(await comparison.locator('del').allInnerTexts(), ['June.']);
    assert.doesNotMatch(await comparison.innerText(), /Written after both/, 'the later version, not the draft now');
    await screenshot(page, 'versions-two-compared');
    await page.setViewportSize({ width: 390, height: 844 });
    await versions.getByRole('button', { name: 'Compare these' }).scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling at 390 px');
    await screenshot(page, 'versions-two-compared-phone');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
