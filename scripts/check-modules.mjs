// Checks that the browser shell's modules use one another in one direction only: no circle
// between the folders of src/ (app, drafts, editor...), nor between the files of one folder.
// A module's uses are read from its `use crate::…` and `super::…` paths. Exits 1 on a circle.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'src');
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.rs') ? [path] : [];
});

/** A file's module path, e.g. ['drafts', 'session']; a folder's mod.rs is the folder. */
const moduleOf = (path) => {
  const parts = relative(src, path).replace(/\.rs$/, '').split('/');
  return parts.at(-1) === 'mod' ? parts.slice(0, -1) : parts;
};

const between = new Map(); // 'a' -> Set of top-level modules it uses
const within = new Map(); // 'folder/file' -> Set of files of the same folder it uses
const add = (map, from, to) => { if (from !== to) (map.get(from) ?? map.set(from, new Set()).get(from)).add(to); };
for (const path of files(src)) {
  const module = moduleOf(path);
  if (module[0] === 'main') continue;
  const text = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '');
  for (const [, first, second] of text.matchAll(/\bcrate::(\w+)(?:::(\w+))?/g)) {
    add(between, module[0], first);
    if (module.length === 2 && first === module[0] && second) add(within, module.join('/'), `${first}/${second}`);
  }
  if (module.length === 2) {
    for (const [, sibling] of text.matchAll(/\bsuper::(\w+)/g)) add(within, module.join('/'), `${module[0]}/${sibling}`);
  }
}

/** Every circle in `graph`, each as the modules along it. */
function circles(graph) {
  const found = [];
  const state = new Map();
  const visit = (node, path) => {
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next, [...path, next]);
    }
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node, [node]);
  return found;
}

const found = [...circles(between), ...circles(within)];
if (found.length) {
  console.error(`Modules in a circle:\n${found.map((c) => `  ${c.join(' → ')}`).join('\n')}`);
  process.exit(1);
}
console.log(`Modules: ${between.size} folders and files of src/ use one another one way only.`);
