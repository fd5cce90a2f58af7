// The drafts list, draft files, and the faults a browser editor must survive without losing a
// word: corrupt and newer entries, two tabs on one draft, full or missing storage, bad files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appAndBrowser, openApp, eventually, preview, screenshot, appStarted, compared } from './support.mjs';
import { item } from './fixture.mjs';

const samples = new URL('../../core/tests/samples/', import.meta.url);
const DRAFT = 'response-drafter:draft:';

const env = appAndBrowser({ scratch: true });


async function newContext(options = {}) {
  return env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', ...options });
}

const saved = (page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
const title = (page) => page.getByLabel('Report title');
const library = (page) => page.getByRole('region', { name: 'Your drafts' });

/** Presses one of a draft's actions in the list: all but Open are behind the row's "More". */
async function rowAction(list, action, title) {
  const more = list.locator('summary').filter({ hasText: `More actions for “${title}` });
  if ((await more.locator('xpath=..').getAttribute('open')) === null) await more.click();
  await list.getByRole('button', { name: `${action} “${title}`, exact: false }).click();
}

async function openLibrary(page) {
  await page.getByRole('button', { name: 'All drafts' }).click();
  await library(page).waitFor();
  return library(page);
}

/** Clicks `button` and resolves to the text of the file it downloads. */
async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Picks a file holding `text` in the drafts list's file chooser. */
async function importText(page, name, text) {
  const path = join(env.scratch, name);
  await writeFile(path, text);
  await library(page).getByLabel('Import drafts from a file').setInputFiles(path);
}

/** Every stored draft key and its raw text. */
const storedDrafts = (page) => page.evaluate((prefix) => Object.fromEntries(
  Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => [k, localStorage.getItem(k)]),
), DRAFT);

/** Writes raw entries into storage before the app first loads, as an earlier visit would have. */
async function seed(context, entries) {
  await context.addInitScript((pairs) => {
    if (localStorage.getItem('test-seeded')) return;
    for (const [k, v] of pairs) localStorage.setItem(k, v);
    localStorage.setItem('test-seeded', 'yes');
  }, Object.entries(entries));
}

async function draftNamed(page, name, { published, body } = {}) {
  await page.getByRole('button', { name: 'New draft' }).click();
  await title(page).fill(name);
  if (published) await page.getByLabel('Date the report was published').fill(published);
  if (body) await page.getByLabel('Area or body responding').fill(body);
  await saved(page);
}

test('the drafts list shows each draft’s area, deadline and progress, and renames, copies and opens', async () => {
  const context = await newContext();
  // The computer's clock, set before the app starts, as it is for a person.
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2025-07-27T10:00:00'));
  await openApp(context, env.server.url, page);
  await title(page).fill('Serious and organised crime');
  await page.getByLabel('Date the report was published').fill('2025-06-12');
  await page.getByLabel('Area or body responding').fill('Avon & Somerset');
  await item(page, 1).getByLabel('Response', { exact: true }).fill('We agree.');
  await saved(page);
  await draftNamed(page, 'PEEL 2025');

  const list = await openLibrary(page);
  // The focus moves in the frame after the panel is drawn.
  await eventually(() => page.evaluate(() => document.activeElement.id), 'drafts-library', 2000);
  await list.getByText('2 drafts are kept in this browser.').waitFor();
  const row = list.getByRole('row').filter({ hasText: 'Serious and organised crime' });
  assert.match(await row.innerText(), /Avon & Somerset/);
  assert.match(await row.innerText(), /6 August 2025 \(10 days left\)/);
  assert.match(await row.innerText(), /1 of 1/);
  const peel = await list.getByRole('row').filter({ hasText: 'PEEL 2025' }).innerText();
  assert.match(peel, /Publication date not entered/);
  assert.match(peel, /Not entered/, 'an empty area says so rather than showing nothing');

  await rowAction(list, 'Rename', 'Serious and organised crime”');
  await list.getByLabel('New name').fill('SOC – for sign-off');
  await list.getByRole('button', { name: 'Save name' }).click();
  const renamed = list.getByRole('row').filter({ hasText: 'SOC – for sign-off' });
  await renamed.waitFor();
  await rowAction(list, 'Duplicate', 'SOC – for sign-off”');
  await list.getByRole('status').filter({ hasText: 'Made a copy: “SOC – for sign-off (copy)”.' }).waitFor();
  await screenshot(page, 'drafts-list');
  await list.getByRole('button', { name: 'Open “SOC – for sign-off (copy)”' }).click();
  assert.equal(await title(page).inputValue(), 'Serious and organised crime');
  assert.equal(await library(page).count(), 0);
  const names = await page.getByLabel('Draft', { exact: true }).locator('option').allInnerTexts();
  // Each named with its area first, so drafts of one report are told apart.
  assert.deepEqual(names.sort(), ['Avon & Somerset: SOC – for sign-off', 'Avon & Somerset: SOC – for sign-off (copy)', 'PEEL 2025']);

  await page.reload();
  await appStarted(page);
  const reopened = await openLibrary(page);
  await reopened.getByText('3 drafts are kept in this browser.').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('deleting asks first and can be undone, the open draft too', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await title(page).fill('Keep me');
  await saved(page);
  await draftNamed(page, 'Delete me');
  const list = await openLibrary(page);
  await rowAction(list, 'Delete', 'Keep me”');
  await list.getByText('Delete “Keep me”? You can undo this for 30 seconds.').waitFor();
  await list.getByRole('button', { name: 'Cancel' }).click();
  await rowAction(list, 'Delete', 'Keep me”');
  await list.getByRole('button', { name: 'Yes, delete it' }).click();
  await eventually(() => list.getByRole('row').filter({ hasText: 'Keep me' }).count(), 0);
  assert.equal(Object.keys(await storedDrafts(page)).length, 1);
  await page.getByRole('status').filter({ hasText: 'Deleted “Keep me”.' }).getByRole('button', { name: 'Undo delete' }).click();
  assert.equal(await title(page).inputValue(), 'Keep me');
  assert.equal(Object.keys(await storedDrafts(page)).length, 2);

  // The open draft, deleted from the list, comes back with words not yet saved.
  await title(page).fill('Keep me, edited');
  await rowAction(list, 'Delete', 'Keep me, edited”');
  await list.getByRole('button', { name: 'Yes, delete it' }).click();
  await eventually(() => title(page).inputValue(), 'Delete me');
  await page.getByRole('button', { name: 'Undo delete' }).click();
  assert.equal(await title(page).inputValue(), 'Keep me, edited');
  await page.reload();
  await appStarted(page);
  assert.equal(await title(page).inputValue(), 'Keep me, edited');
  await context.close();
});

test('every draft exported to a file comes back whole in another browser', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await title(page).fill('First <b>report</b>');
  await item(page, 1).getByLabel('Response', { exact: true }).fill('- one\n- two');
  await saved(page);
  await draftNamed(page, 'Second report', { body: 'Kent' });
  await title(page).fill('Second report, unsaved words');
  const list = await openLibrary(page);
  const all = await downloaded(page, list.getByRole('button', { name: 'Export all drafts' }));
  assert.match(all.name, /^response-drafter-drafts-\d{4}-\d\d-\d\d\.json$/);
  const file = JSON.parse(all.text);
  assert.equal(file.format, 'response-drafter-drafts');
  assert.deepEqual(file.drafts.map((d) => d.record.draft.report.title).sort(), ['First <b>report</b>', 'Second report, unsaved words']);
  await list.locator('summary').filter({ hasText: 'More actions for “First' }).click();
  const one = await downloaded(page, list.getByRole('button', { name: /^Export “First/ }));
  assert.match(one.name, /^first-b-report-b-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(one.text).drafts.length, 1);

  const elsewhere = await newContext();
  const other = await openApp(elsewhere, env.server.url);
  await openLibrary(other);
  await importText(other, 'all.json', all.text);
  await library(other).getByRole('status').filter({ hasText: 'Imported 2 drafts: open each from the list.' }).waitFor();
  await library(other).getByRole('button', { name: /^Open “First/ }).click();
  assert.equal(await title(other).inputValue(), 'First <b>report</b>');
  assert.equal(await item(other, 1).getByLabel('Response', { exact: true }).inputValue(), '- one\n- two');
  await preview(other).getByRole('listitem').filter({ hasText: 'two' }).waitFor();
  assert.deepEqual([...page.errors, ...other.errors], []);
  await elsewhere.close();
  await context.close();
});

test('importing a draft that is already here asks: keep both, or replace', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await title(page).fill('Version in the file');
  await saved(page);
  const list = await openLibrary(page);
  const { text } = await downloaded(page, list.getByRole('button', { name: 'Export all drafts' }));
  await title(page).fill('Version in the browser');
  await saved(page);

  await importText(page, 'same.json', text);
  const question = list.getByRole('alertdialog');
  await question.getByText('These are already in this browser:').or(question.getByText('This one is already in this browser:')).waitFor();
  await question.getByRole('button', { name: 'Cancel import' }).click();
  assert.equal(await title(page).inputValue(), 'Version in the browser');
  assert.equal(Object.keys(await storedDrafts(page)).length, 1);

  await importText(page, 'same.json', text);
  await list.getByRole('button', { name: 'Keep both' }).click();
  await list.getByRole('status').filter({ hasText: 'Imported 1 draft. It is open.' }).waitFor();
  // The copy imported beside the draft here is the one open now.
  await eventually(() => title(page).inputValue(), 'Version in the file');
  await list.getByRole('row').filter({ hasText: 'Version in the file (imported)' }).waitFor();
  await list.getByRole('button', { name: /^Open “Version in the browser/ }).click();
  await eventually(() => title(page).inputValue(), 'Version in the browser');
  await openLibrary(page);

  await importText(page, 'same.json', text);
  await list.getByRole('button', { name: 'Replace them with the file’s' }).click();
  await eventually(() => title(page).inputValue(), 'Version in the file');
  assert.equal(Object.keys(await storedDrafts(page)).length, 2);
  await context.close();
});

test('bad files are refused with the reason, and change nothing', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await title(page).fill('Untouched');
  await saved(page);
  const list = await openLibrary(page);
  const { text: good } = await downloaded(page, list.getByRole('button', { name: 'Export all drafts' }));
  const before = await storedDrafts(page);
  const newer = good.replace(/"schema_version":\s*\d+/, '"schema_version": 7');
  const missing = good.replace('"introduction"', '"intro"');
  const cases = [
    ['cut-short.json', good.slice(0, 200), /not valid JSON \(EOF while parsing/],
    ['other.json', '{"hello": "world"}', /not a Response Drafter drafts file/],
    ['newer.json', newer, /newer version of Response Drafter \(format 7/],
    ['missing.json', missing, /Draft 1 in the file cannot be read: .*missing field `introduction`/],
    ['huge.json', ' '.repeat(10 * 1024 * 1024 + 10), /The file is 10\.1 MB, but a drafts file can be at most 10\.0 MB/],
  ];
  for (const [name, text, message] of cases) {
    await importText(page, name, text);
    const alert = list.getByRole('alert').filter({ hasText: message });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Nothing has been imported\.$/);
    assert.deepEqual(await storedDrafts(page), before, name);
  }
  assert.equal(await title(page).inputValue(), 'Untouched');
  await context.close();
});

test('a file with script in every field imports as plain text that never runs', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  const attack = '<img src=x onerror="window.attacked=1"><script>window.attacked=1</script>[x](javascript:window.attacked=1)';
  const record = JSON.parse(await readFile(new URL('v2-record.json', samples), 'utf8'));
  const poison = (value) => (typeof value === 'string' ? attack : Array.isArray(value) ? value.map(poison)
    : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)])) : value);
  record.name = attack;
  record.draft = poison(record.draft);
  record.draft.report.published = null;
  record.draft.responder.response_date = null;
  record.draft.items[0].kind = 'recommendation';
  const file = { format: 'response-drafter-drafts', schema_version: 2, drafts: [{ id: '"><img src=x onerror=alert(1)>', record }] };
  await openLibrary(page);
  await importText(page, 'hostile.json', JSON.stringify(file));
  await library(page).getByRole('status').filter({ hasText: 'Imported 1 draft.' }).waitFor();
  await library(page).getByRole('button', { name: /^Open “<img/ }).click();
  assert.equal(await title(page).inputValue(), attack);
  await preview(page).getByText('<script>window.attacked=1</script>', { exact: false }).first().waitFor();
  const found = await page.evaluate(() => ({
    attacked: window.attacked,
    scripts: document.querySelectorAll('script:not([type=module]):not([data-app])').length,
    previewImages: document.querySelector('.preview-host').shadowRoot.querySelectorAll('img, script, a[href^="javascript"]').length,
    ids: [...document.querySelectorAll('[id*="<"], [id*="\\""]')].length,
  }));
  assert.equal(found.attacked, undefined);
  assert.equal(found.previewImages, 0);
  assert.equal(found.ids, 0);
  await context.close();
});

test('a corrupt entry and one from a newer version are set aside untouched; the rest work', async () => {
  const context = await newContext();
  const good = await readFile(new URL('v2-record.json', samples), 'utf8');
  const corrupt = '{"schema_version":2,"revision":3,"draft":{"report":{"title":"Half a dr';
  const newer = JSON.stringify({ schema_version: 9, revision: 1, draft: { anything: 'from the future' } });
  await seed(context, {
    [`${DRAFT}good`]: good,
    [`${DRAFT}broken`]: corrupt,
    [`${DRAFT}future`]: newer,
    'response-drafter:current': JSON.stringify({ id: 'broken', scroll_y: 0 }),
  });
  const page = await openApp(context, env.server.url);
  await page.getByRole('alert').filter({ hasText: 'A draft could not be opened: it is not valid JSON' }).waitFor();
  assert.equal(await title(page).inputValue(), 'PEEL 2025');
  await title(page).fill('Good draft, still editable');
  await saved(page);
  const list = await openLibrary(page);
  await list.getByRole('heading', { name: 'Drafts that could not be opened' }).waitFor();
  await list.getByText('Draft stored as “broken”: it is not valid JSON').waitFor();
  await list.getByText('Draft stored as “future”: it was written by a newer version of Response Drafter (format 9').waitFor();
  const raw = await downloaded(page, list.getByRole('listitem').filter({ hasText: '“broken”' }).getByRole('button', { name: 'Download its text' }));
  assert.equal(raw.text, corrupt);
  assert.equal(raw.name, 'unreadable-draft-broken.json');
  await screenshot(page, 'set-aside');

  await page.reload();
  await appStarted(page);
  const stored = await storedDrafts(page);
  assert.equal(stored[`${DRAFT}broken`], corrupt, 'never written over');
  assert.equal(stored[`${DRAFT}future`], newer, 'never written over');

  const again = await openLibrary(page);
  const entry = again.getByRole('listitem').filter({ hasText: '“broken”' });
  await entry.getByRole('button', { name: 'Remove it from this browser' }).click();
  await entry.getByRole('button', { name: 'Yes, remove it' }).click();
  await eventually(() => again.getByText('Draft stored as “broken”').count(), 0);
  assert.equal((await storedDrafts(page))[`${DRAFT}broken`], undefined);
  assert.equal((await storedDrafts(page))[`${DRAFT}future`], newer);
  await context.close();
});

test('a draft stored by the first version opens, and is saved in today’s format', async () => {
  const context = await newContext();
  const v1 = await readFile(new URL('v1-draft.json', samples), 'utf8');
  // As the first version left things: its draft, its index and the place last open.
  await seed(context, {
    [`${DRAFT}old`]: v1,
    'response-drafter:index': '[{"id":"old","title":"An inspection","updated":1}]',
    'response-drafter:current': JSON.stringify({ id: 'old', scroll_y: 0 }),
  });
  const page = await openApp(context, env.server.url);
  assert.equal(await title(page).inputValue(), 'An inspection of serious and organised crime');
  assert.equal(await item(page, 2).getByLabel('Status (optional)').inputValue(), 'In progress');
  await preview(page).getByRole('heading', { name: 'Innovative practice' }).waitFor();
  assert.equal(JSON.parse((await storedDrafts(page))[`${DRAFT}old`]).schema_version, 1, 'not rewritten until edited');
  await page.getByLabel('Introduction', { exact: true }).fill('Edited after the upgrade.');
  await saved(page);
  const stored = JSON.parse((await storedDrafts(page))[`${DRAFT}old`]);
  assert.equal(stored.schema_version, 3, "today’s format");
  assert.equal(stored.revision, 1);
  assert.equal(stored.draft.introduction, 'Edited after the upgrade.');
  assert.equal(stored.draft.items[1].lead_agency, 'SWROCU');
  await context.close();
});

test('two tabs on one draft: changes show in the other, and a newer save is never overwritten', async () => {
  const context = await newContext();
  const first = await openApp(context, env.server.url);
  await title(first).fill('Shared draft');
  await saved(first);
  const second = await openApp(context, env.server.url);
  assert.equal(await title(second).inputValue(), 'Shared draft');

  // The other tab has no changes of its own: it shows the new words, keeping its place.
  await title(first).fill('Shared draft, edited in the first tab');
  await saved(first);
  await eventually(() => title(second).inputValue(), 'Shared draft, edited in the first tab');

  // Both tabs change the draft before either has saved: the second to save is asked.
  await second.evaluate(() => { window.stillTheSamePage = true; });
  await first.getByLabel('Introduction', { exact: true }).fill('Words from the first tab.');
  await second.getByLabel('Introduction', { exact: true }).fill('Words from the second tab.');
  const conflict = async (page) => {
    const alert = page.getByRole('alert').filter({ hasText: 'This draft was also changed in another tab or window' });
    await alert.waitFor();
    return alert;
  };
  const [winner, loser] = await Promise.race([
    conflict(first).then((alert) => [second, first, alert]),
    conflict(second).then((alert) => [first, second, alert]),
  ]).then(([w, l]) => [w, l]);
  const loserWords = await loser.getByLabel('Introduction', { exact: true }).inputValue();
  const winnerWords = await winner.getByLabel('Introduction', { exact: true }).inputValue();
  await loser.getByText('Not saved', { exact: true }).waitFor();
  const stored = async () => Object.values(await storedDrafts(loser)).map((t) => JSON.parse(t).draft.introduction);
  assert.deepEqual(await stored(), [winnerWords], 'the newer save stands until the person chooses');
  await screenshot(loser, 'two-tabs-conflict');

  // Before choosing, the two versions side by side, the words that differ marked.
  await loser.getByRole('button', { name: 'Compare the versions and choose' }).click();
  const comparison = loser.getByRole('region', { name: 'Your version and the other tab’s' });
  await compared(comparison);
  await eventually(() => loser.evaluate(() => document.activeElement?.id === 'conflict-panel' && document.activeElement?.getAttribute('aria-labelledby') === 'conflict-heading'), true);
  assert.match(await comparison.innerText(), /1 part differs/);
  await comparison.getByRole('heading', { name: 'The introduction' }).waitFor();
  const yours = comparison.locator('.version').filter({ hasText: 'Yours (not saved)' });
  const theirs = comparison.locator('.version').filter({ hasText: 'The other tab’s (saved at' });
  // What is seen, and what a screen reader hears of the marked words.
  const seen = (version) => version.locator('.version-text').evaluate((text) => {
    const copy = text.cloneNode(true);
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent;
  });
  assert.equal(await seen(yours), loserWords);
  assert.equal(await seen(theirs), winnerWords);
  const onlyIn = (version) => version.locator('mark').evaluateAll((marks) => marks.map((mark) => mark.textContent.replace(/\s+/g, ' ')));
  const loserTab = loserWords.match(/(first|second) tab/)[1];
  const winnerTab = winnerWords.match(/(first|second) tab/)[1];
  assert.deepEqual(await onlyIn(yours), [`[only here: ${loserTab} ]`]);
  assert.deepEqual(await onlyIn(theirs), [`[only here: ${winnerTab} ]`]);
  assert.equal(await loser.locator('.toasts .conflict').count(), 0, 'the notice is put away while comparing');
  await screenshot(loser, 'two-tabs-compared');
  // Escape puts the comparison away, the choice still to make, and the focus goes back to the
  // button that opened it.
  await loser.keyboard.press('Escape');
  await comparison.waitFor({ state: 'detached' });
  const compare = loser.getByRole('button', { name: 'Compare the versions and choose' });
  await eventually(() => compare.evaluate((button) => button === document.activeElement), true);
  await compare.click();
  await comparison.waitFor();

  await comparison.getByRole('button', { name: 'Keep both: save mine as a new draft' }).click();
  await saved(loser);
  assert.deepEqual((await stored()).sort(), [loserWords, winnerWords].sort(), 'both versions are kept');
  assert.equal(await loser.getByLabel('Introduction', { exact: true }).inputValue(), loserWords);
  assert.match(await loser.getByLabel('Draft', { exact: true }).locator('option:checked').innerText(), /\(my changes\)$/);
  assert.deepEqual([...first.errors, ...second.errors], []);
  await context.close();
});

test('in a conflict the person can keep their own version, or take the other', async () => {
  const context = await newContext();
  const first = await openApp(context, env.server.url);
  await title(first).fill('Contested');
  await saved(first);
  const second = await openApp(context, env.server.url);
  // The second tab cannot save (its storage writes are held back), so its words stay unsaved
  // while the first tab saves.
  await second.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('held back', 'UnknownError'); };
  });
  await second.getByLabel('Introduction', { exact: true }).fill('Mine, from the second tab.');
  await second.getByText('Not saved', { exact: true }).waitFor();
  await second.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await first.getByLabel('Introduction', { exact: true }).fill('Theirs, from the first tab.');
  await saved(first);
  await second.getByRole('alert').filter({ hasText: 'also changed in another tab' }).waitFor();
  await second.getByRole('button', { name: 'Compare the versions and choose' }).click();
  await second.getByRole('button', { name: 'Keep mine: replace the other version' }).click();
  await saved(second);
  await eventually(() => first.getByLabel('Introduction', { exact: true }).inputValue(), 'Mine, from the second tab.');

  // And the other way: the first tab discards its unsaved words for the saved version.
  await first.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('held back', 'UnknownError'); };
  });
  await first.getByLabel('Introduction', { exact: true }).fill('Unsaved words in the first tab.');
  await first.getByText('Not saved', { exact: true }).waitFor();
  await first.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await second.getByLabel('Introduction', { exact: true }).fill('Saved words from the second tab.');
  await saved(second);
  await first.getByRole('button', { name: 'Compare the versions and choose' }).click();
  await first.getByRole('button', { name: 'Use the other version: discard my changes' }).click();
  assert.equal(await first.getByLabel('Introduction', { exact: true }).inputValue(), 'Saved words from the second tab.');
  assert.equal(Object.keys(await storedDrafts(first)).length, 1);
  await context.close();
});

test('closing the only tab and opening the app again finds the draft', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await title(page).fill('Closed and reopened');
  await item(page, 1).getByLabel('Response', { exact: true }).pressSequentially('Typed just before closing');
  await page.close({ runBeforeUnload: true });
  const again = await openApp(context, env.server.url);
  assert.equal(await title(again).inputValue(), 'Closed and reopened');
  assert.equal(await item(again, 1).getByLabel('Response', { exact: true }).inputValue(), 'Typed just before closing');
  await context.close();
});

test('a reload within 100 ms of the last keystroke keeps every word', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await saved(page);
  const response = item(page, 1).getByLabel('Response', { exact: true });
  await response.pressSequentially('Last words');
  const sinceKeystroke = await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    setTimeout(() => { resolve(performance.now() - start); location.reload(); }, 20);
  }));
  assert.ok(sinceKeystroke < 100, `reloaded ${sinceKeystroke} ms after typing`);
  await page.waitForLoadState('load');
  await appStarted(page);
  assert.equal(await item(page, 1).getByLabel('Response', { exact: true }).inputValue(), 'Last words');
  await context.close();
});

test('when storage is full the person is told, the words stay on screen and can be exported at once', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await title(page).fill('Before the disk filled');
  await saved(page);
  await page.evaluate(() => {
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`filler-${size}-${i}`, 'x'.repeat(size)); } catch { break; }
      }
    }
  });
  // Longer than what is stored, so it cannot fit where the old copy was.
  await title(page).fill('Written after the disk filled, with more words than fit');
  const alert = page.getByRole('alert').filter({ hasText: 'storage for Response Drafter is full' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /the last saved copy is safe/);
  await page.getByText('Not saved', { exact: true }).waitFor();
  assert.equal(await title(page).inputValue(), 'Written after the disk filled, with more words than fit');
  const { text } = await downloaded(page, alert.getByRole('button', { name: 'Export all drafts' }));
  assert.equal(JSON.parse(text).drafts[0].record.draft.report.title, 'Written after the disk filled, with more words than fit');
  const stored = Object.values(await storedDrafts(page)).map((t) => JSON.parse(t).draft.report.title);
  assert.deepEqual(stored, ['Before the disk filled']);
  await context.close();
});

test('with storage switched off, the draft can still be exported to a file', async () => {
  const context = await newContext();
  await context.addInitScript(() => Object.defineProperty(window, 'localStorage', {
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  }));
  const page = await openApp(context, env.server.url);
  await title(page).fill('Only in memory');
  const alert = page.getByRole('alert').filter({ hasText: 'not letting Response Drafter keep anything' });
  const { text } = await downloaded(page, alert.getByRole('button', { name: 'Export this draft' }));
  assert.equal(JSON.parse(text).drafts[0].record.draft.report.title, 'Only in memory');
  await context.close();
});

test('the drafts list’s column headings never break inside a word, and the calendar button is as tall as its box', async () => {
  const context = await newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await openApp(context, env.server.url);
    await title(page).fill('An inspection of the police response to stalking and harassment in every county of the land');
    await page.getByLabel('Area or body responding').fill('Avon and Somerset');
    await saved(page);
    const list = await openLibrary(page);
    const broken = await list.locator('thead th').evaluateAll((headings) => headings.flatMap((th) => {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      const words = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          if (lines > 1) words.push(match[0]);
        }
      }
      return words;
    }));
    assert.deepEqual(broken, [], 'words broken across lines in the headings');
    await list.getByRole('button', { name: /^Close/ }).first().click();
    const sizes = await page.locator('#report-published').evaluate((box) => {
      const picker = box.parentElement.querySelector('.date-picker');
      return { box: box.getBoundingClientRect().height, picker: picker.getBoundingClientRect().height, width: picker.getBoundingClientRect().width };
    });
    assert.ok(Math.abs(sizes.box - sizes.picker) <= 1 && sizes.width >= 44, JSON.stringify(sizes));
  } finally {
    await context.close();
  }
});

test('two drafts of the same report have buttons whose names tell them apart', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    await title(page).fill('PEEL 2025');
    await page.getByLabel('Area or body responding').fill('Kent');
    await saved(page);
    await page.getByRole('button', { name: 'New draft' }).click();
    await title(page).fill('PEEL 2025');
    await page.getByLabel('Area or body responding').fill('Essex');
    await saved(page);
    const list = await openLibrary(page);
    const names = await list.locator('tbody button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    assert.ok(names.length >= 10, names.join('\n'));
    assert.equal(new Set(names).size, names.length, `every name once:\n${names.join('\n')}`);
    assert.ok(names.some((name) => /^Open “PEEL 2025” \(Kent, last edited /.test(name)), names.join('\n'));
  } finally {
    await context.close();
  }
});

test('a drafts file is chosen with the app’s own labelled button, not the browser’s raw picker', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    await title(page).fill('Going elsewhere');
    await saved(page);
    const list = await openLibrary(page);
    const exported = await downloaded(page, list.getByRole('button', { name: 'Export all drafts' }));
    assert.equal(await list.locator('input[type="file"]').isVisible(), false, 'no raw file picker on show');
    const path = join(env.scratch, 'chosen.json');
    await writeFile(path, exported.text.replace('Going elsewhere', 'Chosen by the button'));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      list.getByRole('button', { name: 'Import drafts from a file…' }).click(),
    ]);
    await chooser.setFiles(path);
    // The file is this draft changed since it was exported: offered as a merge, or both kept.
    await list.getByRole('region', { name: 'Merge the file’s copy of “Going elsewhere”' }).waitFor();
    await list.getByRole('button', { name: 'Keep both instead' }).click();
    await list.getByRole('status').filter({ hasText: 'Imported 1 draft' }).waitFor();
    await list.getByRole('button', { name: /^Open “Chosen by the button/ }).waitFor();
  } finally {
    await context.close();
  }
});

test('opening a draft from the list takes the focus to that draft’s first field, in view', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    await title(page).fill('The one to open');
    await saved(page);
    await page.getByRole('button', { name: 'New draft' }).click();
    await title(page).fill('Another');
    await saved(page);
    const list = await openLibrary(page);
    await list.getByRole('button', { name: 'Open “The one to open”' }).click();
    await eventually(() => page.evaluate(() => document.activeElement.id), 'report-title');
    assert.equal(await title(page).inputValue(), 'The one to open');
    const box = await title(page).boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 900, `in view: ${JSON.stringify(box)}`);
  } finally {
    await context.close();
  }
});

test('a new draft with nothing written in it goes when another opens, so no empty drafts are left about', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await saved(page);
  const count = async () => Object.keys(await storedDrafts(page)).length;
  assert.equal(await count(), 1);
  // New draft, pressed again and again with nothing written: still one draft.
  for (let press = 0; press < 3; press += 1) {
    await page.getByRole('button', { name: 'New draft' }).click();
    await saved(page);
  }
  assert.equal(await count(), 1);
  assert.equal((await page.getByLabel('Draft', { exact: true }).locator('option').allInnerTexts()).length, 1);
  // Written in, a draft stays when the next is made.
  await title(page).fill('Kept, with a title');
  await saved(page);
  await page.getByRole('button', { name: 'New draft' }).click();
  await saved(page);
  assert.equal(await count(), 2);
  await page.getByLabel('Draft', { exact: true }).selectOption({ label: 'Kept, with a title' });
  await eventually(() => title(page).inputValue(), 'Kept, with a title');
  assert.equal(await count(), 1, 'the empty one went when the other opened');
  assert.deepEqual(page.errors, []);
  await context.close();
});
