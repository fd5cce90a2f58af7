// The fixture response split into what a person types into each field.
import { readFileSync } from 'node:fs';
import { fixturePath } from './support.mjs';

const ITEM = /^(Area for improvement|Recommendation|Cause (?:of|for) concern) (\S+)$/;

export function fixtureParts() {
  const lines = readFileSync(fixturePath, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const title = lines[0].split("'")[1];
  const firstItem = lines.findIndex((l) => ITEM.test(l));
  const closing = lines.length - 1;
  const items = [];
  for (let at = firstItem; at < closing;) {
    const [, kind, number] = lines[at].match(ITEM);
    const responseAt = lines.indexOf('Response', at);
    let next = responseAt + 1;
    while (next < closing && !ITEM.test(lines[next])) next++;
    items.push({
      kind,
      number,
      text: lines.slice(at + 1, responseAt).join('\n'),
      response: lines.slice(responseAt + 1, next).join('\n'),
    });
    at = next;
  }
  return {
    title,
    published: '2025-06-12',
    responseDate: '2025-08-07',
    body: 'Avon & Somerset',
    introduction: lines.slice(1, firstItem).join('\n\n'),
    items,
    closing: lines[closing],
  };
}

/** An item's group in the editor, by its position from 1. */
export const item = (page, position) => page.getByRole('group', { name: new RegExp(`^Item ${position} of \\d+`) });

/** Types the fixture into the editor field by field, as a person would. */
export async function typeFixture(page, parts) {
  await page.getByLabel('Report title').fill(parts.title);
  await page.getByLabel('Date the report was published').fill(parts.published);
  await page.getByLabel('Area or body responding').pressSequentially(parts.body);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'PCC' });
  await page.getByLabel('Date of this response').fill(parts.responseDate);
  await page.getByLabel('Introduction', { exact: true }).fill(parts.introduction);
  for (const [index, part] of parts.items.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add item' }).click();
    const group = item(page, index + 1);
    await group.getByLabel('Kind', { exact: true }).selectOption({ label: part.kind });
    await group.getByLabel('Number').fill(part.number);
    await group.getByLabel('What the report says').fill(part.text);
    await group.getByLabel('Response', { exact: true }).fill(part.response);
  }
  await page.getByLabel('Closing').fill(parts.closing);
}
