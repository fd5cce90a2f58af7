// Screenshots of the main screen, the checks and the drafts list at a phone's, a tablet's and a
// laptop's width, with the fixture drafted, for the README and for reviewing a change by eye.
// Usage: trunk build --release --dist target/e2e-dist && node scripts/screenshots.mjs [folder]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, distDir } from '../tests/e2e/support.mjs';
import { fixtureParts, typeFixture } from '../tests/e2e/fixture.mjs';

const folder = process.argv[2] ?? 'docs/screenshots';
await mkdir(folder, { recursive: true });
const server = await serve(distDir);
const browser = await launch();
try {
  for (const width of [390, 768, 1440]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      // The day the fixture's office was drafting it, so its deadline reads as it did then.
      await page.clock.setFixedTime(new Date('2025-07-27T10:00:00'));
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await typeFixture(page, fixtureParts());
      await page.getByText('Saved', { exact: true }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(folder, `main-${width}.png`) });

      await page.getByRole('button', { name: /^Checks/ }).click();
      await page.getByRole('region', { name: 'Checks' }).waitFor();
      await page.screenshot({ path: join(folder, `checks-${width}.png`) });
      await page.getByRole('button', { name: 'Close checks' }).click();

      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      await page.locator('.app-header').getByRole('button', { name: 'All drafts' }).click();
      await page.getByRole('region', { name: 'Your drafts' }).waitFor();
      await page.screenshot({ path: join(folder, `drafts-${width}.png`) });
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${folder}`);
