// The last good copy of the deployment files: kept for offline use, never replaced by a login
// page or broken JSON, and used (with a notice) when the server fails.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { start, ready } from '../browser.mjs';

const fixture = (name) => readFile(resolve(import.meta.dirname, '..', '..', 'core', 'tests', 'fixtures', name), 'utf8');
const TINY = 'Catalogue: A tiny catalogue for tests';
const SAVED = "This site's settings come from an earlier visit";
const LOGIN = '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>';

let env;
before(async () => { env = await start({ prefix: '/tools/ggi/' }); });
after(async () => { await env?.close(); });
beforeEach(() => { for (const name of Object.keys(env.extra)) delete env.extra[name]; });

/** A first visit with the organisation's catalogue, until the worker keeps a copy of it. */
async function visitWithCatalogue() {
  env.extra['catalogue.json'] = await fixture('catalogue-minimal.json');
  const session = await env.page();
  session.page.setDefaultTimeout(15_000);
  await session.page.goto(`${env.url}#/`);
  await ready(session.page);
  await session.page.getByText(TINY).waitFor();
  await session.page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });
  return session;
}

async function restart(page) {
  await page.reload();
  await ready(page);
  await page.waitForLoadState('networkidle');
}

test('a login page answered with 200 does not replace the last good copy, and the app says so', async () => {
  const { page, context, problems } = await visitWithCatalogue();
  env.extra['catalogue.json'] = { body: LOGIN, type: 'text/html; charset=utf-8' };
  await restart(page);
  await page.getByText(TINY).waitFor();
  const notice = page.getByRole('status').filter({ hasText: SAVED });
  await notice.getByText('catalogue.json: the server answered with a web page (a login page?) instead of the file.').waitFor();
  await notice.getByText(/Copy saved on \d{1,2} \w{3} \d{4}\./).waitFor();
  // Offline, the copy is still the catalogue, not the login page.
  await context.setOffline(true);
  await restart(page);
  await page.getByText(TINY).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test('on a server error the copy saved earlier is used and the app says so', async () => {
  const { page, problems } = await visitWithCatalogue();
  env.extra['catalogue.json'] = { status: 503, body: 'Service Unavailable', type: 'text/plain' };
  await restart(page);
  await page.getByText(TINY).waitFor();
  const notice = page.getByRole('status').filter({ hasText: SAVED });
  await notice.getByText('catalogue.json: the server answered with error 503.').waitFor();
  await notice.getByRole('button', { name: 'Hide this message' }).click();
  assert.equal(await page.getByText(SAVED).count(), 0);
  // Once the server answers again, the notice goes.
  env.extra['catalogue.json'] = await fixture('catalogue-minimal.json');
  await restart(page);
  await page.getByText(TINY).waitFor();
  assert.equal(await page.getByText(SAVED).count(), 0);
  assert.deepEqual(problems, []);
});

test('the notice is in the language of the app', async () => {
  const { page } = await visitWithCatalogue();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"language":"fr"'));
  env.extra['catalogue.json'] = { status: 500, body: 'oops', type: 'text/plain' };
  await restart(page);
  const notice = page.getByRole('status').filter({ hasText: 'Les réglages de ce site proviennent d’une visite précédente' });
  await notice.getByText('catalogue.json : le serveur a répondu par l’erreur 500.').waitFor();
  await notice.getByText(/Copie enregistrée le /).waitFor();
});

test('broken JSON is reported online and does not replace the copy kept for offline use', async () => {
  const { page, context, problems } = await visitWithCatalogue();
  env.extra['catalogue.json'] = '{ "format": ';
  await restart(page);
  // Online, the deployer sees what is wrong with the new file.
  await page.getByRole('status').getByText(/catalogue\.json cannot be used\./).waitFor();
  assert.equal(await page.getByText(TINY).count(), 0);
  // Offline, the last good copy, without a notice: being offline is what the copy is for.
  await context.setOffline(true);
  await restart(page);
  await page.getByText(TINY).waitFor();
  assert.equal(await page.getByText(SAVED).count(), 0);
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});
