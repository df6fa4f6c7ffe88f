// A page's code arrives when it is first wanted: in few files (scripts/pack.mjs), and already
// when a link to the page is pointed at or focused, before the click. The activities' long
// texts too, for an activity page or a search (src/catalogue_text.rs). The catalogue's and the
// activity page's code and those texts come ahead, at idle after the start, unless the visitor
// saves data (scripts/pack.mjs `AHEAD`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from '../browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The Wasm files the page has fetched since it loaded, by name without the hash. */
const wasmFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname.split('/').pop())
  .filter((name) => name.endsWith('.wasm'))
  .map((name) => name.replace(/-[0-9a-f]+(_bg)?\.wasm$/, '')));

test('the first page with code of its own fetches its own and what pages share; an activity also its texts', async () => {
  // Saving data: nothing comes ahead, the page fetches what it needs itself.
  const { page, problems } = await env.page({ savesData: true });
  // The guided start is in the main module.
  await page.goto(`${env.url}#/start`);
  await ready(page);
  assert.deepEqual(await wasmFetched(page), ['ggi-journey']);
  await page.evaluate(() => { location.hash = '#/activities/GGI-A-21'; });
  await page.getByRole('heading', { level: 1, name: /Manage legal compliance/ }).waitFor();
  assert.deepEqual((await wasmFetched(page)).sort(), ['ggi-journey', 'shared_pages', 'split_activity', 'split_catalogue_text']);
  // The next page only needs its own.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  assert.deepEqual((await wasmFetched(page)).sort(), ['ggi-journey', 'shared_pages', 'split_activity', 'split_catalogue_text', 'split_dashboard']);
  assert.deepEqual(problems, []);
});

test('at idle after the start, the catalogue, the activity page and the long texts are fetched ahead: the first activity opened fetches nothing', async () => {
  const { page, problems } = await env.page();
  await page.goto(env.url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  await ready(page);
  // Nothing points at a link: the pointer has not moved.
  await page.waitForFunction(() => ['split_home', 'split_activity', 'split_catalogue_text', 'shared_pages']
    .every((name) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.split('/').pop().startsWith(`${name}-`))));
  const ahead = (await wasmFetched(page)).sort();
  assert.deepEqual(ahead, ['ggi-journey', 'shared_pages', 'split_activity', 'split_catalogue_text', 'split_home']);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  await page.getByRole('link', { name: /Manage legal compliance/ }).click();
  await page.getByRole('heading', { level: 1, name: /Manage legal compliance/ }).waitFor();
  await page.getByRole('heading', { name: 'Why it matters' }).waitFor();
  assert.deepEqual((await wasmFetched(page)).sort(), ahead);
  assert.deepEqual(problems, []);
});

test('a visitor who saves data gets nothing ahead', async () => {
  const { page, problems } = await env.page({ savesData: true });
  await page.goto(env.url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  await ready(page);
  // Well past the idle moment the test above waits for (the app asks for it within 2 s).
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  await page.waitForTimeout(2500);
  assert.deepEqual(await wasmFetched(page), ['ggi-journey']);
  assert.deepEqual(problems, []);
});

test("pointing at a link, or focusing it, fetches its page's code before the click", async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/start`);
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Dashboard' }).hover();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/split_dashboard-[0-9a-f]+\.wasm$/.test(e.name)));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Start your journey', 'no navigation yet');
  await nav.getByRole('link', { name: 'Iterations' }).focus();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/split_iterations-[0-9a-f]+\.wasm$/.test(e.name)));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Iterations' }).waitFor();
  assert.deepEqual(problems, []);
});
