// Stored work is read with code of its own (src/state/reading.rs, README: Size): a first visit,
// which has nothing stored, does not fetch it (the worker precaches it); a returning visit
// reads its work with it before the app shows; and when it cannot be fetched, the app says so,
// refuses changes it could not save, and writes nothing over the stored work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, skipGuidedStart, controlled, askedWhileMainHeld } from '../browser.mjs';

const KEY = 'ggi-journey/state';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Whether the page has fetched the reading code. */
const readingFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .some((e) => /\/split_reading-[0-9a-f]+\.wasm$/.test(e.name)));

test('a first visit never fetches the reading code, the worker keeps it, and a returning visit reads the work with it', async () => {
  // Saving data: nothing is fetched ahead, so what the page fetches is its own doing.
  const { page, problems } = await env.page({ savesData: true });
  await page.goto(env.url);
  await ready(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  await page.waitForFunction(() => localStorage.getItem('ggi-journey/state') !== null);
  await controlled(page);
  assert.equal(await readingFetched(page), false, 'a first visit fetched the reading code');
  // Precached: a visitor whose first save was made offline reads it at an offline start.
  const kept = await page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname.split('/').pop());
    }
    return names.filter((name) => /^(split|shared)_reading-[0-9a-f]+\.wasm$/.test(name)).map((name) => name.split('-')[0]).sort();
  });
  assert.deepEqual(kept, ['shared_reading', 'split_reading']);
  await page.reload();
  await ready(page);
  // The stored document was read: the guided start, which it put away, does not come back.
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  assert.equal(await readingFetched(page), true);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems, []);
});

test('a returning visit asks for the reading code and the catalogue\'s with the main module, not after it', async () => {
  // scripts/pack.mjs `DEEP_LINKS`: with work stored, the loader starts both at once. The main
  // module is held back until they are asked for: a loader that waited for it would never ask.
  const { page, problems } = await env.page({ savesData: true, serviceWorkers: 'block' });
  await skipGuidedStart(page, env.url);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const asked = await askedWhileMainHeld(page, ['split_reading', 'shared_reading', 'split_home', 'shared_pages']);
  await page.goto(env.url);
  assert.deepEqual(await asked(), ['shared_pages', 'shared_reading', 'split_home', 'split_reading'], 'asked for while the main module was held');
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  assert.deepEqual(problems, []);
});

test('when the reading code cannot be fetched, the app says so and writes nothing over the stored work', async () => {
  // No worker: its copy would answer in place of the server.
  const { page, context } = await env.page({ savesData: true, serviceWorkers: 'block' });
  await skipGuidedStart(page, env.url);
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('ggi-journey/state') ?? '{}').settings?.theme === 'light'
    || JSON.parse(localStorage.getItem('ggi-journey/state') ?? '{}').settings?.theme === 'dark');
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);

  let refused = 0;
  await context.route(/\/split_reading-[0-9a-f]+\.wasm$/, (route) => { refused += 1; return route.fulfill({ status: 503, body: 'down' }); });
  await page.reload();
  await ready(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved work could not be read' });
  await alert.waitFor();
  await alert.getByText('the part of the app that reads it could not be downloaded').waitFor();
  assert.ok(refused >= 2, `the reading code was asked for ${refused} time(s): a failed file is asked for again`);
  await alert.getByRole('button', { name: 'Reload' }).waitFor();

  // A change cannot be saved, so it is refused and the page says why.
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('status').filter({ hasText: 'could not be downloaded' }).first().waitFor({ state: 'attached' });
  await page.waitForTimeout(1000); // past the save's pause (400 ms)
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), stored, 'the stored work was written over');

  // Once the code can be fetched, the reload offered reads the work.
  await context.unroute(/\/split_reading-[0-9a-f]+\.wasm$/);
  await alert.getByRole('button', { name: 'Reload' }).click();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count(), 0);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), stored);
});

test("when the explanation's code cannot be fetched either, the banner still says why and offers the reload", async () => {
  // src/components/persistence_banner.rs: the explanation is a chunk of its own; without it
  // the banner says the same in the main module's words, with no export (its code is missing).
  const { page, context } = await env.page({ savesData: true, serviceWorkers: 'block' });
  await skipGuidedStart(page, env.url);
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').settings?.theme !== undefined, KEY);
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);

  const missing = /\/split_(reading|persistence)-[0-9a-f]+\.wasm$/;
  const refused = new Set();
  await context.route(missing, (route) => {
    refused.add(new URL(route.request().url()).pathname.split('/').pop().replace(/-.*/, ''));
    return route.fulfill({ status: 503, body: 'down' });
  });
  await page.reload();
  await ready(page);
  const alert = page.getByRole('alert').filter({ hasText: 'the part of the app that reads it could not be downloaded' });
  await alert.waitFor();
  assert.deepEqual([...refused].sort(), ['split_persistence', 'split_reading']);
  assert.equal(await alert.getByRole('heading').count(), 0, 'the full explanation was shown though its code was refused');
  await alert.getByRole('button', { name: 'Reload' }).waitFor();
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.waitForTimeout(1000); // past the save's pause (400 ms)
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), stored, 'the stored work was written over');

  await context.unroute(missing);
  await alert.getByRole('button', { name: 'Reload' }).click();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count(), 0);
});
