// Sums twiggy's sizes by crate and prints the largest crates and functions of the app's wasm.
import { readFileSync } from 'node:fs';

const [file, count = '25'] = process.argv.slice(2);
const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => {
  // Name,ShallowSize,ShallowSizePercent: the name may hold commas, so read from the end.
  const parts = line.split(',');
  const percent = Number(parts.pop());
  const size = Number(parts.pop());
  return { name: parts.join(',').replace(/^"|"$/g, ''), size, percent };
});
const total = rows.reduce((sum, row) => sum + row.size, 0);

/** The crate a symbol belongs to: its first path segment, or what kind of thing it is. */
function crateOf(name) {
  if (name.startsWith('data[')) return '(read-only data)';
  if (name.startsWith('code[') || name.startsWith('elem[') || name.startsWith('table[')) return '(tables and unnamed code)';
  if (/^(import|export|type\[|global\[|memory\[|"function names"|custom section)/.test(name)) return '(module sections)';
  const stripped = name.replace(/^<+/, '').replace(/^(impl |dyn |&mut |&)/, '');
  const segment = stripped.split('::')[0].replace(/[^A-Za-z0-9_].*$/, '');
  return segment || '(other)';
}

const crates = new Map();
for (const row of rows) crates.set(crateOf(row.name), (crates.get(crateOf(row.name)) ?? 0) + row.size);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (bytes) => `${((100 * bytes) / total).toFixed(1)}%`;

console.log(`wasm with names kept: ${kb(total)}\n`);
console.log('crate'.padEnd(36), 'size'.padStart(10), 'share'.padStart(7));
for (const [crate, size] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(crate.padEnd(36), kb(size).padStart(10), pct(size).padStart(7));
}
console.log(`\nthe ${count} largest functions and data:`);
for (const row of rows.sort((a, b) => b.size - a.size).slice(0, Number(count))) {
  console.log(kb(row.size).padStart(10), pct(row.size).padStart(7), ' ', row.name.slice(0, 110));
}
