import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from '../browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the language follows the browser, sets <html lang> and formats numbers', async () => {
  const { page } = await env.page({ locale: 'de-DE' });
  await page.goto(`${env.url}#/dashboard`);
  await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await page.getByText('0\u202f% (0/0)').first().waitFor();
});

test('a first visit names its workspace in the language the app speaks', async () => {
  for (const [locale, chip] of [['fr-FR', 'Espace : Mon organisation'], ['de-DE', 'Arbeitsbereich: Meine Organisation'], ['en-GB', 'Workspace: My organisation']]) {
    const { page, context, problems } = await env.page({ locale });
    await page.goto(`${env.url}#/about`);
    await ready(page);
    await page.getByRole('link', { name: chip }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the sample organisation is written in the language the app speaks', async () => {
  const { page, problems } = await env.page({ locale: 'fr-FR' });
  await page.goto(env.url);
  await page.getByRole('button', { name: 'Charger une organisation exemple' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
  await page.getByRole('link', { name: 'Espace : Ville d’Exempleville (exemple)' }).waitFor();
  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await page.getByText('Publier la liste de contrôle des licences').waitFor();
  assert.equal(await page.getByText('Publish the licence review checklist').count(), 0);
  // French typography: "Rôles : Décisionnaire", with a no-break space before the colon, and
  // the epicene role name (issue 26).
  assert.match(await page.locator('.activity-meta').first().textContent(), /Rôles\u00a0: Décisionnaire/);
  assert.deepEqual(problems, []);
});

test('switching to French and German changes the text and persists', async () => {
  const { page, problems } = await env.page({ locale: 'en-GB' });
  await page.goto(`${env.url}#/about`);
  await ready(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('heading', { level: 1, name: 'À propos de GGI Journey' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.getByRole('link', { name: 'Tableau de bord' }).waitFor();
  // The catalogue says which language its content is in.
  await page.goto(`${env.url}#/`);
  await page.getByText(/Catalogue\u00a0: .*\(langue\u00a0: fr\)/).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Le catalogue d’activités GGI' }).waitFor();

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('de');
  await page.getByRole('heading', { level: 1, name: 'Der GGI-Aktivitätskatalog' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await page.getByText('Gesamtfortschritt').waitFor();
  assert.deepEqual(problems, []);
});
