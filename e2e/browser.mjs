// Shared test set-up: Debian's Chromium driven by playwright-core, the static server, and a
// guard that fails a test on page errors or on any request that leaves the app's origin.
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

// The app looks for the optional deployment files config.json and catalogue.json at every start;
// that they are missing is normal, but Chromium still logs each 404 as a console error.
const OPTIONAL_FILE_MISSING = (m) =>
  /^Failed to load resource: .*404/.test(m.text()) && /\/(config|catalogue(\.[a-z]{2})?)\.json$/.test(m.location().url);

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Starts a server (options: see server.mjs) and a browser; returns helpers and a `close`. */
export async function start({ prefix = '/', extra = {}, ...options } = {}) {
  const server = await serve({ prefix, extra, ...options });
  const browser = await launch();
  return {
    url: server.url,
    origin: server.origin,
    /** Extra files served beside index.html (see server.mjs); change them freely. */
    extra: server.extra,
    /** Every path the server was asked for (see server.mjs). */
    requests: server.requests,
    browser,
    /**
     * A fresh context (own storage) with a page that records problems. `savesData: true`: the
     * browser says the visitor saves data (Chromium's `navigator.connection.saveData`), so the
     * app fetches nothing ahead (src/pages.rs `fetch_ahead`) and a test sees what a page
     * fetches when it is first wanted.
     */
    async page({ savesData = false, ...options } = {}) {
      const context = await browser.newContext(options);
      if (savesData) {
        await context.addInitScript(() => Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => true }));
      }
      const page = await context.newPage();
      const problems = [];
      const origin = new URL(server.url).origin;
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error' || OPTIONAL_FILE_MISSING(m)) return;
        problems.push(`console error: ${m.text()}`);
      });
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`foreign request: ${u}`);
      });
      return { page, context, problems };
    },
    async close() { await browser.close(); await server.close(); },
  };
}

/**
 * Waits until the service worker keeps every page's Wasm chunk (it fetches them in the
 * background on a visit that starts under it), so the test can go offline.
 */
export async function keepsEveryPage(page, timeout = 30_000) {
  const missing = () => page.evaluate(async () => {
    const sw = await (await fetch('sw.js')).text();
    const pages = JSON.parse(sw.match(/^const PAGES = (.*);$/m)?.[1] ?? '[]');
    const kept = new Set();
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) kept.add(new URL(request.url).pathname.split('/').pop());
    }
    return pages.length === 0 ? ['(sw.js lists no PAGES)'] : pages.filter((name) => !kept.has(name));
  });
  await untilNoneMissing(page, missing, timeout);
}

/**
 * Waits until the service worker keeps the Wasm chunks this page fetched (pages, languages),
 * which it does when it takes over a first visit, so the test can go offline.
 */
export async function keepsWhatItLoaded(page, timeout = 30_000) {
  const missing = () => page.evaluate(async () => {
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop())
      .filter((name) => /^(split|shared|own)_\w+-[0-9a-f]+\.wasm$/.test(name));
    const kept = new Set();
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) kept.add(new URL(request.url).pathname.split('/').pop());
    }
    return loaded.filter((name) => !kept.has(name));
  });
  await untilNoneMissing(page, missing, timeout);
}

/** Polls `missing()` (names the worker does not keep yet) until it is empty, or throws. */
async function untilNoneMissing(page, missing, timeout) {
  const end = Date.now() + timeout;
  let left = await missing();
  while (left.length > 0 && Date.now() < end) {
    await page.waitForTimeout(200);
    left = await missing();
  }
  if (left.length > 0) throw new Error(`the service worker does not keep ${left.join(', ')}`);
}

/**
 * Runs `check(arg)` in the page (it may be async) until it returns a truthy value, also across
 * a reload, or throws. Not page.waitForFunction: it takes the promise an async function returns
 * for a yes, at once.
 */
export async function until(page, check, arg, timeout = 30_000) {
  const end = Date.now() + timeout;
  let error;
  for (;;) {
    try {
      if (await page.evaluate(check, arg)) return;
    } catch (e) {
      error = e; // the page was being replaced
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${check}${error ? ` (${error.message})` : ''}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the page is controlled by an active service worker. */
export async function controlled(page) {
  await until(page, async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });
}

/** Waits until the Wasm app has replaced the static shell. */
export async function ready(page) {
  // Attached, not visible: on a phone the navigation waits behind the menu button. The app's,
  // not the static shell's (scripts/shell.mjs), which has one too.
  await page.locator('#app:not([data-shell]) nav[aria-label]').first().waitFor({ state: 'attached' });
}

/** First visit lands on the guided start; skip it to reach the catalogue. */
export async function skipGuidedStart(page, url) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  await ready(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
}

/**
 * Holds the main Wasm module's response back until the page has asked for every file whose
 * name starts with one of `prefixes` (`split_home`, …), or 10 s have passed. Returns a function
 * whose promise gives the prefixes asked for meanwhile, sorted (a function: an async call
 * cannot hand back a promise that only the navigation after it settles). Call before the
 * navigation: a loader that waited for the main module to ask for them would never ask
 * (scripts/pack.mjs `DEEP_LINKS`).
 */
export async function askedWhileMainHeld(page, prefixes) {
  const asked = new Set();
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    const prefix = prefixes.find((p) => name.startsWith(`${p}-`));
    if (prefix) asked.add(prefix);
  });
  let release;
  const result = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    const until = Date.now() + 10_000;
    while (asked.size < prefixes.length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    release([...asked].sort());
    await route.continue();
  });
  return () => result;
}
