import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, skipGuidedStart } from '../browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('home lists the five goals and all 25 activities, one click from the home page', async () => {
  const { page, problems } = await env.page();
  await skipGuidedStart(page, env.url);
  const goals = await page.getByRole('heading', { level: 2 }).allTextContents();
  assert.deepEqual(goals.slice(0, 5), ['Usage goal', 'Trust goal', 'Culture goal', 'Engagement goal', 'Strategy goal']);
  assert.equal(await page.locator('a.activity-link').count(), 25);
  await page.getByRole('link', { name: /GGI-A-21/ }).click();
  await page.getByRole('heading', { level: 1, name: /Manage legal compliance/ }).waitFor();
  assert.match(page.url(), /#\/activities\/GGI-A-21$/);
  assert.deepEqual(problems, []);
});

test('a deep link to an activity survives a reload', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-39`);
  await page.getByRole('heading', { level: 1, name: /Upstream first/ }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Upstream first/ }).waitFor();
  assert.equal(await page.locator('.checklist-item').count(), 2);
  assert.deepEqual(problems, []);
});

test('ticking a verification point is saved and restored after a reload', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  const first = page.getByRole('checkbox').first();
  await first.check();
  await page.getByText('1 of 3 verification points met').waitFor();
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"met":true'));
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true);
  await page.getByText('1 of 3 verification points met').waitFor();
  assert.deepEqual(problems, []);
});

test('an unknown address says so and links back', async () => {
  const { page } = await env.page();
  await page.goto(`${env.url}#/no/such/page`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Back to the catalogue' }).click();
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
});

test('search and filters narrow the list, live in the URL and survive a reload', async () => {
  const { page, problems } = await env.page();
  await skipGuidedStart(page, env.url);
  const cards = page.locator('a.activity-link:visible');
  await page.getByLabel('Goal', { exact: true }).selectOption({ label: 'Trust' });
  await page.getByText('5 activities shown').waitFor();
  await page.getByLabel('Show activities for').selectOption({ label: 'Developer' });
  await page.getByText('2 activities shown').waitFor();
  assert.match(page.url(), /#\/\?goal=trust&role=developer$/);
  await page.reload();
  await page.getByText('2 activities shown').waitFor();
  assert.deepEqual((await cards.allTextContents()).map((t) => t.slice(0, 8)), ['GGI-A-23', 'GGI-A-44']);

  // Full text covers verification points and descriptions, not only titles.
  await page.goto(`${env.url}#/`);
  await page.getByLabel('Search activities').fill('SBOM');
  await page.getByText(/\d+ activities shown/).waitFor();
  const hits = await cards.allTextContents();
  assert.ok(hits.length >= 1 && hits.length < 25, hits.join());
  assert.match(page.url(), /q=SBOM/);
  await page.getByLabel('Search activities').fill('no such words anywhere');
  await page.getByText('No activity matches.').waitFor();

  await page.goto(`${env.url}#/?status=in_progress`);
  await page.getByText('No activity matches.').waitFor();
  assert.deepEqual(problems, []);
});

test('the search reads the activities\' long texts, which come when it is first used', async () => {
  // Saving data: the texts do not come ahead (src/pages.rs `fetch_ahead`).
  const { page, problems } = await env.page({ savesData: true });
  // Straight to the catalogue: the pointer is on no activity link (pointing at one fetches it).
  await page.goto(`${env.url}#/`);
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  const texts = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/split_catalogue_text-[0-9a-f]+\.wasm$/.test(e.name)));
  assert.equal(await texts(), false, 'the catalogue alone does without them');
  // A word only GGI-A-18's description has.
  await page.getByLabel('Search activities').fill('PostgreSQL');
  await page.getByText('1 activity shown', { exact: true }).waitFor();
  assert.deepEqual(await page.locator('a.activity-link:visible').allTextContents(), ['GGI-A-18Open source competency growth']);
  await page.getByText(/ · 1 activity$/).waitFor();
  assert.equal(await texts(), true);
  // A link with the search in it finds it on a fresh start too.
  const other = await env.page();
  await other.page.goto(`${env.url}#/?q=postgresql`);
  await other.page.getByText('1 activity shown', { exact: true }).waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
});

test('an activity page links to the previous and next activity of its goal', async () => {
  const { page } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-18`);
  await page.getByRole('heading', { level: 1, name: /Open source competency growth/ }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Activities of this goal' });
  await nav.getByRole('link', { name: /GGI-A-17/ }).waitFor();
  await nav.getByRole('link', { name: /GGI-A-19/ }).click();
  await page.getByRole('heading', { level: 1, name: /Open source supervision/ }).waitFor();
  // External links say so.
  const external = page.locator('a.external').first();
  assert.equal(await external.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await external.textContent(), /opens another site/);
});
