// Runs after every Trunk build, in the staging folder that becomes dist/:
// - writes the service worker with the list of this build's files and a build id made from
//   their contents, so the precache always matches the build and a new build is noticed;
// - writes response-drafter.html, the whole app in one file (styles, script and the
//   compressed wasm inlined) to save, email, or open straight from disk.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, writeFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SINGLE_FILE = 'response-drafter.html';
const WORKER = 'sw.js';
/**
 * Files fetched only when first needed: reading a report's PDF (its reader and pdf.js, about
 * 400 KB compressed). The service worker keeps them on first use rather than downloading them
 * for every visitor who never opens a PDF. (The app's worker is fetched when first needed too,
 * but kept with the rest of the build after the first visit: pasting text needs it offline.)
 */
export const ON_DEMAND = [/^pdf\//, /^pdfjs\//];
const root = new URL('..', import.meta.url).pathname;

async function filesUnder(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

/** The precache list and build id for the files in `staging`. */
export async function precache(staging) {
  const files = (await filesUnder(staging))
    .map((path) => relative(staging, path).split(sep).join('/'))
    .filter((file) => file !== WORKER && file !== SINGLE_FILE && !file.startsWith('.'))
    .sort();
  const precached = files.filter((file) => !ON_DEMAND.some((pattern) => pattern.test(file)));
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(join(staging, file)));
  }
  const onDemand = files.filter((file) => !precached.includes(file));
  return { files: precached, onDemand, build: hash.digest('hex').slice(0, 16) };
}

/**
 * Copies pdf.js (its modern build: every browser the app supports runs it) into the build,
 * named .js so that any web server gives it a script's type (not all know .mjs).
 */
export async function copyPdfjs(staging) {
  const from = join(root, 'node_modules', 'pdfjs-dist', 'build');
  await mkdir(join(staging, 'pdfjs'), { recursive: true });
  for (const file of ['pdf.min', 'pdf.worker.min']) {
    await copyFile(join(from, `${file}.mjs`), join(staging, 'pdfjs', `${file}.js`));
  }
  await copyFile(join(root, 'node_modules', 'pdfjs-dist', 'LICENSE'), join(staging, 'pdfjs', 'LICENSE'));
}

/** Writes the service worker for the build in `staging`. */
export async function writeWorker(staging) {
  const { files, onDemand, build } = await precache(staging);
  const template = await readFile(join(root, 'web', WORKER), 'utf8');
  const worker = template
    .replace('__BUILD__', build)
    .replace('__FILES__', JSON.stringify(files, null, 2))
    .replace('__ON_DEMAND__', JSON.stringify(onDemand, null, 2));
  await writeFile(join(staging, WORKER), worker);
  return { files, build };
}

/** Cuts out the one match of `pattern`, failing the build if Trunk's output has changed shape. */
function one(html, pattern, what) {
  const matches = html.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
  if (matches?.length !== 1) throw new Error(`post-build: expected one ${what} in index.html, found ${matches?.length ?? 0}`);
  return matches[0];
}

/** Text safe to place inside a <script> or <style> element. */
const inlineSafe = (text) => text.replace(/<\/(script|style)/gi, '<\\/$1');

/**
 * The app's worker inlined, for the single file: web/ask.js as a plain script, starting the
 * worker from a blob that holds its glue and its compressed wasm.
 */
async function inlineWorker(staging) {
  const glue = await readFile(join(staging, 'drafter-worker.js'), 'utf8');
  const packed = gzipSync(await readFile(join(staging, 'drafter-worker_bg.wasm')), { level: 9 }).toString('base64');
  const boot = `${glue}
(async () => {
  const zipped = Uint8Array.from(atob('${packed}'), (c) => c.charCodeAt(0));
  const unzipped = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  await wasm_bindgen({ module_or_path: await new Response(unzipped).arrayBuffer() });
})();`;
  let ask = await readFile(join(root, 'web', 'ask.js'), 'utf8');
  const url = one(ask, /new URL\('\.\/drafter-worker_loader\.js', import\.meta\.url\)/, "worker's address in ask.js");
  ask = ask
    .replace(url, () => `URL.createObjectURL(new Blob([${JSON.stringify(boot)}], { type: 'text/javascript' }))`)
    .replace(/^export /gm, '');
  return `<script>
{
${inlineSafe(ask)}
window.responseDrafterInlineWorker = { ask };
}
</script>`;
}

/**
 * The app's module is fetched once the first screen is painted, not beside it: on a slow
 * connection the download then never holds up that paint (nor does a phone's measure of the
 * largest paint count it), and on a fast one it costs a frame at most. Trunk preloads the
 * module from the head and starts it as soon as the page is read; this takes the preload away
 * and starts it after the next paint (at once on a hidden page, which does not paint).
 */
export async function startAfterFirstPaint(staging) {
  const file = join(staging, 'index.html');
  const html = await readFile(file, 'utf8');
  const preload = one(html, /<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>/, "module's preload");
  const start = one(html, /const wasm = await init\(/, "module's start");
  const afterPaint = `await new Promise((start) => {
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
  else start();
  setTimeout(start, 500);
});
`;
  await writeFile(file, html.replace(preload, '').replace(start, () => `${afterPaint}${start}`));
}

/** Writes the single-file app for the build in `staging`; returns its size in bytes. */
export async function writeSingleFile(staging) {
  // The icon inlined, since a file opened from disk has nothing beside it to load.
  const icon = (await readFile(join(staging, 'icons', 'icon-192.png'))).toString('base64');
  let html = await readFile(join(staging, 'index.html'), 'utf8');
  // The stylesheet is inlined by Trunk already, sparing a round trip before the first paint.
  one(html, /<style>[\s\S]*?<\/style>/, 'inlined stylesheet');
  const loader = one(html, /<script type="module">[\s\S]*?<\/script>/, 'loader script');
  const glueFile = loader.match(/from '\.\/([^']+\.js)'/)[1];
  const wasmFile = loader.match(/module_or_path: '\.\/([^']+\.wasm)'/)[1];
  const glue = await readFile(join(staging, glueFile), 'utf8');
  const packed = gzipSync(await readFile(join(staging, wasmFile)), { level: 9 }).toString('base64');
  const script = `<script type="module">
${inlineSafe(glue)}
{
  // In a block, so these names cannot clash with the glue's own.
  const zipped = Uint8Array.from(atob('${packed}'), (c) => c.charCodeAt(0));
  const unzipped = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  await __wbg_init({ module_or_path: await new Response(unzipped).arrayBuffer() });
}
</script>`;
  // Nothing lies beside the single file to read a PDF with: the app says so when asked.
  const pdfReader = one(html, /import\('\.\/pdf\/reader\.js'\)/, 'PDF reader');
  // The app's worker goes in the file too, started from a blob of its own script.
  const askModule = one(html, /import\('\.\/ask\.js'\)/, 'worker bridge');
  const worker = await inlineWorker(staging);
  html = html
    .replace(pdfReader, () => "Promise.reject(Object.assign(new Error('the single file has no PDF reader'), { kind: 'unavailable' }))")
    .replace(askModule, () => 'Promise.resolve(window.responseDrafterInlineWorker)')
    .replace(loader, () => `${worker}\n${script}`)
    .replace(/<link rel="(modulepreload|preload|manifest)"[^>]*>/g, '')
    .replace(/<link rel="apple-touch-icon"[^>]*>/g, '')
    .replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" href="data:image/png;base64,${icon}" type="image/png">`);
  await writeFile(join(staging, SINGLE_FILE), html);
  return (await stat(join(staging, SINGLE_FILE))).size;
}

/**
 * The app's Content-Security-Policy for a page whose inline scripts are `scripts`: its own files,
 * WebAssembly, and those inline scripts by their hashes; styles inline too, since the preview
 * shows the website's own stylesheet, pasted in. Nothing is ever loaded from anywhere else.
 */
export function policyFor(scripts, { blobWorker = false } = {}) {
  const hashes = scripts.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    // The single file starts its worker from a blob; served, the worker is a file of the app's.
    blobWorker ? "worker-src 'self' blob:" : "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Puts the policy for its inline scripts at the top of the page in `file`. */
export async function writePolicy(file, options = {}) {
  let html = await readFile(file, 'utf8');
  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(scripts, options)}">`;
  const charset = one(html, /<meta charset="utf-8">/, 'character set');
  await writeFile(file, html.replace(charset, () => `${charset}\n    ${meta}`));
}

// Run by Trunk's post_build hook; imported by the tests for the functions above.
if (process.argv[1] === new URL(import.meta.url).pathname) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('post-build: run by Trunk, which sets TRUNK_STAGING_DIR');
  await copyPdfjs(staging);
  await startAfterFirstPaint(staging);
  const { files, build } = await writeWorker(staging);
  const size = await writeSingleFile(staging);
  await writePolicy(join(staging, 'index.html'));
  await writePolicy(join(staging, SINGLE_FILE), { blobWorker: true });
  console.log(`post-build: ${WORKER} precaches ${files.length} files (build ${build}); ${SINGLE_FILE} is ${size} bytes`);
}
