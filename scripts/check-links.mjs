// Checks every link in the README and the pages under docs/: each relative link leads to a
// file of the repository, and each #anchor to a heading of the page it names. Addresses on
// the web are not fetched (the tests run offline). Exits 1, listing each broken link.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

/** The text of a page with its code (fenced blocks and inline spans) blanked out. */
const withoutCode = (text) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** A heading's anchor as GitHub makes it. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');

const anchorsOf = (file) => new Set(withoutCode(readFileSync(file, 'utf8'))
  .split('\n').filter((line) => /^#{1,6}\s/.test(line)).map((line) => slug(line.replace(/^#+/, ''))));

const broken = [];
let checked = 0;
for (const page of pages) {
  const file = join(root, page);
  for (const [, target] of withoutCode(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^(https?|mailto):/.test(target)) continue;
    checked += 1;
    const [path, anchor] = target.split('#');
    const linked = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
    if (!linked.startsWith(root) || !existsSync(linked)) {
      broken.push(`${page}: ${target} (no such file)`);
    } else if (anchor !== undefined && (statSync(linked).isDirectory() || !anchorsOf(linked).has(anchor))) {
      broken.push(`${page}: ${target} (no heading #${anchor} in ${relative(root, linked)})`);
    }
  }
}
if (broken.length) {
  console.error(`Broken links:\n${broken.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(`Links: ${checked} in ${pages.length} pages, all lead somewhere.`);
