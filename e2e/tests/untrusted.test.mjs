// Untrusted text end to end: a `javascript:` address from a deployed catalogue, an imported file
// or stored data never becomes a link; a note built to choke the Markdown parser leaves the tab
// responsive; downloads are not cut short by revoking their address at once.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { start, ready } from '../browser.mjs';

const KEY = 'ggi-journey/state';
const EVIL = 'javascript:window.__pwned=1';
const REMOVED = 'link removed: not a web or e-mail address';
const fixture = (name) => readFile(resolve(import.meta.dirname, '..', '..', 'core', 'tests', 'fixtures', name), 'utf8');
const scriptLinks = (page) => page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]').count();

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });
beforeEach(() => { for (const name of Object.keys(env.extra)) delete env.extra[name]; });

/** A custom activity as stored and exported, with `url` in every address field. */
const customActivity = (url) => ({
  id: 'ORG-9', title: 'Our hostile activity', goal: 'usage', roles: ['developer'],
  handbook_url: url, summary: '', description: 'Ours.', opportunity: 'Ours too.',
  verification_points: [{ id: 'p1', text: 'Done.' }], tools: [], recommendations: [],
  resources: [{ title: 'Our wiki', url, note: '' }], next: [],
});

/** Ticks a point so that a document is stored, and returns that stored document. */
async function storedDocument(page) {
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"met":true'), KEY);
  return JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
}

test('a deployed catalogue with a javascript: handbook link is refused and explained', async () => {
  const catalogue = JSON.parse(await fixture('catalogue-minimal.json'));
  catalogue.activities[0].handbook_url = EVIL;
  env.extra['catalogue.json'] = JSON.stringify(catalogue);
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: "This site's settings could not be used" });
  await notice.getByText(/activities\.X-1\.handbook_url: "javascript:window\.__pwned=1" is not a web or e-mail address/).waitFor();
  // The built-in catalogue is used instead; nowhere a script link.
  assert.equal(await page.locator('a.activity-link').count(), 25);
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await page.getByRole('link', { name: /Read this activity in the GGI handbook/ }).waitFor();
  assert.equal(await scriptLinks(page), 0);
  assert.deepEqual(problems, []);
});

test('an imported custom activity with a javascript: link is refused with its place; nothing changes', async () => {
  const { page, problems } = await env.page();
  const doc = await storedDocument(page);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const file = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
  assert.equal(file.document.workspaces[0].id, doc.workspaces[0].id);
  file.document.workspaces[0].custom_activities.push(customActivity(EVIL));
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  const error = page.locator('.import-error');
  await error.getByText('hostile.json was not imported. Nothing has changed.').waitFor();
  assert.match(await error.innerText(), /custom_activities\[0\]\.handbook_url: "javascript:window\.__pwned=1" is not a web or e-mail address/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), before);
  assert.equal(await scriptLinks(page), 0);
  assert.deepEqual(problems, []);
});

test('stored data with javascript: links shows the text and why, never a script link (EN, FR, DE)', async () => {
  const { page, problems } = await env.page();
  const doc = await storedDocument(page);
  doc.workspaces[0].custom_activities.push(customActivity('  JaVa\tScRiPt:window.__pwned=1'));
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(doc)]);
  await page.goto(`${env.url}#/activities/ORG-9`);
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /Our hostile activity/ }).waitFor();
  // Both the handbook link and the resource keep their text and say why there is no link.
  await page.getByText('Read this activity in the GGI handbook').waitFor();
  assert.equal(await page.getByText(REMOVED).count(), 1, 'the handbook link says why it is gone');
  await page.getByText('Our wiki').waitFor();
  assert.equal(await scriptLinks(page), 0);
  assert.equal(await page.locator('a', { hasText: 'Read this activity in the GGI handbook' }).count(), 0);
  for (const [lang, removed] of [['fr', 'lien retiré : ce n’est pas une adresse web ou e-mail'], ['de', 'Link entfernt: keine Web- oder E-Mail-Adresse']]) {
    await page.locator('.lang-switch select').selectOption(lang);
    await page.getByText(removed).first().waitFor();
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
});

test('a note of 100,000 "[" keeps the tab responsive, hidden or previewed', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  const notes = page.getByLabel('Operational notes (approach, method)');
  const note = '['.repeat(100_000);
  await notes.fill(note);
  // The page answers a click within a few seconds: a checkbox ticks.
  const box = page.getByRole('checkbox').first();
  await box.check({ timeout: 5_000 });
  assert.equal(await box.isChecked({ timeout: 5_000 }), true);
  // Shown, the preview renders the brackets as text, promptly.
  const started = Date.now();
  await page.locator('.md-field').filter({ has: notes }).getByRole('button', { name: 'Preview' }).click({ timeout: 5_000 });
  const preview = page.locator('#sc-notes-preview');
  await preview.getByText('[[[[[[[[[[', { exact: false }).waitFor({ timeout: 5_000 });
  assert.ok(Date.now() - started < 5_000, `preview took ${Date.now() - started} ms`);
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('[[[[[[[[[['), KEY, { timeout: 5_000 });
  // The report renders the note too.
  await page.goto(`${env.url}#/report`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 5_000 });
  await page.getByRole('link', { name: 'Catalogue', exact: true }).first().click({ timeout: 5_000 });
  await page.locator('a.activity-link').first().waitFor({ timeout: 5_000 });
  assert.deepEqual(problems, []);
});

test('a download keeps its address for a while: it is not revoked at once', async () => {
  const { page, problems } = await env.page();
  await page.addInitScript(() => {
    window.__revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => { window.__revoked.push(url); revoke(url); };
  });
  await page.clock.install();
  await storedDocument(page);
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.json$/);
  await page.clock.runFor(5_000);
  assert.deepEqual(await page.evaluate(() => window.__revoked), [], 'revoked right after the click');
  // A minute later the memory is freed.
  await page.clock.runFor(60_000);
  const revoked = await page.evaluate(() => window.__revoked);
  assert.equal(revoked.length, 1);
  assert.match(revoked[0], /^blob:/);
  assert.deepEqual(problems, []);
});
