// Copy HTML pasted for real (Ctrl+V into the focused editor) into the visual editors websites
// run, TinyMCE, CKEditor 5 and Quill, each from npm and served here with no network, and into
// a plain box. What each editor then holds is compared with the preview, block by block.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appAndBrowser, openApp, serve, screenshot } from './support.mjs';
import { item } from './fixture.mjs';

const env = appAndBrowser();
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let editors;
before(async () => { editors = await serve(root); });
after(async () => { await editors?.close(); });

/** A response with every kind of block: headings, paragraphs, both kinds of list, links, dates. */
async function writeDraft(page) {
  await page.getByLabel('Report title').fill('PEEL 2025: Kent');
  await page.getByLabel('Date the report was published').fill('12 June 2025');
  await page.getByLabel('Link to the report (optional)').fill('https://hmicfrs.example/peel');
  await page.getByLabel('Area or body responding').fill('Kent');
  await page.getByLabel('Date of this response').fill('7 August 2025');
  await page.getByLabel('Introduction', { exact: true }).fill(
    'I **welcome** this report.\n- one point\n- another point\nSee https://opcc.example/plan for *more*.',
  );
  await item(page, 1).getByLabel('What the report says').fill('By 31 March 2026, the force should act.');
  await item(page, 1).getByLabel('Response', { exact: true }).fill(
    'We will:\n1. train staff\nTraining starts in May.\n2. audit files\n3. report back\nRead [our plan](https://opcc.example/plan).',
  );
  await item(page, 1).getByLabel('Status (optional)').fill('In progress');
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

/**
 * The page as blocks a reader sees, in order: headings and paragraphs with their text, lists
 * with their first number and items; and every link with its address. Wrappers (the preview's
 * parts, class-name divisions) and empty blocks an editor keeps for the caret are passed over.
 */
function outline(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
  const blocks = [];
  const walk = (parent) => {
    for (const node of parent.children) {
      const tag = node.localName;
      if (/^(h[1-6]|p)$/.test(tag)) {
        if (text(node)) blocks.push(`${tag}: ${text(node)}`);
      } else if (tag === 'ul' || tag === 'ol') {
        const items = [...node.children].filter((li) => li.localName === 'li').map(text);
        const start = tag === 'ol' ? ` from ${node.getAttribute('start') ?? 1}` : '';
        blocks.push(`${tag}${start}: ${items.join(' | ')}`);
      } else if (!['br', 'meta', 'style'].includes(tag)) {
        walk(node);
      }
    }
  };
  walk(doc.body);
  const links = [...doc.querySelectorAll('a')].map((a) => `${text(a)} → ${a.getAttribute('href')}`);
  const styled = doc.querySelectorAll('[style]').length;
  return { blocks, links, styled };
}

/** The first place two outlines differ, in words; none when they match. */
function firstDifference(expected, actual) {
  for (const part of ['blocks', 'links']) {
    const length = Math.max(expected[part].length, actual[part].length);
    for (let i = 0; i < length; i++) {
      if (expected[part][i] !== actual[part][i]) {
        return `${part} ${i + 1}: expected ${JSON.stringify(expected[part][i])}, got ${JSON.stringify(actual[part][i])}`;
      }
    }
  }
  return null;
}

/** Copies the draft with Copy HTML; resolves to the preview's HTML and the clipboard's forms. */
async function copyDraft(context) {
  const page = await openApp(context, env.server.url);
  await writeDraft(page);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'HTML copied' }).waitFor();
  const previewHtml = await page.evaluate(
    () => document.querySelector('.preview-host').shadowRoot.querySelector('article').innerHTML,
  );
  const clipboard = await page.evaluate(async () => {
    const [entry] = await navigator.clipboard.read();
    const read = async (type) => (await entry.getType(type)).text();
    return { types: [...entry.types].sort(), html: await read('text/html'), text: await read('text/plain') };
  });
  assert.deepEqual(page.errors, []);
  return { page, previewHtml, clipboard };
}

/** Pastes with the keyboard into the editor on `name`.html, resolves to what the editor holds. */
async function pasteInto(context, name, focus) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${editors.url}tests/e2e/editors/${name}.html`);
  await page.waitForFunction(() => window.editorReady || window.editorError, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.editorError ?? null), null, `${name} did not start`);
  await focus(page).click();
  await page.keyboard.press('Control+V');
  // The editors take the paste in a task of their own.
  await page.waitForFunction(() => window.readContent().replace(/&nbsp;/g, ' ').includes('audit files'), null, { timeout: 10000 });
  await screenshot(page, `pasted-into-${name}`);
  const content = await page.evaluate(() => window.readContent());
  assert.deepEqual(errors, [], `${name} reported errors`);
  return { page, content };
}

async function newContext() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return context;
}

test('Copy HTML puts the page and its HTML code on the clipboard, clean', async () => {
  const context = await newContext();
  try {
    const { previewHtml, clipboard } = await copyDraft(context);
    assert.deepEqual(clipboard.types, ['text/html', 'text/plain']);
    assert.match(clipboard.text, /^<p>'<a href="https:\/\/hmicfrs.example\/peel">PEEL 2025: Kent<\/a>' published by HMICFRS on <time datetime="2025-06-12">12 June 2025<\/time><\/p>\n<h2>/);
    assert.match(clipboard.text, /<ol start="2">\n<li>audit files<\/li>/);
    const ours = await (await context.newPage()).evaluate(
      ([text, fn]) => new Function(`return (${fn})`)()(text), [clipboard.text, outline.toString()]);
    // Nothing of ours is styled, classed or empty.
    assert.doesNotMatch(clipboard.text, /style=|class=|<(\w+)[^>]*>\s*<\/\1>/);
    assert.equal(ours.styled, 0);
    // The formatted form is the fragment itself (the browser may wrap it in its own frame).
    assert.ok(clipboard.html.includes(clipboard.text.trim().split('\n')[0]), clipboard.html);
    const preview = await (await context.newPage()).evaluate(
      ([html, fn]) => new Function(`return (${fn})`)()(html), [previewHtml, outline.toString()]);
    assert.equal(firstDifference(preview, ours), null, 'the copied code shows what the preview shows');
  } finally {
    await context.close();
  }
});

// Quill's document model has no first number for a list: every numbered list in it counts
// from 1, whatever is pasted, so for Quill a list's first number is left out of the comparison.
const countsFromOne = (outline) => ({
  ...outline,
  blocks: outline.blocks.map((block) => block.replace(/^ol from \d+:/, 'ol from 1:')),
});

const visualEditors = [
  { name: 'tinymce', label: 'TinyMCE', focus: (page) => page.frameLocator('iframe').locator('body') },
  { name: 'ckeditor', label: 'CKEditor 5', focus: (page) => page.locator('.ck-editor__editable') },
  { name: 'quill', label: 'Quill', focus: (page) => page.locator('.ql-editor'), model: countsFromOne },
];

for (const editor of visualEditors) {
  test(`pasted into ${editor.label}, the page keeps the preview's structure`, async () => {
    const context = await newContext();
    try {
      const { previewHtml } = await copyDraft(context);
      const { page, content } = await pasteInto(context, editor.name, editor.focus);
      const parse = (html) => page.evaluate(
        ([text, fn]) => new Function(`return (${fn})`)()(text), [html, outline.toString()]);
      const expected = (editor.model ?? ((o) => o))(await parse(previewHtml));
      const actual = await parse(content);
      const difference = firstDifference(expected, actual);
      assert.equal(difference, null, `${editor.label}: ${difference}\n${content}`);
      assert.equal(actual.styled, 0, `${editor.label} holds inline styles: ${content}`);
      assert.match(actual.blocks[0], /published by HMICFRS on 12 June 2025$/);
      assert.ok(actual.blocks.includes('ol from 1: train staff'), actual.blocks.join('\n'));
    } finally {
      await context.close();
    }
  });
}

test('pasted into a plain box or a source view, it is exactly the HTML code', async () => {
  const context = await newContext();
  try {
    const { clipboard } = await copyDraft(context);
    const { content } = await pasteInto(context, 'textarea', (page) => page.getByLabel('Page source'));
    assert.equal(content, clipboard.text);
    assert.match(content, /^<p>'<a href=/);
  } finally {
    await context.close();
  }
});
