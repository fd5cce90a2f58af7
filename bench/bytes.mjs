// Sums twiggy's sizes by crate and prints the largest crates and functions of the app's wasm.
import { readFileSync } from 'node:fs';

const [file, count = '25'] = process.argv.slice(2);
/** One CSV row: the name (quoted, with "" for a quote, when it holds a comma) and the rest. */
function parse(line) {
  let name;
  let rest;
  if (line.startsWith('"')) {
    let at = 1;
    name = '';
    for (;;) {
      const quote = line.indexOf('"', at);
      if (line[quote + 1] === '"') {
        name += line.slice(at, quote + 1);
        at = quote + 2;
      } else {
        name += line.slice(at, quote);
        rest = line.slice(quote + 2);
        break;
      }
    }
  } else {
    const comma = line.indexOf(',');
    name = line.slice(0, comma);
    rest = line.slice(comma + 1);
  }
  const [size] = rest.split(',');
  return { name, size: Number(size) };
}

// Custom sections (the names kept for this count, wasm-bindgen's notes) never ship: wasm-bindgen
// and wasm-opt strip them. What ships is code and data.
const all = readFileSync(file, 'utf8').trim().split('\n').slice(1).map(parse);
// So do wasm-bindgen's descriptor exports, which it reads and removes.
const stripped = all.filter((row) => /^(custom section|"?function names)/.test(row.name)
  || row.name.includes('function names') || row.name.startsWith('export "__wbindgen_describe'));
const rows = all.filter((row) => !stripped.includes(row));
const total = rows.reduce((sum, row) => sum + row.size, 0);

/** The crate a symbol belongs to: its first path segment, or what kind of thing it is. */
function crateOf(name) {
  if (name.startsWith('data segment') || name.startsWith('data[')) return '(read-only data)';
  if (name.startsWith('import ')) return '(imports from JavaScript)';
  if (name.startsWith('export ')) return '(exports to JavaScript)';
  if (/^(code|elem|table|type|global|memory)\b/.test(name)) return '(module structure)';
  // "<T as tachys::view::…>::f": a generic's code belongs to the trait's crate.
  let path = name.replace(/^<+/, '').replace(/^(impl |dyn |&mut |&)/, '');
  const generic = path.match(/^[A-Z]\w{0,2} as (.*)$/);
  if (generic) path = generic[1];
  const segment = path.split('::')[0].replace(/[^A-Za-z0-9_].*$/, '');
  return segment || '(other)';
}

const crates = new Map();
for (const row of rows) crates.set(crateOf(row.name), (crates.get(crateOf(row.name)) ?? 0) + row.size);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (bytes) => `${((100 * bytes) / total).toFixed(1)}%`;

console.log(`wasm code and data, names kept: ${kb(total)} (left out, as never shipped: custom sections and wasm-bindgen's descriptors, ${kb(stripped.reduce((sum, row) => sum + row.size, 0))})\n`);
console.log('crate'.padEnd(36), 'size'.padStart(10), 'share'.padStart(7));
for (const [crate, size] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(crate.padEnd(36), kb(size).padStart(10), pct(size).padStart(7));
}
console.log(`\nthe ${count} largest functions and data:`);
for (const row of rows.sort((a, b) => b.size - a.size).slice(0, Number(count))) {
  console.log(kb(row.size).padStart(10), pct(row.size).padStart(7), ' ', row.name.slice(0, 110));
}
