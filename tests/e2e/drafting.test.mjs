// Drafting a whole response as a person would: by labels and roles, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openApp, screenshot, eventually, preview, appStarted } from './support.mjs';
import { fixtureParts, typeFixture, item } from './fixture.mjs';

const env = appAndBrowser();


async function newContext(options = {}) {
  return env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', ...options });
}

/**
 * The preview's markup and the given HTML, each as the browser serialises it. The preview holds
 * each part of the page in an element of its own; nothing else is on the page.
 */
async function previewAndParsed(page, html) {
  return page.evaluate((copied) => {
    const article = document.querySelector('.preview-host').shadowRoot.querySelector('article');
    const parts = [...article.childNodes];
    if (parts.some((node) => node.nodeName !== 'RD-PART')) throw new Error(`the page holds more than its parts: ${article.innerHTML.slice(0, 200)}`);
    const parsed = document.createElement('template');
    parsed.innerHTML = copied;
    return { preview: parts.map((part) => part.innerHTML).join(''), copied: parsed.innerHTML };
  }, html);
}

test('the fixture can be drafted in full, previewed, copied and found again after a reload', async () => {
  const parts = fixtureParts();
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openApp(context, env.server.url);
  await typeFixture(page, parts);

  const shown = preview(page);
  await shown.getByRole('heading', { name: 'Avon & Somerset PCC response dated 7 August 2025' }).waitFor();
  for (const part of parts.items) {
    await shown.getByRole('heading', { name: `${part.kind} ${part.number}` }).waitFor();
  }
  assert.equal(await shown.getByRole('heading', { name: 'Response', exact: true }).count(), 4);
  assert.equal(await shown.getByRole('listitem').count(), 5);
  const link = shown.getByRole('link', { name: /avonandsomerset-pcc\.gov\.uk/ });
  assert.equal(await link.getAttribute('href'), 'https://www.avonandsomerset-pcc.gov.uk/reports-publications/hmicfrs-reports/');
  const text = await page.evaluate(() => document.querySelector('.preview-host').shadowRoot.querySelector('article').innerText);
  assert.match(text, /published by HMICFRS on 12 June 2025/);
  assert.ok(text.indexOf('Area for improvement 2') < text.indexOf('Area for improvement 4'));

  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByText('HTML copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^<p>'An inspection of the south-west regional response/);
  assert.doesNotMatch(copied, /class=|style=|<!--/);
  const { preview: previewHtml, copied: copiedHtml } = await previewAndParsed(page, copied);
  assert.equal(previewHtml, copiedHtml, 'the preview shows exactly what is copied');

  await page.getByText('Saved', { exact: true }).waitFor();
  await screenshot(page, 'wide-fixture');
  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByLabel('Report title').inputValue(), parts.title);
  assert.equal(await page.getByLabel('Date of this response').inputValue(), '7 August 2025');
  assert.equal(await item(page, 3).getByLabel('Number').inputValue(), '4');
  assert.equal(await item(page, 4).getByLabel('Response', { exact: true }).inputValue(), parts.items[3].response);
  const afterReload = await previewAndParsed(page, copied);
  assert.equal(afterReload.preview, copiedHtml, 'the reloaded draft renders the same page');
  assert.deepEqual(page.errors.filter((e) => !e.includes('favicon')), []);
  await context.close();
});

test('text typed just before a reload is kept', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await page.getByLabel('Report title').fill('Reload straight away');
  await item(page, 1).getByLabel('Response', { exact: true }).pressSequentially('Typed in a hurry');
  await page.reload();
  await appStarted(page);
  assert.equal(await item(page, 1).getByLabel('Response', { exact: true }).inputValue(), 'Typed in a hurry');
  assert.equal(await page.getByLabel('Report title').inputValue(), 'Reload straight away');
  await context.close();
});

test('items can be added, moved, removed and the removal undone', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await item(page, 1).getByLabel('What the report says').fill('First');
  await page.getByRole('button', { name: 'Add item' }).click();
  await item(page, 2).getByLabel('What the report says').fill('Second');
  await page.getByRole('button', { name: 'Add item' }).click();
  await item(page, 3).getByLabel('What the report says').fill('Third');
  assert.equal(await item(page, 3).getByLabel('Number').inputValue(), '3', 'numbers follow on');

  await page.getByRole('button', { name: 'Move up: Recommendation 3' }).click();
  assert.equal(await item(page, 2).getByLabel('What the report says').inputValue(), 'Third');
  const order = await preview(page).getByRole('heading', { level: 3 }).allInnerTexts();
  assert.deepEqual(order, ['Recommendation 1', 'Recommendation 3', 'Recommendation 2']);

  await page.getByRole('button', { name: 'Remove: Recommendation 3' }).click();
  await page.getByText('Removed Recommendation 3.').waitFor();
  assert.equal(await preview(page).getByText('Third').count(), 0);
  await page.getByRole('button', { name: 'Undo removal' }).click();
  assert.equal(await item(page, 2).getByLabel('What the report says').inputValue(), 'Third');
  await preview(page).getByText('Third').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Undo removal' }).count(), 0);
  await context.close();
});

test('a second draft is independent of the first, and deleting asks first', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await page.getByLabel('Report title').fill('First report');
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'New draft' }).click();
  assert.equal(await page.getByLabel('Report title').inputValue(), '');
  assert.equal(await page.getByLabel('Inspectorate').inputValue(), 'HMICFRS');
  assert.match(await page.getByLabel('Introduction', { exact: true }).inputValue(), /section 55 of the Police Act 1996/);
  await page.getByLabel('Report title').fill('Second report');
  await page.getByLabel('Draft', { exact: true }).selectOption({ label: 'First report' });
  assert.equal(await page.getByLabel('Report title').inputValue(), 'First report');
  await page.getByLabel('Draft', { exact: true }).selectOption({ label: 'Second report' });
  assert.equal(await page.getByLabel('Report title').inputValue(), 'Second report');

  // Deleting is in the drafts list, behind a draft's "More", and asks first.
  await page.getByRole('button', { name: 'All drafts' }).click();
  const list = page.getByRole('region', { name: 'Your drafts' });
  await list.locator('summary').filter({ hasText: 'More actions for “Second report”' }).click();
  await list.getByRole('button', { name: 'Delete “Second report”' }).click();
  await list.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.getByLabel('Report title').inputValue(), 'Second report');
  await list.locator('summary').filter({ hasText: 'More actions for “Second report”' }).click();
  await list.getByRole('button', { name: 'Delete “Second report”' }).click();
  await list.getByText('Delete “Second report”? You can undo this for 30 seconds.').waitFor();
  await list.getByRole('button', { name: 'Yes, delete it' }).click();
  await eventually(() => page.getByLabel('Report title').inputValue(), 'First report');
  const names = await page.getByLabel('Draft', { exact: true }).locator('option').allInnerTexts();
  assert.deepEqual(names, ['First report']);
  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByLabel('Report title').inputValue(), 'First report');
  await context.close();
});

test('hostile text is shown as text and never runs', async () => {
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openApp(context, env.server.url);
  let dialogs = 0;
  page.on('dialog', async (dialog) => { dialogs++; await dialog.dismiss(); });
  const attack = '<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))';
  await page.getByLabel('Report title').fill(attack);
  await page.getByLabel('Introduction', { exact: true }).fill(attack);
  await item(page, 1).getByLabel('Status (optional)').fill(attack);
  await preview(page).getByText('<script>alert(1)</script>', { exact: false }).first().waitFor();
  const injected = await page.evaluate(() => {
    const root = document.querySelector('.preview-host').shadowRoot;
    return root.querySelectorAll('script, img, [onerror], a[href^="javascript"]').length;
  });
  assert.equal(injected, 0);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByText('HTML copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.doesNotMatch(copied, /<script|<img|href="javascript/i);
  assert.match(copied, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.equal(dialogs, 0);
  await context.close();
});

test('where the clipboard is refused, the HTML is shown selected to copy by hand', async () => {
  const context = await newContext();
  await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const page = await openApp(context, env.server.url);
  await page.getByLabel('Report title').fill('No clipboard here');
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  const box = page.getByRole('textbox', { name: /did not let us copy/ });
  await box.waitFor();
  const html = await box.inputValue();
  assert.match(html, /<p>'No clipboard here' published by HMICFRS<\/p>/);
  const selectedAll = () => page.evaluate(() => {
    const area = document.activeElement;
    return area.id === 'copy-by-hand' && area.selectionStart === 0 && area.selectionEnd === area.value.length;
  });
  await eventually(selectedAll, true);
  await context.close();
});

test('screens at wide and narrow widths', async () => {
  const parts = fixtureParts();
  for (const [name, viewport] of [['wide', { width: 1400, height: 900 }], ['narrow', { width: 390, height: 844 }]]) {
    const context = await newContext({ viewport });
    const page = await openApp(context, env.server.url);
    await typeFixture(page, parts);
    await page.getByText('Saved', { exact: true }).waitFor();
    await screenshot(page, `${name}-top`);
    await item(page, 4).scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-items`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `no sideways scrolling at ${viewport.width}px`);
    await context.close();
  }
});

test('a keystroke replaces only the blocks of the preview it changed', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  for (let i = 2; i <= 30; i++) await page.getByRole('button', { name: 'Add item' }).click();
  await item(page, 30).getByLabel('What the report says').fill('Last item');
  await preview(page).getByText('Last item').waitFor();
  // Tag every node now in the preview; nodes that survive a keystroke keep the tag.
  const tagAll = () => page.evaluate(() => {
    const article = document.querySelector('.preview-host').shadowRoot.querySelector('article');
    const nodes = [...article.querySelectorAll('rd-part')].flatMap((part) => [part, ...part.childNodes]);
    nodes.forEach((node) => { node.survivor = true; });
    return nodes.length;
  });
  const changed = () => page.evaluate(() => {
    const article = document.querySelector('.preview-host').shadowRoot.querySelector('article');
    const nodes = [...article.querySelectorAll('rd-part')].flatMap((part) => [part, ...part.childNodes]);
    return { replaced: nodes.filter((node) => !node.survivor).map((n) => n.textContent).filter((text) => text.trim()), total: nodes.length };
  });
  const tagged = await tagAll();
  const response = item(page, 15).getByLabel('Response', { exact: true });
  await response.pressSequentially('x');
  await preview(page).getByText('x', { exact: true }).waitFor();
  const first = await changed();
  assert.ok(tagged > 60, `the preview holds the page (${tagged} nodes)`);
  assert.equal(first.total, tagged + 4, 'the new response adds its heading and paragraph');
  assert.deepEqual(first.replaced, ['Response', 'x'], 'only the new blocks were made');

  await response.press('Enter');
  await response.pressSequentially('Second paragraph');
  await preview(page).getByText('Second paragraph', { exact: true }).waitFor();
  await tagAll();
  await response.pressSequentially(' grows');
  await preview(page).getByText('Second paragraph grows', { exact: true }).waitFor();
  assert.deepEqual((await changed()).replaced, ['Second paragraph grows'], 'typing in a paragraph remakes that paragraph alone');
  await context.close();
});

test('the preview keeps the item being written in view', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  for (let i = 2; i <= 30; i++) await page.getByRole('button', { name: 'Add item' }).click();
  for (const number of [25, 30, 3, 18]) {
    await item(page, number).getByLabel('What the report says').fill(`Finding ${number}`);
  }
  // Where the heading of an item's part sits in the preview pane, from its top (below the pane's
  // own heading) to its bottom.
  const place = (number) => page.evaluate((wanted) => {
    const pane = document.querySelector('.preview');
    const heading = [...document.querySelector('.preview-host').shadowRoot.querySelectorAll('h3')].find((h) => h.textContent === `Recommendation ${wanted}`);
    const top = heading.getBoundingClientRect().top;
    const area = pane.getBoundingClientRect();
    return { inView: top >= area.top + pane.firstElementChild.offsetHeight && top < area.bottom - heading.offsetHeight, scrolled: pane.scrollTop };
  }, number);
  // Out of the items, and past the frames in which the preview settles on the last one.
  await page.getByLabel('Report title').focus();
  await page.waitForTimeout(500);
  await page.evaluate(() => { document.querySelector('.preview').scrollTop = 0; });
  await page.waitForTimeout(100);
  assert.equal((await place(25)).inView, false, 'item 25 starts out of view');
  for (const number of [25, 3, 30, 18]) {
    await item(page, number).getByLabel('Response', { exact: true }).focus();
    await eventually(async () => (await place(number)).inView, true);
  }
  // Another field of the same item: the preview stays where it is.
  await page.waitForTimeout(500);
  const before = (await place(18)).scrolled;
  await item(page, 18).getByLabel('Number').focus();
  await page.waitForTimeout(100);
  assert.equal((await place(18)).scrolled, before);
  await context.close();
});

/**
 * The height at which each block of the preview starts, and where it starts when the copied
 * fragment is laid out as one flat page beside it (same shadow root, stylesheet and width).
 */
async function previewAndFlatTops(page) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await eventually(() => page.evaluate(async () => (await navigator.clipboard.readText()).length > 0), true);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  return page.evaluate((html) => {
    const root = document.querySelector('.preview-host').shadowRoot;
    const shown = root.querySelector('article');
    // A part out of view is not laid out, and keeps the size it last had; in view, it is laid
    // out as with this containment (CSS Containment 2, content-visibility: auto). All in view:
    const inView = document.createElement('style');
    inView.textContent = 'rd-part { content-visibility: visible !important; contain: layout style paint !important; }';
    root.append(inView);
    const published = document.createElement('article');
    published.className = 'page';
    published.innerHTML = html;
    // The page's first margin may pass through the top of the page; the box keeps it in view.
    const box = document.createElement('div');
    box.style.display = 'flow-root';
    box.append(published);
    root.append(box);
    const tops = (start, blocks) => blocks.map((block) => `${block.tagName} ${Math.round(block.getBoundingClientRect().top - start.getBoundingClientRect().top)}`);
    const result = {
      preview: tops(shown, [...shown.querySelectorAll(':scope > rd-part > *, :scope > rd-part > * > *')]),
      flat: tops(box, [...published.querySelectorAll(':scope > *, :scope > * > *')]),
    };
    box.remove();
    inView.remove();
    return { ...result, copied: html };
  }, copied);
}

test('the preview spaces its parts as the published page does', async () => {
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openApp(context, env.server.url);
  await typeFixture(page, fixtureParts());
  const plain = await previewAndFlatTops(page);
  assert.ok(plain.flat.length > 20, `the page has its blocks (${plain.flat.length})`);
  assert.deepEqual(plain.preview, plain.flat, 'plain style');

  // Opened again from storage: the gaps are put right as soon as the page is first drawn.
  await page.reload();
  await appStarted(page);
  const reopened = await previewAndFlatTops(page);
  assert.deepEqual(reopened.preview, reopened.flat, 'opened from storage');

  // Without the first two parts the page starts elsewhere; class names change the blocks.
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByLabel('Start with the report line', { exact: false }).uncheck();
  await page.getByLabel('Start with the response heading', { exact: false }).uncheck();
  await page.getByLabel('Add class names', { exact: false }).check();
  const trimmed = await previewAndFlatTops(page);
  assert.match(trimmed.flat[0], /^DIV /, 'the page starts with the introduction, in its class-named block');
  assert.deepEqual(trimmed.preview, trimmed.flat, 'no report line or heading, with class names');
  const markup = await previewAndParsed(page, trimmed.copied);
  assert.equal(markup.preview, markup.copied, 'the preview follows the publishing options');

  // A website's own margins, negative ones among them.
  await page.getByLabel('My website’s stylesheet').check();
  await page.getByLabel('Your website’s CSS').fill('.page { padding: 0 1rem; } p { margin: 2em 0 0.25em; } h3 { margin: 0.5em 0 3em; } h4 { margin: -0.5em 0 1em; } ul { margin: 3em 0; }');
  const site = await previewAndFlatTops(page);
  assert.notDeepEqual(site.flat, trimmed.flat, 'the website’s stylesheet is in use');
  assert.deepEqual(site.preview, site.flat, 'the website’s stylesheet');
  await context.close();
});

test('reopening the app returns to the draft and place you left', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  // The first visit's welcome is not there when the app opens again: out of the way first.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByLabel('Report title').fill('Where I was');
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Report title').fill('Other draft');
  await page.getByLabel('Draft', { exact: true }).selectOption({ label: 'Where I was' });
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByRole('button', { name: 'Add item' }).click();
  // Adding an item takes the focus (and the page) to it; then the person scrolls on.
  await eventually(() => page.evaluate(() => document.activeElement.closest('fieldset')?.querySelector('legend').textContent), 'Item 3 of 3: Recommendation 3');
  await page.getByLabel('Closing').scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 300, `scrolled down (${scrolled}px)`);
  await page.close();
  const again = await openApp(context, env.server.url);
  assert.equal(await again.getByLabel('Report title').inputValue(), 'Where I was');
  await eventually(async () => Math.abs((await again.evaluate(() => window.scrollY)) - scrolled) < 40, true);
  await context.close();
});

test('with storage switched off the app still opens and edits, and says nothing is kept', async () => {
  const context = await newContext();
  await context.addInitScript(() => Object.defineProperty(window, 'localStorage', {
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  }));
  const page = await openApp(context, env.server.url);
  await page.getByRole('alert').filter({ hasText: 'not letting Response Drafter keep anything' }).waitFor();
  await page.getByLabel('Report title').fill('Kept in memory only');
  await preview(page).getByText("'Kept in memory only' published by HMICFRS").waitFor();
  await page.getByText('Not saved', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Report title').inputValue(), 'Kept in memory only');
  assert.deepEqual(page.errors.filter((e) => !e.includes('favicon')), []);
  await context.close();
});

test('other roles, the signatory and the chief constable’s comments reach the page', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await page.getByLabel('Area or body responding').fill('London');
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Other (type it below)' });
  await page.getByLabel('Role as it should read').fill('Mayor’s Office for Policing and Crime');
  await page.getByLabel('Date of this response').fill('2025-08-07');
  await page.getByLabel('Signed by (optional)').fill('Kaya Comer-Schwartz');
  await page.getByLabel('Signatory’s title (optional)').fill('Deputy Mayor for Policing and Crime');
  await page.getByLabel('Chief constable’s comments (if any)').fill('I welcome the report.');
  await page.getByLabel('Comments from').fill('Commissioner of Police of the Metropolis');
  await page.getByLabel('Your reply to the chief constable’s comments').fill('I will hold the force to account.');
  const group = item(page, 1);
  await group.getByLabel('Kind', { exact: true }).selectOption({ label: 'Other (type it below)' });
  await group.getByLabel('Kind as it should read').fill('Innovative practice');
  await group.getByLabel('Number').fill('1a');
  await group.getByLabel('Addressed to (optional)').fill('chief constables');
  await group.getByLabel('Status (optional)').fill('In progress');
  await group.getByLabel('Lead agency (optional)').fill('College of Policing');
  const shown = preview(page);
  await shown.getByRole('heading', { name: 'London Mayor’s Office for Policing and Crime response dated 7 August 2025' }).waitFor();
  await shown.getByRole('heading', { name: 'Chief constable’s comments', exact: true }).waitFor();
  await shown.getByRole('heading', { name: 'Reply to the chief constable’s comments' }).waitFor();
  await shown.getByRole('heading', { name: 'Innovative practice 1a' }).waitFor();
  const text = await page.evaluate(() => document.querySelector('.preview-host').shadowRoot.querySelector('article').innerText);
  for (const expected of ['From: Commissioner of Police of the Metropolis', 'Addressed to: chief constables',
    'Status: In progress', 'Lead agency: College of Policing', 'Kaya Comer-Schwartz\nDeputy Mayor for Policing and Crime']) {
    assert.ok(text.includes(expected), `preview shows ${JSON.stringify(expected)}`);
  }
  await context.close();
});

test('dates can be typed as people write them, or picked, and read back in full', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  const published = page.getByLabel('Date the report was published');
  await published.fill('12/6/2025');
  await published.blur();
  assert.equal(await published.inputValue(), '12 June 2025');
  await preview(page).getByText('on 12 June 2025', { exact: false }).waitFor();
  await published.fill('Thursday 22 September 2022');
  await published.blur();
  assert.equal(await published.inputValue(), '22 September 2022');

  await published.fill('31 June 2025');
  await published.blur();
  const message = page.locator('#report-published-error');
  await message.waitFor();
  assert.equal(await message.textContent(), 'Error: Enter a real date, for example 12 June 2025 or 12/6/2025');
  assert.equal(await published.getAttribute('aria-invalid'), 'true');
  assert.match(await published.getAttribute('aria-describedby'), /report-published-error/);
  assert.equal(await published.inputValue(), '31 June 2025', 'what was typed stays to be put right');
  // A date that cannot be read is no date: the preview never shows the earlier one (with no
  // title either, there is no report line at all).
  await eventually(() => preview(page).getByText('22 September 2022', { exact: false }).count(), 0);

  await page.locator('#report-published ~ .date-picker').fill('2025-08-07');
  assert.equal(await published.inputValue(), '7 August 2025');
  assert.equal(await published.getAttribute('aria-invalid'), 'false');
  await published.fill('');
  await published.blur();
  await eventually(() => preview(page).getByText('published by HMICFRS on', { exact: false }).count(), 0);
  await context.close();
});

test('each item and the whole response show their word counts as they are written', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await page.getByLabel('Introduction', { exact: true }).fill('One two three.');
  await item(page, 1).getByLabel('What the report says').fill('The force should act.');
  await item(page, 1).getByLabel('Response', { exact: true }).fill('- four\n- five – six');
  await item(page, 1).getByText('This item: 7 words').waitFor();
  await page.getByText('The response has 10 words').waitFor();
  await page.getByRole('button', { name: 'Add item' }).click();
  await item(page, 2).getByLabel('Response', { exact: true }).fill('Seven.');
  await item(page, 2).getByText('This item: 1 word').waitFor();
  await page.getByText('The response has 11 words').waitFor();
  await context.close();
});

test('a one-field part is titled once, and counts read as English', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    // "Introduction" and "Closing" are each said once: by the field's label, not also by a box.
    for (const name of ['Introduction', 'Closing']) {
      assert.equal(await page.getByText(name, { exact: true }).filter({ visible: true }).count(), 1, `${name} is written once`);
      assert.equal(await page.getByRole('group', { name }).count(), 0, `${name} has no box of its own`);
      await page.getByLabel(name, { exact: true }).waitFor();
    }
    await page.getByText('0 of 1 item answered').waitFor();
    // A new draft's template already has words of its own: clear them all to count from none.
    for (const label of ['Introduction', 'Closing']) await page.getByLabel(label, { exact: true }).fill('');
    await page.getByText('The response has 0 words', { exact: true }).waitFor();
    await item(page, 1).getByLabel('Response', { exact: true }).fill('Done.');
    await page.getByText('1 of 1 item answered').waitFor();
    await page.getByText('The response has 1 word', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByText('1 of 2 items answered').waitFor();
    // The count and its unit stay together on a narrow screen.
    await page.setViewportSize({ width: 320, height: 800 });
    const lines = await page.getByText(/^The response has/).evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    assert.equal(lines, 1, 'the word count fits one line at 320 px');
  } finally {
    await context.close();
  }
});

test('the preview follows whichever part is being written, not only items', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    for (let i = 2; i <= 25; i++) await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByLabel('Introduction', { exact: true }).fill('Our introduction.');
    await page.getByLabel('Closing', { exact: true }).fill('Our closing words.');
    // Whether the preview shows the text `words`, below the pane's own heading.
    const shows = (words) => page.evaluate((wanted) => {
      const pane = document.querySelector('.preview');
      const block = [...document.querySelector('.preview-host').shadowRoot.querySelectorAll('p')].find((p) => p.textContent === wanted);
      const top = block.getBoundingClientRect().top;
      const area = pane.getBoundingClientRect();
      return top >= area.top + pane.firstElementChild.offsetHeight && top < area.bottom - block.offsetHeight;
    }, words);
    await item(page, 25).getByLabel('Response', { exact: true }).focus();
    await eventually(() => shows('Our introduction.'), false);
    await page.getByLabel('Introduction', { exact: true }).focus();
    await eventually(() => shows('Our introduction.'), true);
    await page.getByLabel('Closing', { exact: true }).focus();
    await eventually(() => shows('Our closing words.'), true);
    assert.equal(await shows('Our introduction.'), false);
  } finally {
    await context.close();
  }
});

/** A stored draft of `count` items of about 200 words each, as an earlier visit left it. */
function longDraft(count) {
  const words = 'the force has made good progress and we will monitor this plan with officers and partners'.split(' ');
  const text = (seed, length) => Array.from({ length }, (_, i) => words[(seed + i * 7) % words.length]).join(' ');
  return JSON.stringify({
    schema_version: 3, revision: 1, saved_at: 1754000000000, name: '',
    publishing: { first_heading: 2, report_line: true, response_heading: true, class_hooks: false },
    draft: {
      report: { title: 'PEEL 2025: Kent', inspectorate: 'HMICFRS', published: '2025-08-01', link: '' },
      responder: { body: 'Kent', role: 'pcc', signatory_name: 'A Person', signatory_title: 'PCC', response_date: '2025-09-01' },
      introduction: 'Introduction.',
      chief_constable: { comments: '', attribution: '', reply: '' },
      items: Array.from({ length: count }, (_, i) => ({
        kind: 'recommendation', number: String(i + 1), addressee: '', text: text(i, 40),
        response: text(i + 3, 160), status: '', lead_agency: '', due: null,
      })),
      closing: 'Closing.',
      life: { stage: 'drafting' },
    },
  });
}

test('a long draft opens a slice of items at a time: all are drawn, counted and reachable from the first moment', async () => {
  const context = await newContext();
  try {
    await context.addInitScript((text) => {
      if (localStorage.getItem('test-seeded')) return;
      localStorage.setItem('response-drafter:draft:long', text);
      localStorage.setItem('response-drafter:current', JSON.stringify({ id: 'long', scroll_y: 0 }));
      localStorage.setItem('test-seeded', 'yes');
    }, longDraft(80));
    const page = await context.newPage();
    page.on('pageerror', (error) => assert.fail(error.message));
    // A slow computer, so that the items are still being drawn when the person jumps.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    await page.goto(env.server.url);
    // As soon as the form is there, the outline's last item is a jump away, drawn or not.
    await page.getByText(/^Outline: jump to a part or item/).click();
    const link = page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: /^Recommendation 80 / });
    await link.waitFor();
    assert.ok(await page.locator('fieldset.item').count() < 80, 'the items are still being drawn');
    await link.click();
    await eventually(() => page.evaluate(() => document.activeElement?.closest('fieldset.item')?.querySelector('legend')?.textContent), 'Item 80 of 80: Recommendation 80');
    await eventually(() => page.locator('fieldset.item').count(), 80);
    await eventually(() => page.locator('.preview-host').evaluate((host) => host.shadowRoot.querySelectorAll('h3').length), 80);
    // The response's words are counted once every item is there: 80 × 200, and one each in
    // the introduction and the closing.
    await eventually(() => page.locator('.deadline .word-count').textContent(), 'The response has 16,002 words');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.reload();
    // Opened again with no jump, every item arrives in turn, in order.
    await eventually(() => page.locator('fieldset.item').count(), 80);
    const legends = await page.locator('fieldset.item > legend').allTextContents();
    assert.deepEqual(legends, Array.from({ length: 80 }, (_, i) => `Item ${i + 1} of 80: Recommendation ${i + 1}`));
  } finally {
    await context.close();
  }
});
