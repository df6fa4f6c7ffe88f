// Offline after the first visit: the service worker precaches the app's own files and keeps each
// page's Wasm chunk once it has been opened (all of them from the second visit on), and with the
// network off the app opens, navigates and saves, under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, keepsEveryPage, keepsWhatItLoaded, controlled } from '../browser.mjs';
import { ROUTES } from '../routes.mjs';
import { DIST } from '../server.mjs';
import { readdir } from 'node:fs/promises';

let env;
before(async () => { env = await start({ prefix: '/tools/ggi/' }); });
after(async () => { await env?.close(); });


test('the service worker is registered for the app folder and precaches the app shell', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  // Not at once: the visitor has the app to themselves for a moment first (src/lib.rs `mount`).
  const early = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  assert.equal(early, false, 'the service worker was registered as the app started');
  await controlled(page);
  const { scope, cached } = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cached = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) cached.push(new URL(request.url).pathname);
    }
    return { scope: registration.scope, cached };
  });
  assert.equal(new URL(scope).pathname, '/tools/ggi/');
  for (const pattern of [/^\/tools\/ggi\/$/, /\.wasm$/, /ggi-journey-[0-9a-f]+\.js$/, /__wasm_split-[0-9a-f]+\.js$/, /manifest\.webmanifest$/]) {
    assert.ok(cached.some((p) => pattern.test(p) && p.startsWith('/tools/ggi/')), `${pattern} not cached: ${cached}`);
  }
  // The icons for installing the app are no part of a first visit; kept once a browser fetches one.
  assert.ok(!cached.some((p) => /icon-(192|512)\.png$/.test(p)), `an install icon was precached: ${cached}`);
  const kept = await page.evaluate(async () => {
    const icon = await fetch('icon-512.png');
    await icon.arrayBuffer();
    for (let i = 0; i < 50; i++) {
      if (await caches.match('icon-512.png')) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  });
  assert.ok(kept, 'icon-512.png was fetched through the worker but not kept');
  assert.deepEqual(problems, []);
});

test('after the first visit the app opens, navigates and saves with the network off', async () => {
  const { page, context, problems } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  await controlled(page);
  // The activity page's chunks were fetched before the worker existed: it keeps them on taking over.
  await keepsWhatItLoaded(page);

  await context.setOffline(true);
  const served = [];
  page.on('response', (r) => served.push([new URL(r.url()).pathname, r.fromServiceWorker()]));
  const failed = [];
  page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname.split('/').pop()));
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  const shell = served.filter(([p]) => /\.(html|js|wasm)$/.test(p) || p.endsWith('/'));
  assert.ok(shell.length >= 3, JSON.stringify(served));
  assert.ok(shell.every(([, fromWorker]) => fromWorker), `not all from the service worker: ${JSON.stringify(served)}`);

  // Ticking a point offline is saved in the browser and still there after another reload.
  await page.getByRole('checkbox').first().check();
  await page.getByText('1 of 3 verification points met').waitFor();
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"met":true'));
  // The guided start (in the main module) and pages opened before (this one, and the
  // catalogue, fetched ahead at idle) need nothing more.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalogue' }).click();
  await page.getByRole('heading', { level: 1, name: /The GGI activity catalogue/ }).waitFor();
  await page.goto(`${env.url}#/activities/GGI-A-17`);
  await page.getByRole('heading', { level: 1, name: /GGI-A-17/ }).waitFor();
  await page.goto(`${env.url}#/start`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  await ready(page);
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await page.getByText('1 of 3 verification points met').waitFor();

  // The network really is off for this context.
  const reachable = await page.evaluate(async () => {
    try { await fetch(`not-precached-${Date.now()}.txt`); return true; } catch { return false; }
  });
  assert.equal(reachable, false, 'the context is not offline');
  // The only files missing offline: the deployment's optional ones, the probe above, and the
  // code that keeps the data (issue 29), which a first visit that saved nothing never fetched:
  // the first save asks for it. The loader logs those failed fetches; nothing else may fail.
  // Except the tab's icon: Chromium sometimes fetches `icon.svg` for the tab itself, around the
  // worker (through it, an icon never fails: the worker answers one it lacks with a 503), and
  // that fetch fails offline (seen once in a CI run; the app asks nothing of it).
  const missing = failed.filter((name) => !/^(config|catalogue)\.json$|^not-precached-|^(split_durability|own_durability|shared_start)-[0-9a-f]+\.wasm$|^icon\.svg$/.test(name));
  assert.deepEqual(missing, [], `failed offline: ${failed.join(', ')}`);
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED|Failed to fetch/.test(p)), []);
  // Back online, the next change fetches that code, and the data page says how the data is kept.
  await context.setOffline(false);
  await page.getByRole('checkbox').nth(1).check();
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 2, name: 'Keeping your data' }).waitFor();
});

test('offline, a page never opened says why and opens once the network is back', async () => {
  const { page, context, problems } = await env.page();
  await page.goto(env.url);
  await ready(page);
  await controlled(page);
  await context.setOffline(true);
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: 'This page could not be opened' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Your data is safe in this browser' }).waitFor();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be opened' }).waitFor();

  // Back online, "Try again" opens it: as a user would, press it until it does (an attempt
  // started while offline may still be failing).
  await context.setOffline(false);
  const data = page.getByRole('heading', { level: 1, name: 'Your data' });
  for (let i = 0; i < 20 && !(await data.isVisible()); i++) {
    await page.getByRole('button', { name: 'Try again' }).click({ timeout: 1000 }).catch(() => {});
    await page.waitForTimeout(500);
  }
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  await keepsWhatItLoaded(page);
  // Offline, the loader's failed fetches are logged; nothing else may be.
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED|Failed to fetch/.test(p)), []);
});

test('a page whose code is still on its way when the worker takes over is kept too', async () => {
  const chunk = (await readdir(DIST)).find((name) => /^split_activity-[0-9a-f]+\.wasm$/.test(name));
  env.extra[chunk] = { delay: 3000, fromDist: true };
  try {
    const { page, context, problems } = await env.page();
    await page.goto(`${env.url}#/activities/GGI-A-24`);
    await ready(page);
    await controlled(page);
    const heading = page.getByRole('heading', { level: 1, name: /GGI-A-24/ });
    assert.equal(await heading.count(), 0, 'the worker took over before the page had its code');
    await heading.waitFor();
    await keepsWhatItLoaded(page);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await heading.waitFor();
    await context.setOffline(false);
    assert.deepEqual(problems, []);
  } finally {
    delete env.extra[chunk];
  }
});

test('from the second visit on, every page opens offline', async () => {
  const { page, context, problems } = await env.page();
  await page.goto(env.url);
  await ready(page);
  await controlled(page);
  // The second visit starts under the worker, which then keeps every page.
  await page.reload();
  await ready(page);
  await keepsEveryPage(page);

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  for (const [hash, heading] of ROUTES) {
    await page.goto(`${env.url}${hash}`);
    await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
    assert.equal(await page.getByRole('heading', { level: 1, name: 'This page could not be opened' }).count(), 0, hash);
  }
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test('a browser that never visited gets nothing offline (the test really is offline)', async () => {
  const { page, context } = await env.page();
  await context.setOffline(true);
  await assert.rejects(page.goto(env.url), /ERR_INTERNET_DISCONNECTED/);
});
