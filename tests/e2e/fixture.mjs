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
