// The editor by keyboard alone, its shortcuts and help, the outline and collapsing items, the
// list of problems at the top of the form, and the first visit's way to the guide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openApp, eventually, preview, appStarted } from './support.mjs';
import { typeFixture, fixtureParts, item } from './fixture.mjs';

const env = appAndBrowser();
const newContext = () => env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });

/** What has the keyboard focus: its id, its accessible-ish name, and the item it is in. */
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  return {
    id: element?.id ?? '',
    name: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
    item: element?.closest('fieldset.item')?.querySelector('legend')?.textContent ?? '',
  };
});

/** The stored text of the open draft, straight from the browser's storage. */
const stored = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((key) => key.startsWith('response-drafter:draft:'))
  .map((key) => localStorage.getItem(key))
  .join('\n'));

test('items are added, moved, removed and put back by keyboard, the focus following', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await item(page, 1).getByLabel('Number').fill('1');

  await page.keyboard.press('Alt+Shift+N');
  await eventually(async () => (await focused(page)).item, 'Item 2 of 2: Recommendation 2');
  assert.match((await focused(page)).id, /^item-\d+-kind$/, 'the new item’s first field has the focus');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await page.keyboard.type('7');
  assert.equal(await item(page, 2).getByLabel('Number').inputValue(), '27');

  await item(page, 2).getByRole('button', { name: /^Move up/ }).focus();
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused(page)).item, 'Item 1 of 2: Recommendation 27');
  // At the top, "Move up" no longer works: the focus is on "Move down" beside it.
  assert.equal((await focused(page)).name, 'Move down: Recommendation 27', 'the focus moves with the item');
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused(page)).item, 'Item 2 of 2: Recommendation 27');
  assert.equal((await focused(page)).name, 'Move up: Recommendation 27', 'and at the foot, on "Move up"');
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused(page)).item, 'Item 1 of 2: Recommendation 27');

  await page.keyboard.press('Tab'); // Remove
  assert.equal((await focused(page)).name, 'Remove: Recommendation 27');
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused(page)).id, 'undo-removal');
  assert.equal(await page.getByRole('group', { name: /^Item \d of \d/ }).count(), 1);
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused(page)).item, 'Item 1 of 2: Recommendation 27');
  assert.match((await focused(page)).id, /^item-\d+-kind$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Ctrl+S saves at once and Alt+Shift+C copies the HTML, instead of the browser’s own keys', async () => {
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openApp(context, env.server.url);
  await page.evaluate(() => {
    window.keysTaken = [];
    // Registered after the app's own listener, so it sees what the app did with the key.
    window.addEventListener('keydown', (event) => {
      if (event.code.startsWith('Key') && (event.ctrlKey || event.altKey)) window.keysTaken.push(`${event.code} ${event.defaultPrevented}`);
    });
  });
  const introduction = page.getByLabel('Introduction', { exact: true });
  await introduction.fill('');
  await introduction.pressSequentially('Saved by shortcut');
  await page.keyboard.press('Control+S');
  // Autosave waits 500 ms after typing stops; read well before then.
  assert.match(await stored(page), /Saved by shortcut/);
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

  await page.keyboard.press('Alt+Shift+C');
  await page.getByText('HTML copied.', { exact: false }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /<p>Saved by shortcut<\/p>/);
  const taken = await page.evaluate(() => window.keysTaken);
  assert.deepEqual(taken, ['KeyS true', 'KeyC true'], 'both keys were kept from the browser');

  // A shortcut's letter typed on its own is just typing.
  await introduction.press('End');
  await page.keyboard.type(' S C N');
  assert.equal(await introduction.inputValue(), 'Saved by shortcut S C N');
  await context.close();
});

test('help lists every shortcut, takes the focus and gives it back on Escape', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  const introduction = page.getByLabel('Introduction', { exact: true });
  await introduction.focus();
  await page.keyboard.press('Alt+Shift+H');
  const help = page.getByRole('region', { name: 'Help and guide' });
  await help.waitFor();
  await eventually(async () => (await focused(page)).id, 'help-panel');
  const keys = await help.locator('.shortcuts tbody tr td:first-child').allTextContents();
  assert.deepEqual(keys, [
    'Ctrl + S (⌘ + S on a Mac)', 'Alt + Shift + C', 'Alt + Shift + N', 'Alt + Shift + O',
    'Alt + Shift + K', 'Alt + Shift + H', 'Esc',
  ]);
  await help.getByRole('heading', { name: 'The duty you are meeting' }).waitFor();
  await help.getByText('within 56 days, beginning with the day the report was published', { exact: false }).waitFor();

  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  await eventually(async () => (await focused(page)).id, 'introduction');

  // Opened with its button, it closes back to the button.
  await page.getByRole('button', { name: 'Help' }).click();
  await help.waitFor();
  await help.getByRole('button', { name: 'Close help' }).first().click();
  await eventually(async () => (await focused(page)).id, 'help-button');

  // The checks panel by shortcut, and back.
  await introduction.focus();
  await page.keyboard.press('Alt+Shift+K');
  await page.getByRole('region', { name: 'Checks', exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await eventually(async () => (await focused(page)).id, 'introduction');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the outline jumps to an item, opening it; items collapse and expand', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  const parts = fixtureParts();
  await typeFixture(page, parts);
  const responses = page.getByLabel('Response', { exact: true });
  assert.equal(await responses.count(), parts.items.length);

  await page.getByRole('button', { name: 'Collapse all' }).click();
  for (let position = 1; position <= parts.items.length; position++) {
    const group = item(page, position);
    assert.equal(await group.getByLabel('Response', { exact: true }).isVisible(), false);
    assert.equal(await group.getByRole('button', { name: /^Expand: / }).getAttribute('aria-expanded'), 'false');
    await group.getByText(/^This item: \d+ words$/).waitFor();
  }
  // The published page does not change.
  assert.equal(await preview(page).getByRole('heading', { name: 'Response', exact: true }).count(), parts.items.length);

  const third = `${parts.items[2].kind} ${parts.items[2].number}`;
  await page.keyboard.press('Alt+Shift+O');
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.waitFor();
  await eventually(async () => (await focused(page)).id, 'outline-summary');
  const links = await outline.getByRole('link').allTextContents();
  assert.deepEqual(links.slice(0, 5), ['Report', 'Response', 'Introduction', 'Chief constable’s comments', 'Items']);
  assert.match(links[5], new RegExp(`^${parts.items[0].kind} ${parts.items[0].number} \\(\\d+ words\\)$`));
  assert.equal(links.at(-1), 'Closing');
  await outline.getByRole('link', { name: new RegExp(`^${third} `) }).click();
  await eventually(async () => (await focused(page)).item, `Item 3 of ${parts.items.length}: ${third}`);
  assert.equal(await item(page, 3).getByLabel('Response', { exact: true }).isVisible(), true, 'jumping opens the item');
  assert.equal(await item(page, 2).getByLabel('Response', { exact: true }).isVisible(), false);
  assert.equal(await outline.isVisible(), false, 'the outline closes behind the jump');

  await page.getByRole('button', { name: 'Expand all' }).click();
  assert.equal(await responses.evaluateAll((all) => all.filter((r) => r.checkVisibility()).length), parts.items.length);
  await item(page, 1).getByRole('button', { name: /^Collapse: / }).click();
  assert.equal(await item(page, 1).getByLabel('Response', { exact: true }).isVisible(), false);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('several problems are listed at the top of the form, each linked to its field', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  const published = page.getByLabel('Date the report was published');
  const responded = page.getByLabel('Date of this response');
  const due = item(page, 1).getByLabel('Due by (optional)');
  await item(page, 1).getByLabel('Number').fill('4');
  await published.fill('31 June 2025');
  await responded.fill('next week');
  await due.fill('13/13/2026');
  await due.blur();

  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^There (is|are)/ }) });
  await summary.getByRole('heading', { name: 'There are 3 problems' }).waitFor();
  assert.deepEqual(await summary.getByRole('link').allTextContents(), [
    'Date the report was published: enter a real date, for example 12 June 2025 or 12/6/2025',
    'Date of this response: enter a real date, for example 12 June 2025 or 12/6/2025',
    'Recommendation 4, due by: enter a real date, for example 12 June 2025 or 12/6/2025',
  ]);
  await summary.getByRole('link', { name: /^Date of this response/ }).click();
  assert.equal((await focused(page)).id, 'response-date');
  for (const field of [published, responded, due]) assert.equal(await field.getAttribute('aria-invalid'), 'true');

  await published.fill('12 June 2025');
  await published.blur();
  await summary.getByRole('heading', { name: 'There are 2 problems' }).waitFor();
  await item(page, 1).getByRole('button', { name: /^Remove/ }).click();
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await responded.fill('7/8/2025');
  await responded.blur();
  await summary.waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a first visit offers the guide; once there is a draft it is not offered again', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  const welcome = page.getByRole('region', { name: 'Welcome to Response Drafter' });
  await welcome.waitFor();
  await welcome.getByRole('button', { name: 'Read the short guide' }).click();
  const help = page.getByRole('region', { name: 'Help and guide' });
  await help.waitFor();
  await eventually(async () => (await focused(page)).id, 'help-panel');
  await help.getByText('section 55 of the Police Act 1996', { exact: false }).waitFor();
  assert.equal(await welcome.count(), 0);

  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByRole('region', { name: 'Welcome to Response Drafter' }).count(), 0);
  await context.close();
});

test('every control reached by Tab shows where the focus is, in light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme });
    const page = await openApp(context, env.server.url);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    const unmarked = new Set();
    let reached = 0;
    const seen = new Set();
    await page.locator('body').focus();
    for (let press = 0; press < 120; press++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const ring = style.boxShadow !== 'none';
        return { key: `${element.tagName}#${element.id}.${element.getAttribute('aria-label') ?? element.textContent.slice(0, 30)}`, marked: outline || ring };
      });
      if (!where) continue;
      if (seen.has(where.key)) break; // Round the page and back to the start.
      seen.add(where.key);
      reached++;
      if (!where.marked) unmarked.add(where.key);
    }
    assert.ok(reached > 30, `Tab reached ${reached} controls`);
    assert.deepEqual([...unmarked], [], `${colorScheme}: controls without a visible focus indicator`);
    await context.close();
  }
});

test('drafts are switched, and each panel opened and closed, from the keyboard', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await page.getByLabel('Report title').fill('First report');
  await page.getByRole('button', { name: 'New draft' }).focus();
  await page.keyboard.press('Enter');
  await eventually(() => page.getByLabel('Report title').inputValue(), '');
  await page.getByLabel('Report title').fill('Second report');

  const picker = page.getByLabel('Draft', { exact: true });
  await picker.focus();
  const before = await picker.inputValue();
  await page.keyboard.press('ArrowUp');
  if ((await picker.inputValue()) === before) await page.keyboard.press('ArrowDown');
  await eventually(() => page.getByLabel('Report title').inputValue(), 'First report');

  for (const [button, region] of [['Import text', 'Import text'], ['All drafts', 'Your drafts'], ['Versions', 'Versions of this draft'], ['Publish…', 'Publish'], ['Help', 'Help and guide'], [/^Checks\b/, 'Checks']]) {
    const opener = typeof button === 'string'
      ? page.getByRole('button', { name: button, exact: true })
      : page.getByRole('button', { name: button });
    await opener.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: region, exact: true });
    await panel.waitFor();
    assert.equal(await opener.getAttribute('aria-expanded'), 'true', button);
    // The panel takes the focus in the frame after it is drawn, so wait a moment for it.
    const focusInside = () => panel.evaluate((element) => element.contains(document.activeElement));
    await eventually(focusInside, true, 2000).catch(() => assert.fail(`${button}: the focus moves into the panel`));
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await opener.evaluate((element) => element === document.activeElement), true, `${button}: the focus comes back`);
    assert.equal(await opener.getAttribute('aria-expanded'), 'false', button);
  }
  // With two panels open, Escape closes the one opened last, then the other, each time giving
  // the focus back to the button that opened it.
  const help = page.getByRole('button', { name: 'Help', exact: true });
  const versions = page.getByRole('button', { name: 'Versions', exact: true });
  for (const [first, second] of [[help, versions], [versions, help]]) {
    await first.click();
    await second.click();
    for (const closing of [second, first]) {
      await page.keyboard.press('Escape');
      await eventually(() => closing.getAttribute('aria-expanded'), 'false');
      await eventually(() => closing.evaluate((element) => element === document.activeElement), true);
    }
    assert.equal(await first.getAttribute('aria-expanded'), 'false');
  }
  // Text pasted to import is not thrown away by a stray Escape.
  await page.getByRole('button', { name: 'Import text', exact: true }).click();
  await page.getByLabel('Text to import').fill('Recommendation 1\nThe force should act.');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByLabel('Text to import').inputValue(), 'Recommendation 1\nThe force should act.');
  await page.getByRole('region', { name: 'Import text', exact: true }).getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Text to import').waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the welcome is offered on every visit until it is dismissed', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    const welcome = page.getByRole('region', { name: 'Welcome to Response Drafter' });
    await welcome.waitFor();
    await page.getByLabel('Report title').fill('A draft now exists');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.reload();
    await appStarted(page);
    await welcome.waitFor();
    await welcome.getByRole('button', { name: 'Dismiss the welcome' }).click();
    assert.equal(await welcome.count(), 0);
    await page.reload();
    await appStarted(page);
    assert.equal(await welcome.count(), 0);
  } finally {
    await context.close();
  }
});

test('an item added by shortcut in a long draft is brought into view with the focus', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByLabel('Report title').focus();
    await page.keyboard.press('Alt+Shift+N');
    await eventually(async () => (await focused(page)).item, 'Item 8 of 8: Recommendation 8');
    // In view, and clear of the sticky header: checked once the scroll has settled.
    await page.waitForTimeout(300);
    const place = await page.evaluate(() => {
      const field = document.activeElement.getBoundingClientRect();
      const header = document.querySelector('.app-header').getBoundingClientRect();
      return { top: field.top, bottom: field.bottom, header: header.bottom, height: innerHeight };
    });
    assert.ok(place.top >= place.header && place.bottom <= place.height, JSON.stringify(place));
  } finally {
    await context.close();
  }
});
