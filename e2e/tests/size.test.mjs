// The size guard: a cold first visit stays within the budget (e2e/size.mjs, FIRST_VISIT_BUDGET),
// and the files counted are the ones a browser really fetches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, askedWhileMainHeld } from '../browser.mjs';
import { criticalPath, fetchedAhead, firstVisit, CRITICAL_PATH_BUDGET, FIRST_VISIT_BUDGET } from '../size.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test(`a cold first visit downloads at most ${FIRST_VISIT_BUDGET} bytes with brotli`, async () => {
  const visit = await firstVisit();
  const detail = visit.files.map((f) => `${f.name} ${f.brotli}`).join(', ');
  assert.ok(visit.brotli <= FIRST_VISIT_BUDGET,
    `first visit is ${visit.brotli} bytes brotli, over the budget of ${FIRST_VISIT_BUDGET} (${detail}); see README "Size"`);
});

test('the files counted are every file the browser fetches on a cold first visit', async () => {
  const { page, problems } = await env.page();
  const fetched = new Set();
  const record = (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(env.url).origin) fetched.add(url.pathname.slice(1) || 'index.html');
  };
  page.on('request', record);
  // The service worker's own requests (its precache) are seen at the context level.
  page.context().on('request', record);
  // The bare address: a first visit opens on the guided start.
  await page.goto(env.url);
  await ready(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  // And what the app fetches ahead at idle (counted on its own).
  const ahead = (await fetchedAhead()).files.map((f) => f.name);
  await page.waitForFunction((names) => names.every((n) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${n}`))), ahead);
  await page.waitForLoadState('networkidle');
  const counted = new Set([...(await firstVisit()).files.map((f) => f.name), ...ahead]);
  // The optional deployment files are looked up (404 here) and are the deployment's own.
  const missed = [...fetched].filter((name) => !counted.has(name) && !['config.json', 'catalogue.json'].includes(name));
  assert.deepEqual(missed, [], `fetched on a first visit but not counted: ${missed.join(', ')}`);
  assert.ok(counted.has('sw.js') && [...counted].some((n) => n.endsWith('.wasm')), [...counted].join(', '));
  assert.deepEqual(problems, []);
});

test(`the first screen waits for at most ${CRITICAL_PATH_BUDGET} bytes with brotli, and for nothing else`, async () => {
  const critical = await criticalPath();
  const detail = critical.files.map((f) => `${f.name} ${f.brotli}`).join(', ');
  assert.ok(critical.brotli <= CRITICAL_PATH_BUDGET,
    `the critical path is ${critical.brotli} bytes brotli, over the budget of ${CRITICAL_PATH_BUDGET} (${detail}); see README "Size"`);
  // What the page fetched until the app was interactive is all counted.
  const { page, problems } = await env.page();
  const fetched = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(env.url).origin) fetched.push(url.pathname.slice(1) || 'index.html');
  });
  await page.goto(env.url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('ggi-mounted').length > 0);
  const before = fetched.slice();
  const counted = new Set(critical.files.map((f) => f.name));
  const missed = before.filter((name) => !counted.has(name) && !['config.json', 'catalogue.json'].includes(name));
  assert.deepEqual(missed, [], `fetched before the app was interactive but not counted: ${missed.join(', ')}`);
  assert.ok(before.some((n) => n.endsWith('.wasm')), before.join(', '));
  assert.deepEqual(problems, []);
});

test('the first paint does not share the network with the Wasm: no preload, one fetch of it', async () => {
  // scripts/post-build.mjs drops trunk's preload of the main Wasm (README "Size"); the loader
  // still fetches it once, at once.
  const { page, problems } = await env.page();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('_bg.wasm')) wasm.push(new URL(r.url()).pathname); });
  const answer = await page.goto(`${env.url}#/`);
  assert.doesNotMatch(await answer.text(), /<link rel="preload"[^>]*\.wasm/);
  await ready(page);
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.deepEqual(problems, []);
});

test("a deep link fetches its page's code with the main module, not after it", async () => {
  // The catalogue's code is a chunk (src/pages.rs); scripts/pack.mjs `DEEP_LINKS` starts its
  // files at once. The main module is held back until they are asked for: a loader that waited
  // for it would never ask, and the page would not come.
  const { page, problems } = await env.page();
  const asked = await askedWhileMainHeld(page, ['split_home', 'shared_pages']);
  await page.goto(`${env.url}#/?goal=trust`);
  assert.deepEqual(await asked(), ['shared_pages', 'split_home'], 'asked for while the main module was held');
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  assert.deepEqual(problems, []);
});
