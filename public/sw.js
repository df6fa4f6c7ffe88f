// GGI Journey's service worker: after the first visit the app opens with the network off.
// Plain JS, no libraries. scripts/post-build.mjs fills in VERSION and PRECACHE at build time.
//
// - The app's own files (the page, the hashed script, Wasm and stylesheet, icons, manifest) are
//   precached at install and served cache-first. A new build has a new VERSION, so the browser
//   installs the new worker beside the old one; it takes over once every tab of the old version
//   is closed (or a tab of it asks, message `take-over`: src/deploy.rs), and then removes the
//   old cache. A page never mixes two versions.
// - A returning visitor's new release holds every page before it takes over: when this
//   deployment's cache of an earlier release is there, the install fetches every page chunk, and
//   each catalogue translation in a language that cache held, that it cannot carry over, and
//   fails if one cannot be had (the browser keeps the earlier release and tries again later).
//   Without this the first offline start after an update opened no page with code of its own.
//   A first visit still fetches no page ahead.
// - Only the file itself is kept, from the network or carried from an earlier release: a 2xx
//   answer of the file's type (TYPES), and for a file named by its content (`…-<16 hex>.wasm` or
//   `.json`: scripts/split.mjs, post-build.mjs) bytes whose SHA-256 begins with those digits. A
//   login page or a host's HTML fallback answered with 200 is never kept under a file's name.
// - A failed answer is never used twice: the HTTP cache's copy of a hashed file serves only when
//   it is a usable answer, else the server is asked (`reload`). Chromium's HTTP cache keeps a
//   404, and `force-cache` returns it whatever its status: one 404 during a deployment came
//   back on every "Try again" and reload, which never reached the server again.
// - The page is cached under the folder's own address (`./`), never as `index.html`: hosts with
//   clean URLs (and common nginx rules) answer `…/index.html` with a redirect to `…/`, and a
//   cached redirect cannot answer a navigation, so the app would no longer open at all.
// - Cache names carry the registration scope: two deployments on one origin (prod and staging
//   sub-paths, project sites under one user domain) each keep their own caches, and a worker
//   only ever deletes its own.
// - The optional deployment files (config.json, catalogue.json) are fetched network-first,
//   always revalidated (`no-cache`, as the app asks for them), so a translation the HTTP cache
//   still holds from before the catalogue's update is neither used nor kept. Only a JSON body is
//   kept; when the server has no usable answer (offline, an error status, an HTML
//   page such as a login form) the last good copy is served, marked so the app can say so.
// - The catalogue's translations and the guided start drawn in French and German (hashed files
//   named in ON_DEMAND) are not precached, so an English first visit does not download them:
//   each is kept in the shell cache the first time the page fetches it, and carried over to the
//   next release's cache when unchanged.
// - The Wasm chunk of each page (PAGES, named by content, scripts/split.mjs) is not precached
//   either, so a first visit downloads only the main module: a chunk is kept the first time a
//   page needs it, and when a later visit starts under this worker the app asks for the rest
//   (message `keep-pages`), so from then on every page opens offline.
// - The icons a browser fetches only to install the app (ICONS) are not precached either: each
//   is kept the first time it is fetched.
// - A deployment's own translations (catalogue.<lang>.json) are treated like its other files,
//   but only looked up when the app asks for them.
// - Everything else (other paths, other origins, non-GET) is left to the browser.

const VERSION = 'development';
const PRECACHE = [];
const ON_DEMAND = [];
const PAGES = [];
const ICONS = [];
const onDemand = (path) => ON_DEMAND.includes(path) || PAGES.includes(path);
const OPTIONAL = ['config.json', 'catalogue.json'];
const OPTIONAL_TRANSLATIONS = ['catalogue.en.json', 'catalogue.fr.json', 'catalogue.de.json'];
// trunk writes its hash as plain hex, so a leading zero makes it shorter than 16 digits.
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css|json|html)$/;
// Files named by their content: the first 16 hex digits of the SHA-256 of their bytes.
const CONTENT = /-([0-9a-f]{16})\.(wasm|json|html)$/;
// What each kind of on-demand file must be served as (a part of its content type).
const TYPES = { wasm: 'application/wasm', json: 'json', png: 'image/png', html: 'text/html' };
// The page's key in PRECACHE and in the cache. post-build.mjs writes VERSION into the page (a
// <meta name="ggi-journey-build">); only the value is looked for, so a host that reformats
// HTML does not stop the app from working offline.
const PAGE = './';
// Read by src/deploy.rs: why a deployment file came from the cache, and when it was saved.
const CACHED_HEADER = 'x-ggi-journey-cached';
const SAVED_HEADER = 'x-ggi-journey-saved';

const SCOPE = self.registration.scope;
// ':' after the name: workers of earlier releases deleted every other `ggi-journey-…` cache of
// the origin, so they never see these. Their own caches are LEGACY (see ownLegacyCache).
const OWN = `ggi-journey:${SCOPE}:`;
const LEGACY = 'ggi-journey-';
const SHELL = `${OWN}shell:${VERSION}`;
const DEPLOY = `${OWN}deploy`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Everything is fetched and checked before anything is stored: a half-copied deployment
    // fails the install, and the browser keeps the previous worker and tries again later.
    const responses = await Promise.all(PRECACHE.map(async (url) => {
      // Hashed files (trunk's name-<hex hash>.ext) never change, so the copy the page just loaded
      // into the HTTP cache will do; the others bypass it, so no stale copy is precached.
      const response = await fetch(new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' }));
      if (!response.ok) throw new Error(`sw.js: ${url} answered ${response.status}`);
      if (url === PAGE && !(await response.clone().text()).includes(VERSION)) {
        throw new Error(`sw.js: the page is not build ${VERSION} (a deployment in progress or a stale cache)`);
      }
      return [url, await unredirected(response)];
    }));
    const shell = await caches.open(SHELL);
    await Promise.all(responses.map(([url, response]) => shell.put(url, response)));
    // A returning visitor: the languages of the translations an earlier release kept.
    const earlier = await earlierCaches();
    const had = new Set();
    for (const name of earlier) {
      for (const request of await (await caches.open(name)).keys()) had.add(request.url.match(/catalogue-(\w+)-/)?.[1]);
    }
    await Promise.all([...ON_DEMAND, ...PAGES].map(async (name) => {
      // Kept under an earlier release: same name (a hash of the content), so the same content,
      // checked again. The URL is in this scope, so only our caches can hold it.
      const kept = await caches.match(name);
      if (kept && (await usable(name, kept.clone()))) return shell.put(name, kept);
      if (earlier.length === 0 || !(PAGES.includes(name) || had.has(name.split('-')[1]))) return;
      const response = await fetchFile(name);
      if (!(await usable(name, response.clone()))) throw new Error(`sw.js: ${name} answered ${response.status}`);
      await shell.put(name, response);
    }));
    // The deployment's files too, when there are any, so they also apply offline after the
    // first visit (whose own requests went out before this worker existed).
    await Promise.all(OPTIONAL.map(deployFile));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await earlierCaches()) await caches.delete(name);
    // The first visit's page is controlled at once, so it works offline without a reload.
    await self.clients.claim();
  })());
});

// From the app:
// - `take-over`, from a tab this worker controls whose page the server no longer has (another
//   release is there), which the user asked to reload into the new release: the new release's
//   worker (installed now if need be) is asked to take over at once (`skip-waiting`);
// - `keep-pages`, on a visit this worker already controlled: keep every page for offline use;
// - `{ keep: [addresses] }`, when this worker takes over a first visit: keep the page chunks and
//   translations that visit fetched before (they went to the network, past this worker), a
//   deployment's own translations with its other files.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') {
    const registration = self.registration;
    event.waitUntil(registration.update().then(() => (registration.installing ?? registration.waiting)?.postMessage('skip-waiting')).catch(() => {}));
  }
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'keep-pages') event.waitUntil(keep(PAGES));
  const loaded = event.data?.keep;
  if (Array.isArray(loaded)) {
    const paths = loaded.map((address) => new URL(address, SCOPE)).filter((url) => url.href.startsWith(SCOPE)).map((url) => url.href.slice(SCOPE.length));
    const theirs = paths.filter((path) => OPTIONAL_TRANSLATIONS.includes(path));
    event.waitUntil(Promise.all([keep(paths.filter(onDemand)), ...theirs.map(deployFile)]));
  }
});

async function keep(names) {
  const shell = await caches.open(SHELL);
  for (const name of names) {
    if (await shell.match(name)) continue;
    try {
      await keepChecked(shell, name, await fetchFile(name));
    } catch {
      // Offline: a later visit keeps this one.
    }
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(SCOPE);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (OPTIONAL.includes(path) || OPTIONAL_TRANSLATIONS.includes(path)) {
    event.respondWith(deployFile(path));
  } else if (onDemand(path) || ICONS.includes(path)) {
    event.respondWith(cacheOnUse(path, request, event));
  } else if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    event.respondWith(cacheFirst(PAGE, request));
  } else if (PRECACHE.includes(path)) {
    event.respondWith(cacheFirst(path, request));
  }
});

/** This deployment's caches of earlier releases (see ownLegacyCache for the oldest ones). */
async function earlierCaches() {
  const earlier = [];
  for (const name of await caches.keys()) {
    if (name.startsWith(OWN) ? name !== SHELL && name !== DEPLOY : name.startsWith(LEGACY) && (await ownLegacyCache(name))) earlier.push(name);
  }
  return earlier;
}

/**
 * Earlier releases named caches `ggi-journey-<version>` and `ggi-journey-deploy`, whatever the
 * scope. One is this deployment's when every entry lies directly in this folder; another
 * deployment's (or a shared one) is left alone.
 */
async function ownLegacyCache(name) {
  const keys = await (await caches.open(name)).keys();
  return keys.every((request) => request.url.startsWith(SCOPE) && !request.url.slice(SCOPE.length).includes('/'));
}

/** A response that followed a redirect cannot answer a navigation: keep only its content. */
async function unredirected(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

/**
 * A translation, a page chunk or an icon: from the shell cache, else fetched once and kept
 * there. The page gets the response at once; it is kept meanwhile (the fetch event lasts until
 * then). Awaiting the copy first made the page wait for the whole file to be written to the
 * cache: 60 to 90 ms more on a page's first opening.
 */
async function cacheOnUse(key, request, event) {
  const shell = await caches.open(SHELL);
  const cached = await shell.match(key);
  if (cached) return cached;
  const response = await fetchFile(key, request).catch((error) => (ICONS.includes(key) ? iconOffline(key) : Promise.reject(error)));
  event.waitUntil(keepChecked(shell, key, response.clone()));
  return response;
}

/**
 * An icon asked for offline that was never kept. Firefox fetches the page's apple-touch-icon at
 * every load, the first visit's before this worker existed: the copy in its HTTP cache will do.
 * Without one, a plain "not available offline": a rejected answer is a page error in Firefox.
 */
async function iconOffline(key) {
  const stored = await fetch(key, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => undefined);
  return stored && typed(key, stored) ? stored : new Response('', { status: 503, statusText: 'Not available offline' });
}

/**
 * A file of the build, to use or keep: the HTTP cache's copy when it is an answer of the right
 * kind (a hashed name never changes, so any such copy is the right one, even offline), else
 * the server's, past the HTTP cache, which then holds the new answer.
 */
async function fetchFile(name, request = name) {
  const first = await fetch(request, { cache: HASHED.test(name) ? 'force-cache' : 'default' }).catch(() => undefined);
  return first && typed(name, first) ? first : fetch(request, { cache: 'reload' });
}

/** A 2xx answer with the content type of `name`'s kind. */
function typed(name, response) {
  return response.ok && (response.headers.get('content-type') ?? '').includes(TYPES[name.split('.').pop()]);
}

/** Whether `response` (consumed) is `name` itself: typed, and of the content its name says. */
async function usable(name, response) {
  if (!typed(name, response)) return false;
  const hash = name.match(CONTENT)?.[1];
  if (!hash) return true;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.arrayBuffer()));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('') === hash;
}

async function keepChecked(shell, name, response) {
  if (await usable(name, response.clone())) await shell.put(name, response);
}

async function cacheFirst(key, request) {
  const cached = await (await caches.open(SHELL)).match(key);
  return cached ?? fetch(request);
}

/** The server's copy of a deployment file when usable, else the last good one, marked. */
async function deployFile(name) {
  const cache = await caches.open(DEPLOY);
  let response;
  try {
    response = await fetch(name, { cache: 'no-cache' });
  } catch {
    // Offline: the last copy seen, or "absent" (the app then uses its defaults), said as the
    // hosting guide's servers say it: a 404 would be logged as an error at every offline start.
    return (await lastGood(cache, name, 'offline')) ?? new Response(null, { status: 204 });
  }
  // The organisation removed the file (or never added it; the hosting guide's servers say 204):
  // forget it, so the app goes back to its defaults. The page is told "no content": a 404
  // passed on would be logged in its console as an error at every start, for a file that is
  // optional.
  if (response.status === 404 || response.status === 410 || response.status === 204) {
    await cache.delete(name);
    return new Response(null, { status: 204 });
  }
  if (!response.ok) return (await lastGood(cache, name, `status ${response.status}`)) ?? response;
  const body = await response.clone().text();
  // A login page or a host's HTML fallback, answered with 200: not the file.
  if (isPage(response, body)) return (await lastGood(cache, name, 'not-json')) ?? response;
  // Broken JSON is the deployer's to fix: the app reports it, and the last good copy stays for
  // offline use. Only a body that parses replaces it.
  if (isJson(body)) {
    const headers = new Headers({ 'content-type': 'application/json', [SAVED_HEADER]: new Date().toISOString() });
    await cache.put(name, new Response(body, { status: 200, headers }));
  }
  return response;
}

function isPage(response, body) {
  return /html/i.test(response.headers.get('content-type') ?? '') || body.replace(/^\uFEFF/, '').trimStart().startsWith('<');
}

function isJson(body) {
  try {
    JSON.parse(body.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

async function lastGood(cache, name, reason) {
  const cached = await cache.match(name);
  if (!cached) return undefined;
  const headers = new Headers(cached.headers);
  headers.set(CACHED_HEADER, reason);
  return new Response(cached.body, { status: 200, headers });
}
