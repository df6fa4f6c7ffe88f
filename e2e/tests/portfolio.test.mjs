// The portfolio: several workspaces side by side, the choice of workspaces kept in the URL, the
// CSV and the self-contained web page (opened from disk with JavaScript off), and axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { start, ready } from '../browser.mjs';

const KEY = 'ggi-journey/state';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
const SAFE_LINK = 'https://wiki.example.org/kpi';

let env;
let dir;
before(async () => { env = await start(); dir = await mkdtemp(join(tmpdir(), 'ggi-portfolio-')); });
after(async () => { await env?.close(); });

async function createWorkspace(page, name) {
  await page.goto(`${env.url}#/workspaces`);
  await ready(page);
  await page.getByLabel('New workspace').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByText(`Workspace: ${name}`).first().waitFor();
}

/**
 * Three scopes: "My organisation" with nothing, "IT department" with 1 of GGI-A-17's 5 points
 * (Usage 20%), and a hostile name with all 3 points of GGI-A-24 (Trust 100%) and two evidences.
 */
async function threeScopes(page) {
  await createWorkspace(page, 'IT department');
  await page.goto(`${env.url}#/activities/GGI-A-17`);
  await page.getByRole('checkbox').first().check();
  await createWorkspace(page, HOSTILE);
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  const points = page.locator('.checklist').getByRole('checkbox');
  await points.first().waitFor();
  assert.equal(await points.count(), 3);
  for (const box of await points.all()) await box.check();
  const evidence = page.getByLabel('Evidence (note or link)');
  await evidence.nth(0).fill(SAFE_LINK);
  await evidence.nth(1).fill('javascript:alert(3)');
  await page.waitForFunction((key) => {
    const text = localStorage.getItem(key) ?? '';
    return text.includes('javascript:alert(3)') && JSON.parse(text).workspaces.length === 3;
  }, KEY);
}

/** Opens a downloaded web page from disk with JavaScript off; returns the page and what it did. */
async function openFromDisk(download, name) {
  const file = join(dir, name);
  await download.saveAs(file);
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const events = [];
  page.on('request', (r) => { if (r.url() !== url) events.push(`request: ${r.url()}`); });
  page.on('dialog', (d) => { events.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('pageerror', (e) => events.push(`error: ${e.message}`));
  await page.goto(url);
  return { page, context, events, html: await readFile(file, 'utf8') };
}

test('the portfolio compares workspaces, keeps the choice in the URL and downloads CSV and a web page', async () => {
  const { page, problems } = await env.page({ acceptDownloads: true });
  await threeScopes(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
  await page.getByRole('heading', { level: 1, name: 'Portfolio of workspaces' }).waitFor();
  await page.getByText('3 of 3 workspaces selected').waitFor();

  // The heat-grid prints every percentage as text.
  const grid = page.getByRole('region', { name: 'Progress by goal in each workspace' }).getByRole('table');
  const headers = await grid.locator('thead th').allTextContents();
  assert.deepEqual(headers, ['Workspace', 'Usage', 'Trust', 'Culture', 'Engagement', 'Strategy', 'Overall']);
  const cells = async (name) => grid.getByRole('row', { name }).locator('td').allTextContents();
  assert.deepEqual(await cells('My organisation'), ['0%', '0%', '0%', '0%', '0%', '0%']);
  assert.deepEqual(await cells('IT department'), ['20%', '0%', '0%', '0%', '0%', '20%']);
  assert.deepEqual(await cells(HOSTILE), ['0%', '100%', '0%', '0%', '0%', '100%']);
  assert.deepEqual(await cells('Lowest'), ['0%', '0%', '0%', '0%', '0%', '0%']);
  assert.deepEqual(await cells('Median'), ['0%', '0%', '0%', '0%', '0%', '20%']);
  assert.deepEqual(await cells('Highest'), ['20%', '100%', '0%', '0%', '0%', '100%']);

  // Each activity's status per workspace, and how many scopes have it in progress or done.
  const statuses = page.getByRole('region', { name: 'Status of each activity in each workspace' }).getByRole('table');
  const a17 = await statuses.getByRole('row', { name: /GGI-A-17/ }).locator('td').allTextContents();
  assert.deepEqual(a17.map((s) => s.replace(/^\W+/, '').trim()), ['Not selected', 'In progress', 'Not selected', '1', '0']);
  // One outline per workspace on the radar, with its table.
  assert.equal(await page.locator('.radar-outline').count(), 3);
  await page.getByRole('table', { name: 'Progress by goal per workspace, as a table' }).getByRole('row', { name: /Trust/ }).getByText('100%').waitFor();

  // Pick two workspaces: the URL changes, a reload keeps the choice.
  await page.getByRole('checkbox', { name: 'My organisation' }).uncheck();
  await page.waitForFunction(() => location.hash.startsWith('#/portfolio?ws='));
  assert.equal(await grid.locator('tbody tr').count(), 2);
  await page.reload();
  await ready(page);
  await page.getByText('2 of 3 workspaces selected').waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'My organisation' }).isChecked(), false);
  assert.equal(await page.getByRole('checkbox', { name: 'IT department' }).isChecked(), true);
  assert.equal(await grid.locator('tbody tr').count(), 2);
  assert.deepEqual(await cells('Lowest'), ['0%', '0%', '0%', '0%', '0%', '20%']);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the portfolio (CSV)' }).click()]);
  assert.match(csv.suggestedFilename(), /^ggi-journey-portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[1], 'Workspace,Organisation,Usage,Trust,Culture,Engagement,Strategy,Overall');
  assert.equal(lines[2], 'IT department,,20,0,0,0,0,20');
  assert.equal(lines[3], '"""><img src=x onerror=alert(1)><script>alert(2)</script>",,0,100,0,0,0,100');
  assert.ok(lines.some((l) => l.startsWith('GGI-A-24,Manage key indicators,Trust,Not selected,In progress,1,0')), lines.join('\n'));

  // The web page, opened from disk with JavaScript off: the text is there, as text.
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a web page' }).click()]);
  assert.match(html.suggestedFilename(), /^ggi-journey-portfolio-.*\.html$/);
  const opened = await openFromDisk(html, 'portfolio.html');
  await opened.page.getByRole('heading', { level: 1, name: 'Portfolio of workspaces' }).waitFor();
  await opened.page.getByRole('cell', { name: '20%' }).first().waitFor();
  assert.ok(await opened.page.getByText(HOSTILE).count() >= 1, 'the hostile name shows as text');
  assert.equal(await opened.page.locator('script, img, iframe').count(), 0);
  assert.equal(await opened.page.locator('svg[role=img] polygon.radar-outline').count(), 2);
  assert.ok(!/<script/i.test(opened.html));
  await opened.page.screenshot({ path: join(dir, 'portfolio-from-disk.png'), fullPage: true });
  await opened.context.close();
  assert.deepEqual(opened.events, []);

  // The report of one workspace (the hostile one is active) as a web page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a web page' }).click()]);
  const r = await openFromDisk(report, 'report.html');
  await r.page.getByRole('heading', { level: 1, name: /^Progress report — / }).waitFor();
  assert.ok(await r.page.getByText(HOSTILE).count() >= 1);
  await r.page.getByRole('link', { name: SAFE_LINK }).waitFor();
  assert.equal(await r.page.getByRole('link', { name: 'javascript:alert(3)' }).count(), 0);
  await r.page.getByText('javascript:alert(3)').waitFor();
  await r.page.getByRole('heading', { level: 3, name: /GGI-A-24 Manage key indicators/ }).waitFor();
  assert.equal(await r.page.locator('script, img, iframe').count(), 0);
  await r.context.close();
  assert.deepEqual(r.events, []);
  assert.deepEqual(problems, []);
});

test('eight workspaces: the radar says it shows six, and axe finds nothing on the page', async () => {
  // bypassCSP lets the test inject axe-core (as in a11y.test.mjs).
  const { page, problems } = await env.page({ bypassCSP: true });
  await createWorkspace(page, 'Unit 1');
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('Unit 1'), KEY);
  await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key));
    const template = doc.workspaces[0];
    doc.workspaces = Array.from({ length: 8 }, (_, i) => ({
      ...template, id: `ws-${i + 1}`, name: `Unit ${i + 1}`,
      activities: { 'GGI-A-17': { status: ['planned', 'in_progress', 'done'][i % 3], updated_at: '2027-01-01T00:00:00Z' } },
    }));
    doc.active_workspace = 'ws-1';
    doc.revision += 1;
    localStorage.setItem(key, JSON.stringify(doc));
  }, KEY);
  await page.goto(`${env.url}#/portfolio`);
  await page.reload();
  await ready(page);
  await page.getByText('8 of 8 workspaces selected').waitFor();
  await page.getByText('The radar shows the first 6 of 8 selected workspaces').waitFor();
  assert.equal(await page.locator('.radar-outline').count(), 6);
  const a17 = await page.getByRole('region', { name: 'Status of each activity in each workspace' }).getByRole('row', { name: /GGI-A-17/ }).locator('td.num').allTextContents();
  assert.deepEqual(a17, ['3', '2']);
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
});
