// Keeps one build of Response Drafter so that it opens with no network. The files come from
// the build (see scripts/post-build.mjs), so a page is only ever served files of one build; a
// new build waits until the person chooses to reload.
const BUILD = '__BUILD__';
const FILES = __FILES__;
// Fetched only when first needed (reading a report's PDF), then kept with the build's files.
const ON_DEMAND = __ON_DEMAND__;
// Named by scope too, so copies of the app at other paths of one site keep their own caches.
const PREFIX = `response-drafter ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;
const APP_PAGES = ['', 'index.html'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const stale = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
    await Promise.all(stale.map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const scope = new URL(self.registration.scope);
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  const isAppPage = request.mode === 'navigate' && APP_PAGES.includes(path);
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(isAppPage ? 'index.html' : request, { ignoreSearch: true });
    if (cached) return cached;
    const response = await fetch(request);
    if (ON_DEMAND.includes(path) && response.ok) await cache.put(request, response.clone());
    return response;
  })());
});
