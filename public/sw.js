// GGI Journey's service worker: after the first visit the app opens with the network off.
// Plain JS, no libraries. scripts/post-build.mjs fills in VERSION and PRECACHE at build time.
//
// - The app's own files (index.html, the hashed script, Wasm and stylesheet, icons, manifest)
//   are precached at install and served cache-first. A new build has a new VERSION, so the
//   browser installs the new worker beside the old one; it takes over once every tab of the old
//   version is closed, and then removes the old cache. A page never mixes two versions.
// - The optional deployment files (config.json, catalogue.json) are fetched network-first and
//   fall back to the last copy seen, so an organisation's settings also work offline.
// - Everything else (other paths, other origins, non-GET) is left to the browser.

const VERSION = 'development';
const PRECACHE = [];
const OPTIONAL = ['config.json', 'catalogue.json'];
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

const PREFIX = 'ggi-journey-';
const SHELL = `${PREFIX}${VERSION}`;
const DEPLOY = `${PREFIX}deploy`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Hashed files (trunk's name-<16 hex>.ext) never change, so the copy the page just loaded
    // into the HTTP cache will do; the others are revalidated, so a stale index.html is never
    // precached and an unchanged one costs a 304.
    const shell = await caches.open(SHELL);
    await shell.addAll(PRECACHE.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })));
    // The deployment's files too, when there are any, so they also apply offline after the
    // first visit (whose own requests went out before this worker existed).
    await Promise.all(OPTIONAL.map((name) => networkFirst(name, new Request(name, { cache: 'no-cache' }))));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== SHELL && name !== DEPLOY) await caches.delete(name);
    }
    // The first visit's page is controlled at once, so it works offline without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (OPTIONAL.includes(path)) {
    event.respondWith(networkFirst(path, request));
  } else if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    event.respondWith(cacheFirst('index.html', request));
  } else if (PRECACHE.includes(path)) {
    event.respondWith(cacheFirst(path, request));
  }
});

async function cacheFirst(key, request) {
  const cached = await caches.match(key, { cacheName: SHELL });
  return cached ?? fetch(request);
}

async function networkFirst(key, request) {
  const cache = await caches.open(DEPLOY);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    // The organisation removed the file: forget it, so the app goes back to its defaults.
    else if (response.status === 404 || response.status === 410) await cache.delete(key);
    return response;
  } catch {
    // Offline: the last copy seen, or "absent" (the app then uses its defaults).
    return (await cache.match(key)) ?? new Response('', { status: 404, statusText: 'Not available offline' });
  }
}
