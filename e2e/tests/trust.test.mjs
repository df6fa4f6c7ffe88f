// Trust at the edges, as a user meets it: the app's own export always imports back (limits in
// characters, enforced at input), a newer version's data is exported exactly as stored, and two
// tabs saving the same revision are told of the conflict instead of ignoring each other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from '../browser.mjs';

const KEY = 'ggi-journey/state';
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const downloadText = async (download) => Buffer.concat(await (await download.createReadStream()).toArray()).toString();
const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('an organisation name of 150 "é" exports and imports back; the field stops at 200 characters', async () => {
  const { page, problems } = await env.page();
  await page.goto(env.url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  // The shell's form is the app's only once the app has taken over (its fields wait: inert).
  await ready(page);
  const name = page.getByLabel('Organisation name');
  assert.equal(await name.getAttribute('maxlength'), '200');
  await name.fill('é'.repeat(170));
  await page.getByText('170 of 200 characters').waitFor();
  await name.fill('é'.repeat(150));
  assert.equal(await page.getByText(/of 200 characters/).count(), 0, 'no counter far from the limit');
  await page.getByRole('button', { name: 'Plan these activities' }).click();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('é'.repeat(150)), KEY);

  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const text = await downloadText(download);
  await page.getByLabel('Choose a file to import').setInputFiles(file('own.json', text));
  await page.locator('.import-preview').getByRole('heading', { name: 'What own.json contains' }).waitFor();
  assert.equal(await page.getByText(/is longer than/).count(), 0);
  await page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await page.getByRole('status').getByText('own.json imported', { exact: false }).waitFor();
  assert.deepEqual(problems, []);
});

test('progress a changed catalogue cannot place imports with a warning instead of a refusal', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/data`);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const exported = JSON.parse(await downloadText(download));
  exported.document.workspaces[0].activities['GGI-A-99'] = { status: 'done', updated_at: '2027-01-01T00:00:00Z' };
  await page.getByLabel('Choose a file to import').setInputFiles(file('old-catalogue.json', JSON.stringify(exported)));
  const warnings = page.getByRole('note').filter({ hasText: 'Kept as it is, or repaired' });
  await warnings.getByText(/progress for GGI-A-99, which the catalogue in use does not have, is kept/).waitFor();
  await page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('GGI-A-99'), KEY);
  await page.getByText('GGI-A-99').first().waitFor();
  assert.deepEqual(problems, []);
});

test('read-only (newer data): the export offered is the stored text, byte for byte', async () => {
  const { page, problems } = await env.page();
  await page.goto(env.url);
  await ready(page);
  const newer = JSON.stringify({ schema_version: 2, app_version: '9.0.0', revision: 40, scopes: [{ key: 'city', progress: { 'GGI-A-17': 'done' } }] });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
  await page.reload();
  await ready(page);
  const banner = page.getByRole('alert').filter({ hasText: 'Opened read-only' });
  await banner.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download the stored data as it is' }).click(),
  ]);
  assert.equal(await downloadText(download), newer);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer, 'never written over');
  assert.deepEqual(problems, []);
});

test('two tabs that saved the same revision are told, not silently diverging', async () => {
  const { page: a, context, problems } = await env.page();
  await a.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(a);
  await a.getByRole('checkbox').first().check();
  await a.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').revision === 1, KEY);
  // Another tab wrote its own revision 1 at the same moment: same number, other content.
  const theirs = await a.evaluate((k) => {
    const doc = JSON.parse(localStorage.getItem(k));
    doc.workspaces[0].name = 'Written by the other tab';
    return JSON.stringify(doc);
  }, KEY);
  const b = await context.newPage();
  await b.goto('about:blank');
  await b.goto(`${env.url}#/about`);
  await ready(b);
  await b.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, theirs]);
  const banner = a.getByRole('alert').filter({ hasText: 'Another tab changed your data' });
  await banner.waitFor();
  await banner.getByRole('button', { name: "Load the other tab's version" }).click();
  await a.getByText('Written by the other tab').first().waitFor();
  assert.equal(await a.getByRole('alert').count(), 0);
  assert.deepEqual(problems, []);
});
