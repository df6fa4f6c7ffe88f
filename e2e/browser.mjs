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
    browser,
    /** A fresh context (own storage) with a page that records problems. */
    async page(options = {}) {
      const context = await browser.newContext(options);
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

/** Waits until the Wasm app has replaced the static shell. */
export async function ready(page) {
  // Attached, not visible: on a phone the navigation waits behind the menu button.
  await page.locator('nav[aria-label]').first().waitFor({ state: 'attached' });
}

/** First visit lands on the guided start; skip it to reach the catalogue. */
export async function skipGuidedStart(page, url) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
}
