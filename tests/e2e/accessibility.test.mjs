// Every screen and panel, with a whole response loaded, checked by axe-core at a desktop width,
// a phone's width and the narrowest (320 px).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { appAndBrowser, openApp } from './support.mjs';
import { typeFixture, fixtureParts } from './fixture.mjs';

const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');

const env = appAndBrowser();


/** axe's violations on the page as it stands, one line each. */
async function violations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
  });
}

/** Each screen and panel, opened and closed as a person would. */
const screens = [
  ['editor', async () => {}],
  ['checks panel', async (page) => { await page.locator('#checks-button').click(); }],
  ['drafts list', async (page) => { await page.getByRole('button', { name: 'All drafts' }).click(); }],
  ['import dialog', async (page) => {
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.getByLabel('Text to import').fill('Recommendation 1\nThe force should act.\nResponse\nDone.');
    await page.getByRole('heading', { name: 'Recognised' }).waitFor();
  }],
  ['publish panel', async (page) => { await page.getByRole('button', { name: 'Publish…' }).click(); }],
  ['delete confirmation', async (page) => { await page.getByRole('button', { name: 'Delete draft' }).click(); }],
];

for (const [layout, viewport] of [['wide', { width: 1400, height: 900 }], ['phone', { width: 390, height: 844 }], ['narrowest', { width: 320, height: 640 }]]) {
  test(`no axe violations on any screen, ${layout} (${viewport.width} px)`, async () => {
    const context = await env.browser.newContext({ viewport, locale: 'en-GB' });
    const page = await openApp(context, env.server.url);
    await typeFixture(page, fixtureParts());
    const found = {};
    for (const [name, open] of screens) {
      await page.reload();
      await page.getByRole('button', { name: 'Copy HTML' }).waitFor();
      await open(page);
      const problems = await violations(page);
      if (problems.length) found[name] = problems;
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (sideways > 0) (found[name] ??= []).push(`scrolls sideways by ${sideways} px`);
    }
    assert.deepEqual(found, {});
    await context.close();
  });
}
