// The catalogue in French and German: loaded on demand (an English first visit does not fetch
// it), kept for offline use, reported in the chosen language, and a deployment's own
// translations; English with a notice while a file loads or when it cannot.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { start, ready } from '../browser.mjs';

const fixture = (name) => readFile(resolve(import.meta.dirname, '..', '..', 'core', 'tests', 'fixtures', name), 'utf8');
const TRANSLATION = /\/catalogue-(fr|de)-[0-9a-f]{16}\.json$/;

let env;
before(async () => { env = await start({ prefix: '/ggi/' }); });
after(async () => { await env?.close(); });
beforeEach(() => { for (const name of Object.keys(env.extra)) delete env.extra[name]; });

/** A page that records which translation files it fetched. */
async function visit(locale) {
  const session = await env.page({ locale });
  session.translations = [];
  session.page.on('request', (r) => { if (TRANSLATION.test(r.url())) session.translations.push(r.url()); });
  return session;
}

test('an English visit never fetches a translation; French and German show the activity in that language', async () => {
  const { page, problems, translations } = await visit('en-GB');
  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await page.getByRole('heading', { level: 1, name: /Manage legal compliance/ }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(translations, [], 'English needs no translation file');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('heading', { level: 1, name: /Gérer la conformité juridique/ }).waitFor();
  await page.getByText('Les projets disposent d’un processus simple et prêt à l’emploi pour vérifier les licences.').waitFor();
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('de');
  await page.getByRole('heading', { level: 1, name: /Rechtliche Compliance managen/ }).waitFor();
  assert.equal(translations.length, 2, `one file per language: ${translations}`);
  // Back to French: already here, no new request.
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
  await page.getByRole('heading', { level: 1, name: /Gérer la conformité juridique/ }).waitFor();
  assert.equal(translations.length, 2);
  assert.deepEqual(problems, []);
});

test('a French visit keeps the translation for offline use', async () => {
  const { page, context, problems } = await visit('fr-FR');
  await page.goto(`${env.url}#/activities/GGI-A-22`);
  await ready(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated' && navigator.serviceWorker.controller !== null);
  const title = page.getByRole('heading', { level: 1, name: /GGI-A-22/ });
  await title.waitFor();
  const french = await title.textContent();
  assert.doesNotMatch(french, /Manage software dependencies/);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: french }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test('when the translation cannot be loaded, the activities show in English with a notice', async () => {
  const { page, context } = await visit('de-DE');
  await context.route(TRANSLATION, (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await page.getByRole('heading', { level: 1, name: /Manage legal compliance/ }).waitFor();
  const notice = page.getByRole('status').filter({ hasText: 'Der Text der Aktivitäten auf Deutsch konnte nicht geladen werden' });
  await notice.waitFor();
  await notice.getByText(/daher erscheinen sie auf Englisch/).waitFor();
  // Everything else is German and works.
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await page.getByText('Gesamtfortschritt').waitFor();
});

test('a deployment translates its own catalogue with catalogue.fr.json, and says when it has none', async () => {
  const tiny = JSON.parse(await fixture('catalogue-minimal.json'));
  env.extra['catalogue.json'] = JSON.stringify(tiny);
  const { page, problems, translations } = await visit('fr-FR');
  await page.goto(`${env.url}#/`);
  await ready(page);
  const first = tiny.activities[0];
  await page.getByText('Le catalogue de ce site n’a pas de texte en français : les activités s’affichent en anglais.').waitFor();
  await page.getByRole('link', { name: new RegExp(first.title) }).first().waitFor();

  const french = structuredClone(tiny);
  french.language = 'fr';
  french.activities[0].title = 'Une activité traduite par l’organisation';
  env.extra['catalogue.fr.json'] = JSON.stringify(french);
  await page.reload();
  await page.getByRole('link', { name: /Une activité traduite par l’organisation/ }).first().waitFor();
  assert.equal(await page.getByText('n’a pas de texte en français').count(), 0);
  assert.deepEqual(translations, [], 'our own translation does not fit their catalogue');
  assert.deepEqual(problems, []);
});

test("after a first visit, a deployment's own translation is there offline too", async () => {
  const tiny = JSON.parse(await fixture('catalogue-minimal.json'));
  const french = structuredClone(tiny);
  french.language = 'fr';
  french.activities[0].title = 'Une activité traduite par l’organisation';
  env.extra['catalogue.json'] = JSON.stringify(tiny);
  env.extra['catalogue.fr.json'] = JSON.stringify(french);
  const { page, context, problems } = await visit('fr-FR');
  await page.goto(`${env.url}#/`);
  await ready(page);
  const translated = page.getByRole('link', { name: /Une activité traduite par l’organisation/ }).first();
  await translated.waitFor();
  // The worker takes over this first visit and keeps the file the page fetched before.
  let kept = false;
  for (let i = 0; i < 60 && !kept; i++) {
    if (i > 0) await page.waitForTimeout(250);
    kept = await page.evaluate(async () => {
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) if (request.url.endsWith('/catalogue.fr.json')) return true;
      }
      return false;
    });
  }
  assert.ok(kept, 'the worker keeps catalogue.fr.json');
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await translated.waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems, []);
});

test('reports come out in the chosen language', async () => {
  const { page } = await visit('fr-FR');
  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await page.getByRole('heading', { level: 1, name: /Gérer la conformité juridique/ }).waitFor();
  await page.getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'En cours' });
  await page.goto(`${env.url}#/report`);
  await page.getByRole('heading', { name: /Gérer la conformité juridique/ }).first().waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Markdown/ }).first().click();
  const text = await readFile(await (await download).path(), 'utf8');
  assert.match(text, /Gérer la conformité juridique/);
  assert.doesNotMatch(text, /Manage legal compliance/);
});
