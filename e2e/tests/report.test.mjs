// The report page: every section rendered from the user's data, print layout, and the
// Markdown and CSV downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, ready } from '../browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const KEY = 'ggi-journey/state';

/**
 * A journey with something in every section: GGI-A-17 ticked and given evidence through the UI,
 * GGI-A-24 done; the scorecard, objectives and an iteration are written into the saved document
 * (their editors belong to the journey pages).
 */
async function journey(page) {
  await page.goto(`${env.url}#/activities/GGI-A-17`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  await page.getByLabel('Evidence (note or link)').first().fill('https://wiki.example.org/oss-inventory');
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('done');
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('"done"'), KEY);
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('wiki.example.org'), KEY);
  await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key));
    const ws = doc.workspaces[0];
    ws.profile.organisation = 'City of Lyon';
    ws.iterations = [{ id: 'i1', name: '2027 H1', start: '2027-01-01', end: '2027-06-30', snapshot: null }];
    const a17 = ws.activities['GGI-A-17'];
    a17.priority = 'high';
    a17.owner = 'Alice, OSPO';
    a17.scorecard = { description: 'All **departments**, starting with IT.', opportunity: 'Know what we use.', tools: '', notes: 'Reviewed monthly.' };
    a17.objectives = [
      { id: 'obj-1', text: 'List every team\'s tools', done: true, owner: 'Alice', due: '2027-04-30' },
      { id: 'obj-2', text: 'Publish the inventory', done: false, owner: '', due: null },
    ];
    doc.revision += 1;
    localStorage.setItem(key, JSON.stringify(doc));
  }, KEY);
  await page.goto(`${env.url}#/report`);
  await page.reload();
  await ready(page);
}

test('the report is one click away and renders every section', async () => {
  const { page, problems } = await env.page();
  await journey(page);
  await page.goto(`${env.url}#/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();

  const facts = page.locator('.report-facts');
  for (const text of ['Organisation', 'City of Lyon', 'Workspace', 'My organisation', 'Iteration', '2027 H1', 'Date', 'Catalogue']) {
    await facts.getByText(text, { exact: true }).waitFor();
  }
  const today = new Date();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  await facts.getByText(`${today.getUTCDate()} ${months[today.getUTCMonth()]} ${today.getUTCFullYear()}`).waitFor();

  const overall = page.getByRole('region', { name: 'Overall progress' });
  await overall.getByText('2 of 25 activities in scope, 1 done').waitFor();
  assert.equal(await overall.getByRole('progressbar').count(), 2 + 5);

  const table = page.getByRole('region', { name: 'All activities' }).getByRole('table');
  assert.equal(await table.locator('tbody tr').count(), 25);
  const a17row = table.getByRole('row', { name: /GGI-A-17/ });
  await a17row.getByText('In progress').waitFor();
  await a17row.getByText('1/5').waitFor();
  await table.getByRole('row', { name: /GGI-A-24/ }).getByText('Done').waitFor();

  const goals = await page.locator('section.report-goal > h2').allTextContents();
  assert.deepEqual(goals, ['Usage goal', 'Trust goal', 'Culture goal', 'Engagement goal', 'Strategy goal']);
  assert.equal(await page.getByText('No activity of this goal is in scope.').count(), 3);

  const a17 = page.getByRole('article', { name: /GGI-A-17/ });
  await a17.getByText('Priority: High · Owner: Alice, OSPO').waitFor();
  await a17.getByText('1 of 5 verification points met · 1 of 2 objectives done').waitFor();
  await a17.getByRole('heading', { level: 4, name: 'Scorecard' }).waitFor();
  assert.equal(await a17.locator('strong', { hasText: 'departments' }).count(), 1, 'scorecard Markdown rendered');
  await a17.getByText('Know what we use.').waitFor();
  await a17.getByText('Reviewed monthly.').waitFor();
  assert.equal(await a17.getByText('Not filled in.').count(), 1);
  await a17.getByRole('listitem').filter({ hasText: 'List every team\'s tools' }).getByText('Done:').waitFor();
  await a17.getByRole('listitem').filter({ hasText: 'Publish the inventory' }).getByText('Open:').waitFor();
  const points = a17.getByRole('heading', { name: 'Verification points' }).locator('+ ul > li');
  assert.equal(await points.count(), 5);
  await points.first().getByText('Met:').waitFor();
  // The points' texts are among the catalogue's long texts, which come with the report's code.
  await points.first().getByText(/Our open source is listed in four groups/).waitFor();
  await points.first().getByRole('link', { name: 'https://wiki.example.org/oss-inventory' }).waitFor();
  assert.equal(await a17.getByText('Not met:').count(), 4);
  assert.equal(await page.getByRole('article').count(), 2);
  await page.getByText(/licensed CC-BY-4.0.*Licence: CC-BY-4.0/).waitFor();
  assert.deepEqual(problems, []);
});

test('the report downloads as Markdown and its activity table as CSV', async () => {
  const { page, problems } = await env.page({ acceptDownloads: true });
  await journey(page);
  await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
  assert.match(md.suggestedFilename(), /^ggi-journey-report-city-of-lyon-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile(await md.path(), 'utf8');
  for (const expected of [
    '# Progress report — City of Lyon',
    '- Iteration: 2027 H1',
    '2 of 25 activities in scope, 1 done',
    '| GGI-A-17 | Inventory of open source skills and resources | Usage | In progress | 1/5 | 1/2 |',
    '| GGI-A-24 |',
    '### GGI-A-17 Inventory of open source skills and resources',
    '**Customised description**\n\nAll **departments**, starting with IT.',
    "- [x] List every team's tools (Alice, due 30 Apr 2027)",
    '- [ ] Publish the inventory',
    // A web address is an autolink: nothing inside <…> is read as markup.
    ' — Evidence: <https://wiki.example.org/oss-inventory>',
    // The report opened first (journey() reloads on it): the long texts came with its code.
    'Our open source is listed in four groups',
    'OSPO Alliance Good Governance Initiative handbook v1.3',
  ]) {
    assert.ok(markdown.includes(expected), `Markdown lacks ${JSON.stringify(expected)}`);
  }
  await page.getByRole('status').filter({ hasText: /Export ready: .*\.md/ }).waitFor({ state: 'attached' });

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the activity table/ }).click()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  const text = await readFile(await csv.path(), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[0], 'ID,Activity,Goal,Status,Priority,Owner,Target date,Verification points met,Verification points,Objectives done,Objectives,Custom');
  assert.equal(lines.filter((l) => /^GGI-A-\d+,/.test(l)).length, 25);
  assert.ok(lines.includes('GGI-A-17,Inventory of open source skills and resources,Usage,In progress,High,"Alice, OSPO",,1,5,1,2,no'), lines.slice(0, 5).join('\n'));
  assert.ok(lines.some((l) => l.startsWith('GGI-A-24,') && l.includes(',Done,')));
  assert.ok(lines.some((l) => l.includes('CC-BY-4.0')), 'no attribution in the CSV');
  assert.deepEqual(problems, []);
});

test('printing: the button opens the print dialog and the print layout is A4, one goal per page, no navigation', async () => {
  const { page, problems } = await env.page();
  await journey(page);
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Print / Save as PDF' }).isVisible(), false);
  const breaks = await page.locator('section.report-goal').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  assert.deepEqual(breaks, ['page', 'page', 'page', 'page', 'page']);
  // Five goals, each from a new page, after the summary: at least six A4 pages.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  assert.ok(pages >= 6, `${pages} pages`);
  assert.deepEqual(problems, []);
});
