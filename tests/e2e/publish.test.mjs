// Publishing: HTML options kept per draft, copies as formatted text, plain text and Markdown, a
// standalone page that validates and passes axe, a Word document, printing, and the preview's
// looks. Clipboard contents are read back with clipboard permissions granted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { appAndBrowser, openApp, eventually, preview, screenshot, injectAxe, appStarted } from './support.mjs';
import { item } from './fixture.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');

const env = appAndBrowser({ scratch: true });


async function newContext() {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return context;
}

const panel = (page) => page.getByRole('region', { name: 'Publish' });

async function openPublish(page) {
  await page.getByRole('button', { name: 'Publish…' }).click();
  await panel(page).waitFor();
}

/** A draft with a link, a list, emphasis and every part that shows. */
async function writeDraft(page) {
  await page.getByLabel('Report title').fill('PEEL 2025: Kent');
  await page.getByLabel('Date the report was published').fill('2025-06-12');
  await page.getByLabel('Link to the report (optional)').fill('https://hmicfrs.example/peel');
  await page.getByLabel('Area or body responding').fill('Kent');
  await page.getByLabel('Date of this response').fill('7 August 2025');
  await page.getByLabel('Introduction', { exact: true }).fill('I **welcome** this report.\n- one\n- two\nSee https://opcc.example/plan');
  await item(page, 1).getByLabel('What the report says').fill('The force should act.');
  await item(page, 1).getByLabel('Response', { exact: true }).fill('We have [a plan](https://opcc.example/plan).');
  await item(page, 1).getByLabel('Status (optional)').fill('In progress');
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

/** Runs the Nu HTML Checker on a document; resolves to its errors. */
async function validate(name, html) {
  const path = join(env.scratch, name);
  await writeFile(path, html);
  try {
    await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', path]);
    return [];
  } catch (failure) {
    return JSON.parse(failure.stderr).messages.map((m) => `${m.type}: ${m.message} (${m.extract ?? ''})`);
  }
}

async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(env.scratch, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

test('HTML options are kept with each draft and shape Copy HTML', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await openPublish(page);
  // The focus moves in the frame after the panel is drawn.
  await eventually(() => page.evaluate(() => document.activeElement.id), 'publish-panel', 2000);
  await panel(page).getByLabel('The response heading is').selectOption({ label: 'Heading 3 (<h3>)' });
  await panel(page).getByLabel(/Start with the report line/).uncheck();
  await panel(page).getByLabel(/Add class names/).check();
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'HTML copied' }).waitFor();
  let html = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(html, /^<h3 class="rd-response-heading">Kent PCC response dated/);
  assert.match(html, /<section class="rd-item rd-recommendation">\n<h4 class="rd-item-heading">Recommendation 1<\/h4>/);
  assert.doesNotMatch(html, /published by HMICFRS/);
  const fragmentErrors = await validate('fragment.html', `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Fragment</title></head><body>${html}</body></html>`);
  assert.deepEqual(fragmentErrors, []);

  await page.reload();
  await appStarted(page);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'HTML copied' }).waitFor();
  html = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(html, /^<h3 class="rd-response-heading">/, 'remembered with the draft');

  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await eventually(() => page.evaluate(() => navigator.clipboard.readText()).then((t) => t.startsWith('<h2>PCC response')), true);
  await context.close();
});

test('Copy HTML carries the page and its HTML code together; plain text and Markdown copy too', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'HTML copied' }).waitFor();
  const forms = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type) => (await item.getType(type)).text();
    return { types: [...item.types].sort(), html: await read('text/html'), text: await read('text/plain') };
  });
  assert.deepEqual(forms.types, ['text/html', 'text/plain']);
  assert.match(forms.html, /<h2>Kent PCC response dated/);
  assert.match(forms.html, /<li>one<\/li>/);
  assert.match(forms.html, /<a href="https:\/\/opcc.example\/plan">a plan<\/a>/);
  // The plain form is the code itself, for a source view or a plain box.
  assert.match(forms.text, /^<p>'<a href="https:\/\/hmicfrs.example\/peel">PEEL 2025: Kent<\/a>' published by HMICFRS/);
  assert.match(forms.text, /<ul>\n<li>one<\/li>\n<li>two<\/li>\n<\/ul>/);

  await openPublish(page);
  assert.equal(await panel(page).getByRole('button', { name: 'Copy formatted text' }).count(), 0, 'Copy HTML does this now');
  await panel(page).getByRole('button', { name: 'Copy plain text' }).click();
  await panel(page).getByRole('status').filter({ hasText: 'Plain text copied' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^'PEEL 2025: Kent' published by HMICFRS on 12 June 2025\n/);
  assert.doesNotMatch(text, /\*\*/);

  await panel(page).getByRole('button', { name: 'Copy Markdown' }).click();
  await panel(page).getByRole('status').filter({ hasText: 'Markdown copied' }).waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(markdown, /## Kent PCC response dated \d+ \w+ \d{4}/);
  assert.match(markdown, /### Recommendation 1\n\nThe force should act\.\n\n#### Response\n\n\*\*Status:\*\* In progress\n\nWe have \[a plan\]\(https:\/\/opcc.example\/plan\)\./);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the standalone web page validates, has no axe violations and makes no requests', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await openPublish(page);
  await page.getByLabel('Date of this response').fill('7 August 2025');
  const { name, path } = await downloaded(page, panel(page).getByRole('button', { name: 'Download web page' }));
  assert.equal(name, 'kent-pcc-response-peel-2025-kent-2025-08-07.html', 'named from the report and the response date');
  const html = await readFile(path, 'utf8');
  assert.match(html, /^<!DOCTYPE html>\n<html lang="en-GB">/);
  assert.doesNotMatch(html, /:host|rd-part|\/\*/, 'none of the app\'s own styling');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  assert.deepEqual(await validate('standalone.html', html), []);

  const viewer = await context.newPage();
  const requests = [];
  viewer.on('request', (request) => requests.push(request.url()));
  await viewer.goto(`file://${path}`);
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:')), [], 'no requests to anywhere');
  assert.equal(await viewer.title(), 'Kent PCC response: PEEL 2025: Kent');
  assert.equal(await viewer.getByRole('heading', { level: 1 }).innerText(), 'Kent PCC response dated 7 August 2025');
  await injectAxe(viewer);
  const violations = await viewer.evaluate(async () => (await window.axe.run()).violations.map((v) => `${v.id}: ${v.help}`));
  assert.deepEqual(violations, []);
  const look = await viewer.evaluate(() => {
    const page = document.querySelector('.page').getBoundingClientRect();
    const space = (name) => parseFloat(getComputedStyle([...document.querySelectorAll('h2, h3')].find((h) => h.textContent === name)).marginTop);
    return { left: page.left, right: innerWidth - page.right, item: space('Recommendation 1'), response: space('Response') };
  });
  assert.ok(look.left > 100 && Math.abs(look.left - look.right) <= 1, `centred: ${JSON.stringify(look)}`);
  assert.ok(look.item > look.response * 1.4, `more space above an item's heading: ${JSON.stringify(look)}`);
  await screenshot(viewer, 'standalone-page');
  await context.close();
});

test('the Word document is a valid package with real headings, lists and links', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await openPublish(page);
  await page.getByLabel('Date of this response').fill('7 August 2025');
  const { name, path } = await downloaded(page, panel(page).getByRole('button', { name: 'Download Word document' }));
  assert.equal(name, 'kent-pcc-response-peel-2025-kent-2025-08-07.docx');
  const script = `
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for n in z.namelist():
    if n.endswith('.xml') or n.endswith('.rels'):
        xml.dom.minidom.parseString(z.read(n))
d = z.read('word/document.xml').decode()
print(d.count('w:val="Heading1"'), d.count('w:val="Heading2"'), d.count('<w:numPr>'), z.read('word/_rels/document.xml.rels').decode().count('TargetMode="External"'))
core = xml.dom.minidom.parseString(z.read('docProps/core.xml'))
print(core.getElementsByTagName('dc:title')[0].firstChild.data)
`;
  const { stdout } = await run('python3', ['-c', script, path]);
  const [counts, title] = stdout.trim().split('\n');
  assert.equal(counts, '1 1 2 3', 'one h1, one item heading, two bullets, three links');
  assert.equal(title, 'Kent PCC response: PEEL 2025: Kent');
  await context.close();
});

test('the section 55 record goes into the Word document as an appendix only when asked', async () => {
  const context = await newContext();
  try {
    const page = await openApp(context, env.server.url);
    await writeDraft(page);
    const life = page.locator('details.life');
    await life.locator('summary').click();
    await life.getByLabel('Chief constable invited to comment').fill('13 June 2025');
    await life.getByLabel('Copy sent to HMICFRS').fill('8 August 2025');
    await openPublish(page);
    const text = async () => {
      const { path } = await downloaded(page, panel(page).getByRole('button', { name: 'Download Word document' }));
      const { stdout } = await run('python3', ['-c', "import sys, zipfile, re; print(re.sub('<[^>]+>', '', zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()))", path]);
      return stdout;
    };
    assert.doesNotMatch(await text(), /section 55 record/);
    await panel(page).getByLabel(/Add the section 55 record to the Word document/).check();
    const withRecord = await text();
    assert.match(withRecord, /Appendix: section 55 record/);
    assert.match(withRecord, /Chief constable invited to comment: 13 June 2025/);
    assert.match(withRecord, /Copy sent to HMICFRS: 8 August 2025/);
    assert.match(withRecord, /Copy sent to the Home Secretary: Not yet/);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('printing shows the published page alone', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByLabel('Report title').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Copy HTML' }).isVisible(), false);
  await preview(page).getByRole('heading', { name: 'Recommendation 1' }).waitFor();
  // On screen a part of the page out of view is not drawn; on paper every part is.
  const undrawn = await page.evaluate(() => [...document.querySelector('.preview-host').shadowRoot.querySelectorAll('rd-part')]
    .filter((part) => getComputedStyle(part).contentVisibility !== 'visible').length);
  assert.equal(undrawn, 0);
  await screenshot(page, 'print');
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

test('the preview can wear the website’s own stylesheet, and a phone’s width', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await openPublish(page);
  const headingColour = () => preview(page).getByRole('heading', { name: 'Recommendation 1' }).evaluate((h) => getComputedStyle(h).color);
  assert.equal(await headingColour(), 'rgb(11, 12, 12)');
  await panel(page).getByLabel('My website’s stylesheet').check();
  await panel(page).getByLabel('Your website’s CSS').fill('h3 { color: rgb(200, 0, 100); }');
  await eventually(headingColour, 'rgb(200, 0, 100)');
  await panel(page).getByLabel('Preview at a mobile phone’s width').check();
  const width = await page.locator('.preview .preview-host').evaluate((host) => host.getBoundingClientRect().width);
  assert.ok(width <= 390, `${width}px`);
  await screenshot(page, 'publish-panel');
  await page.reload();
  await appStarted(page);
  await eventually(headingColour, 'rgb(200, 0, 100)');
  await context.close();
});

test('the copy confirmation is readable whole at every width, and stays until dismissed', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  for (const width of [320, 768, 1440, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.getByRole('button', { name: 'Copy HTML' }).click();
    const message = page.getByRole('status').filter({ hasText: 'HTML copied' });
    await message.waitFor();
    const box = await message.evaluate((p) => {
      const rect = p.closest('.copy-notice').getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, clipped: p.scrollWidth > p.clientWidth };
    });
    assert.ok(box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= 800 && !box.clipped, `at ${width} px: ${JSON.stringify(box)}`);
    // On a phone the message says what happened in a line and gives the page back; wider, it
    // also says which copy goes where.
    const explained = /a visual editor gets the headings, lists and links; its source or HTML view gets the HTML code/;
    if (width < 640) assert.doesNotMatch(await message.innerText(), explained);
    else assert.match(await message.innerText(), explained);
    await screenshot(page, `copy-confirmation-${width}`);
    // Still there later: it goes only when dismissed.
    await page.waitForTimeout(1500);
    assert.equal(await message.isVisible(), true);
    await page.getByRole('button', { name: 'Dismiss copy message' }).click();
    assert.equal(await message.count(), 0);
  }
  await context.close();
});

test('where the browser will not copy formatted text, Copy HTML copies the code and says so', async () => {
  const context = await newContext();
  await context.addInitScript(() => { window.ClipboardItem = undefined; });
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  const message = page.getByRole('status').filter({ hasText: 'HTML code copied' });
  await message.waitFor();
  assert.match(await message.innerText(), /would not copy it as formatted text, so paste it into your website editor’s source or HTML view/);
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^<p>'<a href="https:\/\/hmicfrs.example\/peel">PEEL 2025: Kent<\/a>'/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
