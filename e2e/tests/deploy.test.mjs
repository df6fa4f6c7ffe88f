// Deploy-time settings without rebuilding: optional config.json and catalogue.json beside
// index.html, read from the same origin at start.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DIST } from '../server.mjs';
import { start, ready, keepsEveryPage } from '../browser.mjs';

const fixture = (name) => readFile(resolve(import.meta.dirname, '..', '..', 'core', 'tests', 'fixtures', name), 'utf8');
const NOTICE = "This site's settings could not be used";

let env;
before(async () => { env = await start({ prefix: '/tools/ggi/' }); });
after(async () => { await env?.close(); });
beforeEach(() => { for (const name of Object.keys(env.extra)) delete env.extra[name]; });

test('without deployment files the built-in catalogue is used and nothing is reported', async () => {
  const { page, problems } = await env.page();
  const lookedUp = [];
  page.on('response', (r) => { if (/\/(config|catalogue)\.json$/.test(r.url())) lookedUp.push([new URL(r.url()).pathname, r.status()]); });
  await page.goto(`${env.url}#/`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(lookedUp.sort(), [['/tools/ggi/catalogue.json', 404], ['/tools/ggi/config.json', 404]]);
  assert.equal(await page.locator('a.activity-link').count(), 25);
  assert.equal(await page.getByText(NOTICE).count(), 0);
  assert.deepEqual(problems, []);
});

test('config.json sets the default language and the organisation of new workspaces', async () => {
  env.extra['config.json'] = JSON.stringify({ language: 'fr', organisation: 'Ville de Lyon', sample_organisation: false });
  const { page, problems } = await env.page({ locale: 'de-DE' });
  await page.goto(`${env.url}#/`);
  await ready(page);
  // The deployment's language beats the browser's (German here).
  await page.getByRole('heading', { level: 1, name: 'Le catalogue d’activités GGI' }).waitFor();
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await page.getByRole('checkbox').first().check();
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"met":true'));
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('ggi-journey/state')));
  assert.equal(saved.workspaces[0].name, 'Ville de Lyon');
  assert.equal(saved.workspaces[0].profile.organisation, 'Ville de Lyon');
  // The user's own choice beats the deployment's.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('de');
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.deepEqual(problems, []);
});

test('a saved workspace keeps its own name when config.json names the organisation', async () => {
  const { page } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"met":true'));
  env.extra['config.json'] = JSON.stringify({ organisation: 'Someone else' });
  await page.reload();
  await ready(page);
  await page.waitForLoadState('networkidle');
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('ggi-journey/state')));
  assert.equal(saved.workspaces[0].name, 'My organisation');
});

test('catalogue.json in our format replaces the built-in catalogue', async () => {
  env.extra['catalogue.json'] = await fixture('catalogue-minimal.json');
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  await page.getByText('Catalogue: A tiny catalogue for tests').waitFor();
  assert.ok(await page.locator('a.activity-link').count() < 25);
  assert.equal(await page.getByText(NOTICE).count(), 0);
  assert.deepEqual(problems, []);
});

test('progress the new catalogue does not know is kept and shown, and comes back', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"met":true'));
  // The organisation now deploys a catalogue without GGI-A-24.
  env.extra['catalogue.json'] = await fixture('catalogue-minimal.json');
  await page.goto(`${env.url}#/data`);
  await page.reload();
  await page.getByRole('heading', { name: 'Progress the catalogue in use does not know' }).waitFor();
  await page.getByText('GGI-A-24: the whole activity').waitFor();
  assert.match(await page.evaluate(() => localStorage.getItem('ggi-journey/state')), /GGI-A-24/);
  // Back on the handbook catalogue, the tick counts again.
  delete env.extra['catalogue.json'];
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await page.reload();
  await page.getByText('1 of 3 verification points met').waitFor();
  assert.deepEqual(problems, []);
});

test('catalogue.json in My GGI Board format is read too', async () => {
  env.extra['catalogue.json'] = await fixture('board-minimal.json');
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  await page.getByRole('link', { name: /Test activity one/ }).waitFor();
  assert.equal(await page.locator('a.activity-link').count(), 2);
  await page.getByRole('link', { name: /Test activity one/ }).click();
  await page.getByRole('heading', { level: 1, name: /Test activity one/ }).waitFor();
  assert.equal(await page.locator('.checklist-item').count(), 3);
  assert.deepEqual(problems, []);
});

test('unusable files are explained and the built-in defaults used', async () => {
  env.extra['config.json'] = '{ "langage": "fr" }';
  env.extra['catalogue.json'] = '{ "format": "something-else" }';
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: NOTICE });
  await notice.waitFor();
  await notice.getByText(/config\.json is not valid: unknown field `langage`/).waitFor();
  await notice.getByText(/catalogue\.json cannot be used\./).waitFor();
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  assert.equal(await page.locator('a.activity-link').count(), 25);
  await notice.getByRole('button', { name: 'Hide this message' }).click();
  assert.equal(await page.getByText(NOTICE).count(), 0);
  assert.deepEqual(problems, []);
});

test('a host that answers a missing file with its HTML page counts as no file', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  env.extra['config.json'] = html;
  env.extra['catalogue.json'] = html;
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByText(NOTICE).count(), 0);
  assert.equal(await page.locator('a.activity-link').count(), 25);
  assert.deepEqual(problems, []);
});

test('the deployment files also apply offline after the first visit', async () => {
  env.extra['config.json'] = JSON.stringify({ language: 'de' });
  env.extra['catalogue.json'] = await fixture('catalogue-minimal.json');
  const { page, context, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Der GGI-Aktivitätskatalog' }).waitFor();
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  // The German messages may be fetched before the worker exists or while it takes over; the
  // second visit, under the worker, keeps every chunk.
  await page.reload();
  await ready(page);
  await keepsEveryPage(page);
  await context.setOffline(true);
  // Were the files fetched from the server now, they would be missing: only the copies the
  // service worker kept can make this pass.
  delete env.extra['config.json'];
  delete env.extra['catalogue.json'];
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Der GGI-Aktivitätskatalog' }).waitFor();
  await page.getByText('Katalog: A tiny catalogue for tests').waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems, []);
});
