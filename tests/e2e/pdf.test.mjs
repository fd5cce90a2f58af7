// Opening an inspection report's PDF, as a person would: through the button or by dropping
// the file on the page; the pages counted as they are read, the findings found, and a clear
// message for every file that cannot be read, with nothing changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appAndBrowser, openApp, eventually, screenshot } from './support.mjs';

const env = appAndBrowser({ scratch: true });
const corpus = fileURLToPath(new URL('../../core/tests/report_pdfs', import.meta.url));

async function newContext() {
  return env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
}

const dialog = (page) => page.getByRole('region', { name: 'Import text' });

/** Chooses `file` through "Open a report PDF…" in the import panel, as a person picks it in the file chooser. */
async function openPdf(page, file) {
  if (await dialog(page).count() === 0) await page.getByRole('button', { name: 'Import text' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a report PDF…' }).click(),
  ]);
  await chooser.setFiles(file);
}

/** Drops `file` on the page, as dragging it from the desktop does. */
async function dropFile(page, file, name, type) {
  const bytes = [...await readFile(file)];
  await page.evaluate(([bytes, name, type]) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type }));
    const target = document.querySelector('main');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [bytes, name, type]);
}

/** The draft's state as stored, to show nothing changed. */
const stored = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

test('a report PDF opened through the button becomes a draft with every finding, its title and date', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  // Every page is counted as it is read: the progress seen at each step.
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('progress#pdf-progress');
      if (bar) window.progressSeen.push(`${bar.value}/${bar.max} ${bar.labels[0]?.textContent}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await openPdf(page, join(corpus, 'pdf', 'thematic-national.pdf'));
  const panel = dialog(page);
  await panel.getByText('Read from “thematic-national.pdf”: 5 pages read.').waitFor({ timeout: 30000 });
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((step) => step.startsWith('5/5 Reading “thematic-national.pdf”: page 5 of 5')), seen.join('\n'));
  assert.ok(seen.some((step) => /^[1-4]\/5 /.test(step)), `a page before the last was shown: ${seen.join('\n')}`);
  await panel.getByText('Report title: An inspection of how well the police tackle violence against women and girls in public spaces').waitFor();
  await panel.getByText('Published: 18 September 2025').waitFor();
  await panel.getByText('5 items (0 with a response): Recommendation 1, Recommendation 2, Recommendation 3, Recommendation 4a, Recommendation 4b').waitFor();
  // The correction step lists the findings' paragraphs; the report's own are left out until asked for.
  const marks = panel.getByRole('region', { name: 'What each paragraph becomes' });
  assert.equal(await marks.getByLabel('Paragraph 1', { exact: true }).count(), 1);
  const listed = await marks.getByRole('combobox').count();
  assert.ok(listed >= 11 && listed <= 13, `${listed} paragraphs listed`);
  // A stray Escape does not throw the report away.
  await page.keyboard.press('Escape');
  assert.equal(await panel.count(), 1);
  await marks.getByRole('button', { name: /^Show the \d+ paragraphs left out/ }).click();
  await eventually(async () => (await marks.getByRole('combobox').count()) > listed + 10, true);
  assert.equal(await marks.getByRole('button', { name: /^Show the/ }).count(), 0);
  await screenshot(page, 'pdf-import');

  await panel.getByRole('button', { name: 'Create a new draft from this' }).click();
  assert.equal(await panel.count(), 0);
  assert.equal(await page.getByLabel('Report title').inputValue(), 'An inspection of how well the police tackle violence against women and girls in public spaces');
  assert.equal(await page.getByLabel('Date the report was published').inputValue(), '18 September 2025');
  // Each finding with its addressee and due date, as the report gives them.
  const fourthA = page.getByRole('group', { name: 'Item 4 of 5: Recommendation 4a' });
  assert.equal(await fourthA.getByLabel('Addressed to (optional)').inputValue(), 'the National Police Chiefs’ Council');
  assert.equal(await fourthA.getByLabel('Due by (optional)').inputValue(), '30 September 2026');
  assert.equal(await fourthA.getByLabel('What the report says').inputValue(), 'By 30 September 2026, the National Police Chiefs’ Council should develop guidance for forces on the use of CCTV and other technology to protect women and girls in public spaces.');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a PDF dropped on the page is read too, and a findings-free report says none were found', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await dropFile(page, join(corpus, 'pdf', 'no-findings.pdf'), 'no-findings.pdf', 'application/pdf');
  const panel = dialog(page);
  await panel.getByText('Read from “no-findings.pdf”: 3 pages read.').waitFor({ timeout: 30000 });
  await panel.getByText('No causes of concern, recommendations or areas for improvement were found in the report.').waitFor();
  await panel.getByText('Report title: Policing in numbers: a data bulletin').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('every file that cannot be read gets its message, and nothing is changed', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  await page.getByLabel('Report title').fill('Our own draft');
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  const before = await stored(page);
  const large = join(env.scratch, 'huge.pdf');
  await writeFile(large, '%PDF-1.7\n');
  await truncate(large, 101 * 1024 * 1024);
  const cases = [
    [join(corpus, 'bad', 'not-a-pdf.pdf'), '“not-a-pdf.pdf” is not a PDF.'],
    [join(corpus, 'bad', 'damaged.pdf'), '“damaged.pdf” is damaged and cannot be read.'],
    [join(corpus, 'bad', 'password.pdf'), '“password.pdf” is protected by a password'],
    [join(corpus, 'bad', 'scanned.pdf'), 'This PDF has no text to read: it looks like a scan or pictures of pages.'],
    [join(corpus, 'bad', 'garbled.pdf'), 'This PDF’s text cannot be read: its fonts do not say which letters they print'],
    [large, '“huge.pdf” is larger than 100 MB'],
  ];
  for (const [file, message] of cases) {
    await openPdf(page, file);
    const alert = dialog(page).getByRole('alert');
    await alert.filter({ hasText: message }).waitFor({ timeout: 30000 });
    assert.match(await alert.innerText(), /Nothing has been changed\.$/);
    // No draft could be made from it.
    assert.equal(await dialog(page).getByRole('button', { name: 'Create a new draft from this' }).isDisabled(), true);
  }
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.getByLabel('Report title').inputValue(), 'Our own draft');
  assert.equal(await stored(page), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('reading can be stopped, and the page answers while a long report is read', async () => {
  const context = await newContext();
  const page = await openApp(context, env.server.url);
  // A slower computer, so that there is time to stop it part way.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await openPdf(page, join(corpus, 'pdf', 'long-60-pages.pdf'));
  const panel = dialog(page);
  await panel.getByText(/Reading “long-60-pages.pdf”: page \d+ of 61/).waitFor({ timeout: 30000 });
  await panel.getByRole('button', { name: 'Stop reading' }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await panel.getByRole('alert').filter({ hasText: 'Stopped reading “long-60-pages.pdf”. Nothing has been changed.' }).waitFor();
  assert.equal(await panel.getByRole('status').filter({ hasText: /^Read from/ }).count(), 0);

  // Read again whole, on the slower computer: the person can type while it is read.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await openPdf(page, join(corpus, 'pdf', 'long-60-pages.pdf'));
  await panel.getByText(/Reading “long-60-pages.pdf”: page \d+ of 61/).waitFor({ timeout: 30000 });
  await page.getByLabel('Report title').fill('Typed while the report is read');
  assert.equal(await panel.getByRole('status').filter({ hasText: /^Read from/ }).count(), 0, 'typed before the reading ended');
  assert.equal(await page.getByLabel('Report title').inputValue(), 'Typed while the report is read');
  await panel.getByText('Read from “long-60-pages.pdf”: 61 pages read.').waitFor({ timeout: 60000 });
  await panel.getByText(/^\d+ items \(0 with a response\): Recommendation 1, /).waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.deepEqual(page.errors, []);
  await context.close();
});
