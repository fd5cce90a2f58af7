// The page's shape at the widths people use: a header that keeps to one row on a laptop and
// folds into a menu on a phone, drafts told apart by name, area and time, one main action per
// row of the drafts list, and on a phone a switch between the form and the preview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openApp, eventually, preview, pressInHeader, screenshot } from './support.mjs';

const env = appAndBrowser();

const newContext = (width, height = 900) => env.browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
const header = (page) => page.locator('.app-header');
const library = (page) => page.getByRole('region', { name: 'Your drafts' });

/** Two drafts of the same report, from two areas. */
async function namesakes(page) {
  await page.getByLabel('Report title').fill('An inspection of serious and organised crime');
  await page.getByLabel('Area or body responding').fill('Kent');
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  await pressInHeader(page, 'New draft');
  await page.getByLabel('Report title').fill('An inspection of serious and organised crime');
  await page.getByLabel('Area or body responding').fill('Avon & Somerset');
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

/** Whether every control shown in the header stands on one row: each overlaps all the others. */
const oneRow = (page) => page.evaluate(() => {
  const boxes = [...document.querySelectorAll('.app-header button, .app-header select, .app-header .app-name')]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => element.getBoundingClientRect());
  return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
});

test('from 1,408 px the header keeps to one row, and the picker tells drafts of one report apart', async () => {
  for (const width of [1408, 1920]) {
    const context = await newContext(width);
    try {
      const page = await openApp(context, env.server.url);
      await namesakes(page);
      assert.equal(await oneRow(page), true, `one row at ${width} px`);
      const options = await page.getByLabel('Draft', { exact: true }).locator('option').allInnerTexts();
      assert.equal(options.length, 2);
      assert.equal(new Set(options).size, 2, `each draft named apart: ${options.join(' | ')}`);
      assert.ok(options.some((o) => o.startsWith('Kent: ')) && options.some((o) => o.startsWith('Avon & Somerset: ')), options.join(' | '));
      assert.ok(options.every((o) => /edited \d+ \w+ \d{4} at \d\d:\d\d/.test(o)), 'namesakes also by when they were edited');
      if (width === 1408) await screenshot(page, 'header-1408');
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
    }
  }
});

test('no two controls of the header overlap, at any width', async () => {
  for (const width of [320, 390, 768, 1000, 1200, 1300, 1400, 1408, 1920]) {
    const context = await newContext(width);
    try {
      const page = await openApp(context, env.server.url);
      const overlaps = () => page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.app-header button, .app-header select, .app-header .save-state, .app-header .app-name, .app-header label')]
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => [element.textContent.trim() || element.tagName, element.getBoundingClientRect()]);
        const found = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, p] = boxes[i];
            const [b, q] = boxes[j];
            if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) found.push(`${a} / ${b}`);
          }
        }
        return found;
      });
      // One draft, its name typed: the picker's text grows while the bar is drawn.
      await page.getByLabel('Report title').fill('PEEL 2025');
      await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
      assert.deepEqual(await overlaps(), [], `at ${width} px, one draft with a short name typed`);
      await namesakes(page);
      assert.deepEqual(await overlaps(), [], `at ${width} px`);
    } finally {
      await context.close();
    }
  }
});

test('on a phone the header is compact, the rest behind Menu, nothing destructive at the top', async () => {
  const context = await newContext(390, 844);
  try {
    const page = await openApp(context, env.server.url);
    const height = (await header(page).boundingBox()).height;
    assert.ok(height <= 150, `header ${height} px high at 390 px`);
    for (const name of ['Copy HTML', 'Menu']) assert.equal(await header(page).getByRole('button', { name, exact: true }).isVisible(), true, name);
    assert.equal(await header(page).getByRole('button', { name: /^Checks/ }).isVisible(), true);
    for (const name of ['New draft', 'Import text', 'All drafts', 'Publish…', 'Help']) {
      assert.equal(await header(page).getByRole('button', { name, exact: true }).isVisible(), false, `${name} is in the menu`);
    }
    assert.equal(await header(page).getByRole('button', { name: /delete/i }).count(), 0, 'deleting is not in the header');
    const menu = header(page).getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await screenshot(page, 'phone-menu');
    await header(page).getByRole('button', { name: 'All drafts', exact: true }).click();
    await library(page).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'choosing closes the menu');
    assert.equal(await header(page).getByRole('button', { name: 'New draft', exact: true }).isVisible(), false);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('on a phone, Edit and Preview switch between the form and the page, each keeping its place', async () => {
  const context = await newContext(390, 844);
  try {
    const page = await openApp(context, env.server.url);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    for (let i = 2; i <= 8; i++) await page.getByRole('button', { name: 'Add item' }).click();
    const closing = page.getByLabel('Closing', { exact: true });
    await closing.fill('Our closing words, at the foot of the page.');
    const formAt = await page.evaluate(() => window.scrollY);
    assert.ok(formAt > 1000, `the form is scrolled down to the closing (${formAt} px)`);
    const previewPane = page.getByRole('region', { name: 'Preview' });
    assert.equal(await previewPane.isVisible(), false, 'the form alone at first');
    const switcher = page.getByRole('group', { name: 'Show' });
    await switcher.getByRole('button', { name: 'Preview' }).click();
    assert.equal(await switcher.getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await closing.isVisible(), false, 'the form is put away');
    const words = preview(page).getByText('Our closing words, at the foot of the page.');
    await eventually(async () => {
      const box = await words.boundingBox();
      return Boolean(box) && box.y >= 0 && box.y + box.height <= 844;
    }, true);
    const bar = await switcher.boundingBox();
    assert.ok(bar.y >= -1 && bar.y < 10, `the switch stays at the top of the screen (${bar.y} px)`);
    const shown = await words.boundingBox();
    assert.ok(shown.y >= bar.y + bar.height, 'the words are not under the switch');
    await screenshot(page, 'phone-preview');
    await switcher.getByRole('button', { name: 'Edit' }).click();
    // Back at the field being written, in view and with the focus.
    await eventually(() => closing.evaluate((field) => document.activeElement === field), true);
    const back = await closing.boundingBox();
    assert.ok(back.y >= 0 && back.y + back.height <= 844, `the closing in view (${back.y} px)`);
    assert.equal(await previewPane.isVisible(), false);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('on a phone showing the preview, a shortcut into the form brings the form back', async () => {
  const context = await newContext(390, 844);
  try {
    const page = await openApp(context, env.server.url);
    const switcher = page.getByRole('group', { name: 'Show' });
    await switcher.getByRole('button', { name: 'Preview' }).click();
    await page.keyboard.press('Alt+Shift+N');
    await eventually(() => switcher.getByRole('button', { name: 'Edit' }).getAttribute('aria-pressed'), 'true');
    const kind = page.locator('fieldset.item').nth(1).getByLabel('Kind', { exact: true });
    await eventually(() => kind.evaluate((field) => document.activeElement === field), true);
    const box = await kind.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 844, `the new item in view (${box.y} px)`);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('on a wide screen there is no switch: the form and the preview sit side by side', async () => {
  const context = await newContext(1440);
  try {
    const page = await openApp(context, env.server.url);
    assert.equal(await page.getByRole('group', { name: 'Show' }).isVisible(), false);
    assert.equal(await page.getByRole('region', { name: 'Preview' }).isVisible(), true);
    assert.equal(await page.getByLabel('Report title').isVisible(), true);
  } finally {
    await context.close();
  }
});

test('each row of the drafts list shows its main action, the rest behind More, every name unique', async () => {
  const context = await newContext(1440);
  try {
    const page = await openApp(context, env.server.url);
    await namesakes(page);
    await header(page).getByRole('button', { name: 'All drafts' }).click();
    const list = library(page);
    const rows = list.getByRole('row').filter({ hasText: 'An inspection of serious and organised crime' });
    assert.equal(await rows.count(), 2);
    for (const row of await rows.all()) {
      const shown = await row.getByRole('button').filter({ visible: true }).allInnerTexts();
      assert.deepEqual(shown, ['Open'], 'one main action in view');
      await row.locator('summary').click();
      assert.deepEqual(await row.getByRole('button').filter({ visible: true }).allInnerTexts(), ['Open', 'Rename', 'Duplicate', 'Export', 'Delete']);
    }
    const names = await list.evaluate((panel) => [...panel.querySelectorAll('tbody button, tbody summary')]
      .map((control) => control.getAttribute('aria-label') ?? control.textContent.trim()));
    assert.equal(new Set(names).size, names.length, `every control named apart:\n${names.join('\n')}`);
    await screenshot(page, 'drafts-list-wide');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

/** The welcome's words and the size they are drawn at, or null when none is shown. */
const welcomeText = (page) => page.evaluate(() => {
  const paragraph = [...document.querySelectorAll('.welcome p')].find((p) => p.getClientRects().length > 0);
  if (!paragraph) return null;
  const box = paragraph.getBoundingClientRect();
  const heading = [...document.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0);
  return {
    words: paragraph.textContent.trim(), width: Math.round(box.width), height: Math.round(box.height),
    top: Math.round(box.top), headingTop: Math.round(heading.getBoundingClientRect().top),
  };
});

for (const [width, height] of [[1350, 940], [412, 823]]) {
  test(`at ${width} px the page shows its first screen before the app starts, and the app moves nothing`, async () => {
    const waiting = await newContext(width, height);
    const running = await newContext(width, height);
    try {
      // Before the app starts, as on a slow connection: the module never arrives.
      const before = await waiting.newPage();
      await before.route('**/*.wasm', (route) => route.abort());
      await before.goto(env.server.url);
      const drawnFirst = await welcomeText(before);
      assert.ok(drawnFirst, 'the welcome is drawn before the app starts');
      assert.equal(await before.getByRole('heading', { level: 1 }).textContent(), 'Draft a response to an inspection report');
      await screenshot(before, `first-paint-${width}`);

      const page = await running.newPage();
      await page.addInitScript(() => {
        window.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.layoutShifts.push({ value: entry.value, moved: entry.sources.map((s) => s.node?.nodeName ?? '?') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openApp(running, env.server.url, page);
      // Past the first review, which fills in the Checks button's counts.
      await page.locator('#checks-button .count').first().waitFor();
      await page.waitForTimeout(500);
      // The same words at the same width, and never larger than what was drawn first: the
      // browser would take a larger one, drawn later, as the page's largest paint.
      const drawnByApp = await welcomeText(page);
      assert.deepEqual([drawnByApp.words, drawnByApp.width], [drawnFirst.words, drawnFirst.width]);
      assert.ok(drawnByApp.height <= drawnFirst.height, `the app's welcome (${drawnByApp.height} px) is no taller than the first (${drawnFirst.height} px)`);
      // Where they were: the first screen holds the room the app's header, welcome and Edit /
      // Preview switch take at this width (a phone's header is three rows).
      assert.ok(Math.abs(drawnByApp.top - drawnFirst.top) <= 1, `the welcome stays where it was drawn first (${drawnFirst.top} px, then ${drawnByApp.top} px)`);
      assert.ok(Math.abs(drawnByApp.headingTop - drawnFirst.headingTop) <= 1, `the heading stays where it was drawn first (${drawnFirst.headingTop} px, then ${drawnByApp.headingTop} px)`);
      assert.equal(await page.locator('#first-paint').count(), 0, 'what was drawn first is gone');
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
      const shifts = await page.evaluate(() => window.layoutShifts);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      assert.ok(total < 0.05, `layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
    } finally {
      await waiting.close();
      await running.close();
    }
  });
}

test('the first screen is painted before the app\'s module is fetched, so a slow connection shows it at once', async () => {
  const context = await newContext(412, 823);
  try {
    const page = await openApp(context, env.server.url);
    // When the browser painted it (its `paintTime`), not when the screen showed it.
    const { painted, fetched } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.paintTime,
      fetched: performance.getEntriesByType('resource').find((entry) => /response-drafter-[^/]*_bg\.wasm$/.test(entry.name))?.startTime,
    }));
    assert.ok(painted > 0 && fetched > 0, `both seen: painted at ${painted}, module fetched at ${fetched}`);
    assert.ok(fetched >= painted, `the module was fetched at ${fetched.toFixed(0)} ms, before the first paint at ${painted.toFixed(0)} ms`);
  } finally {
    await context.close();
  }
});

test('once the welcome is put away, it is not drawn before the app starts either', async () => {
  const context = await newContext(1350);
  try {
    const page = await openApp(context, env.server.url);
    await page.getByRole('button', { name: 'Dismiss the welcome' }).click();
    await page.route('**/*.wasm', (route) => route.abort());
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await welcomeText(page), null);
  } finally {
    await context.close();
  }
});

test('a long report title is shown whole, wrapping in its box, and stays one line of text', async () => {
  const context = await newContext(1440);
  try {
    const page = await openApp(context, env.server.url);
    const title = page.getByLabel('Report title');
    const long = 'An inspection of the effectiveness of the police and law enforcement bodies’ response to group-based child sexual exploitation in England and Wales, and of the support given to victims';
    await title.fill(long);
    const box = await title.evaluate((field) => ({
      hidden: Math.max(field.scrollHeight - field.clientHeight, field.scrollWidth - field.clientWidth),
      height: field.getBoundingClientRect().height,
      oneLine: document.getElementById('report-inspectorate').getBoundingClientRect().height,
    }));
    assert.ok(box.hidden <= 1, `nothing of the title is scrolled out of sight (${box.hidden} px)`);
    assert.ok(box.height > 1.5 * box.oneLine, `the title's box grows to show it whole (${box.height} px, one line ${box.oneLine} px)`);
    // Enter adds no line break, and a break pasted in becomes a space.
    await title.press('End');
    await title.press('Enter');
    assert.equal(await title.inputValue(), long);
    await title.fill('PEEL 2025\nKent');
    assert.equal(await title.inputValue(), 'PEEL 2025 Kent');
    await preview(page).getByText('PEEL 2025 Kent').first().waitFor();
  } finally {
    await context.close();
  }
});
