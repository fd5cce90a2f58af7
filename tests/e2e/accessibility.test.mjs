// Every screen and panel, with a whole response loaded, checked by axe-core at a desktop width,
// a phone's width and the narrowest (320 px).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openApp, injectAxe, pressInHeader, appStarted } from './support.mjs';
import { typeFixture, fixtureParts } from './fixture.mjs';


const env = appAndBrowser();


/** axe's violations on the page as it stands, one line each. */
async function violations(page) {
  await injectAxe(page);
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
  });
}

/** Each screen and panel, opened and closed as a person would. */
const screens = [
  ['editor', async () => {}],
  ['checks panel', async (page) => { await page.locator('#checks-button').click(); }],
  ['drafts list', async (page) => { await pressInHeader(page, 'All drafts'); }],
  ['drafts list, a draft’s actions', async (page) => {
    await pressInHeader(page, 'All drafts');
    await page.locator('.row-more summary').first().click();
  }],
  ['import dialog', async (page) => {
    await pressInHeader(page, 'Import text');
    await page.getByLabel('Text to import').fill('Recommendation 1\nThe force should act.\nResponse\nDone.');
    await page.getByRole('heading', { name: 'Recognised' }).waitFor();
  }],
  ['publish panel', async (page) => { await pressInHeader(page, 'Publish…'); }],
  ['delete confirmation', async (page) => {
    await pressInHeader(page, 'All drafts');
    await page.locator('.row-more summary').first().click();
    await page.locator('.row-more').getByRole('button', { name: /^Delete/ }).first().click();
  }],
  ['header menu', async (page) => {
    if (await page.getByRole('button', { name: 'Menu' }).isVisible()) await page.getByRole('button', { name: 'Menu' }).click();
  }],
  ['stage and section 55 record, marking published', async (page) => {
    await page.locator('details.life summary').click();
    await page.getByLabel('Stage').selectOption({ label: 'Published' });
  }],
  ['preview pane', async (page) => {
    if (await page.getByRole('button', { name: 'Preview', exact: true }).isVisible()) await page.getByRole('button', { name: 'Preview', exact: true }).click();
  }],
  ['versions, one kept and compared', async (page) => {
    await pressInHeader(page, 'Versions');
    const versions = page.getByRole('region', { name: 'Versions of this draft' });
    await versions.getByLabel('Name this version').fill('Sent to the chief constable');
    await versions.getByRole('button', { name: 'Keep this version' }).click();
    await page.getByLabel('Signed by (optional)').fill('Clare Moody');
    await versions.getByRole('button', { name: /^Compare with now/ }).first().click();
    await versions.getByRole('heading', { name: 'The name it is signed by' }).waitFor();
  }],
  ['help', async (page) => { await pressInHeader(page, 'Help'); }],
  ['outline, collapsed items and problems', async (page) => {
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await page.getByLabel('Date of this response').fill('next week');
    await page.getByLabel('Date of this response').blur();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.keyboard.press('Alt+Shift+O');
    await page.getByRole('navigation', { name: 'Outline' }).waitFor();
  }],
];

/** The fixture typed in once, then each screen opened afresh and checked. */
async function checkScreens(context, chosen = screens, prepare = async () => {}) {
  const page = await openApp(context, env.server.url);
  await prepare(page);
  await typeFixture(page, fixtureParts());
  const found = {};
  for (const [name, open] of chosen) {
    await page.reload();
    await appStarted(page);
    await open(page);
    const problems = await violations(page);
    if (problems.length) found[name] = problems;
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (sideways > 0) (found[name] ??= []).push(`scrolls sideways by ${sideways} px`);
    const clipped = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((element) => {
        if (element.closest('.visually-hidden') || ['TEXTAREA', 'INPUT', 'SELECT', 'OPTION'].includes(element.tagName)) return false;
        const style = getComputedStyle(element);
        const hides = /hidden|clip/.test(style.overflowX) || /hidden|clip/.test(style.overflowY);
        return hides && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`));
    if (clipped.length) (found[name] ??= []).push(`text cut off in ${clipped.join(', ')}`);
  }
  return found;
}

for (const [layout, viewport] of [['wide', { width: 1400, height: 900 }], ['phone', { width: 390, height: 844 }], ['narrowest', { width: 320, height: 640 }]]) {
  test(`no axe violations on any screen, ${layout} (${viewport.width} px)`, async () => {
    const context = await env.browser.newContext({ viewport, locale: 'en-GB' });
    assert.deepEqual(await checkScreens(context), {});
    await context.close();
  });
}

test('no axe violations on any screen in dark colours, and with more contrast or forced colours', async () => {
  const found = {};
  for (const [mode, media, chosen] of [
    ['dark', { colorScheme: 'dark' }, screens],
    ['more contrast', { contrast: 'more' }, screens.slice(0, 2)],
    ['forced colours', { forcedColors: 'active' }, screens.slice(0, 2)],
  ]) {
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', ...media });
    const problems = await checkScreens(context, chosen);
    if (Object.keys(problems).length) found[mode] = problems;
    if (mode === 'dark') {
      const page = context.pages()[0];
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, 'rgb(21, 24, 27)', 'the editor follows the dark preference');
      const paper = await page.evaluate(() => getComputedStyle(document.querySelector('.preview-host').shadowRoot.querySelector('.page')).backgroundColor);
      assert.equal(paper, 'rgb(255, 255, 255)', 'the preview stays the white page that will be published');
    }
    await context.close();
  }
  assert.deepEqual(found, {});
});

test('text zoomed to 200%, and the page zoomed to 200%, lose nothing', async () => {
  // Text alone made twice as large on a laptop screen, as the browser's font size setting does.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const largeText = async (page) => {
    const devtools = await context.newCDPSession(page);
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.reload();
    await appStarted(page);
  };
  const textZoom = await checkScreens(context, screens.slice(0, 1).concat(screens.slice(-2)), largeText);
  const page = context.pages()[0];
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).fontSize), '32px');
  await context.close();
  // The whole page at 200% on the same screen: 640 by 400 CSS pixels.
  const zoomed = await env.browser.newContext({ viewport: { width: 640, height: 400 }, locale: 'en-GB' });
  const pageZoom = await checkScreens(zoomed, screens.slice(0, 1).concat(screens.slice(-2)));
  const header = await zoomed.pages()[0].evaluate(() => getComputedStyle(document.querySelector('.app-header')).position);
  assert.equal(header, 'static', 'at 200% the header scrolls away rather than cover the page');
  await zoomed.close();
  assert.deepEqual({ textZoom, pageZoom }, { textZoom: {}, pageZoom: {} });
});
