// Leaving My GGI Board in one step: a user brings a board's GitLab export, or its dashboard's
// three CSV files, through the same preview as any import, sees what was mapped and what was
// kept in the notes, adds it, and finds the activity's status and objectives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, ready } from '../browser.mjs';

const KEY = 'ggi-journey/state';
const FIXTURES = new URL('../../core/tests/fixtures/board/', import.meta.url);
const board = (name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(new URL(name, FIXTURES)) });
const storedDoc = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function openData(page) {
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
}

test('a GitLab export of a board: preview with what was mapped and kept, added as a workspace', async () => {
  const { page, problems } = await env.page({ viewport: { width: 1100, height: 1600 } });
  await openData(page);
  await page.getByText('Moving from My GGI Board?', { exact: false }).waitFor();
  await page.getByLabel('Choose a file to import').setInputFiles(board('lyon-gitlab-export.csv'));

  const preview = page.locator('.import-preview');
  await preview.getByRole('heading', { name: 'What lyon-gitlab-export.csv contains' }).waitFor();
  const summary = preview.getByRole('region', { name: 'From My GGI Board' });
  await summary.getByText('Read: lyon-gitlab-export.csv (GitLab issue export)').waitFor();
  const mapped = summary.getByRole('list').first();
  await mapped.getByText('GGI-A-17: label “In Progress” → status In progress', { exact: true }).waitFor();
  await mapped.getByText('GGI-A-17: “Customized description” → scorecard, description', { exact: true }).waitFor();
  await mapped.getByText('GGI-A-17: task items → objectives: 2 (1 done)', { exact: true }).waitFor();
  await mapped.getByText('GGI-A-17: ticked handbook points → verification points met: 2', { exact: true }).waitFor();
  await mapped.getByText('BOARD-27: the issue “Set up the OSPO mailing list” is no activity of the catalogue → own activity').waitFor();
  await summary.getByRole('heading', { name: 'Kept in the activity\'s operational notes (nothing is dropped)' }).waitFor();
  await summary.getByText('GGI-A-21: label “priority::high”', { exact: true }).waitFor();
  await summary.getByText('GGI-A-18: the issue is closed on the board', { exact: true }).waitFor();
  // The same preview as any file: its activities, and what merging would do.
  await preview.getByText('GGI-A-17 Inventory of open source skills and resources: In progress, 2 of 5 verification points met').waitFor();
  await preview.getByRole('heading', { name: 'If you merge' }).waitFor();
  await preview.screenshot({ path: '/work/shots/board-preview.png' });

  await page.getByRole('button', { name: 'Add the file as new workspaces' }).click();
  await page.getByRole('status').getByText('lyon-gitlab-export.csv added as new workspaces.', { exact: false }).waitFor();

  await page.goto(`${env.url}#/workspaces`);
  await page.getByRole('button', { name: 'Switch to My GGI Board' }).click();
  await page.goto(`${env.url}#/activities/GGI-A-17`);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Inventory of open source skills and resources' }).waitFor();
  assert.equal(await page.getByLabel('Status').evaluate((s) => s.selectedOptions[0].textContent), 'In progress');
  await page.getByText('1 of 2 objectives done').waitFor();
  await page.getByText('2 of 5 verification points met').waitFor();
  const objectives = await page.locator('.objective input[type=text][id$="-text"]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(objectives, [
    'List the open source components of the five main applications',
    'Interview team leaders, "skills" column included',
  ]);
  assert.deepEqual(problems, []);
});

test('the dashboard\'s three CSV files at once, merged: dated history in the notes', async () => {
  const { page, problems } = await env.page();
  await openData(page);
  await page.getByLabel('Choose a file to import').setInputFiles([
    board('lyon-issues.csv'), board('lyon-tasks.csv'), board('lyon-labels_hist.csv'),
  ]);
  const summary = page.getByRole('region', { name: 'From My GGI Board' });
  await summary.getByText('Read: lyon-issues.csv (the dashboard\'s issue list), lyon-tasks.csv (the dashboard\'s task items), lyon-labels_hist.csv (the dashboard\'s label history)').waitFor();
  await summary.getByText('GGI-A-21: dated status changes → written with their dates in the operational notes: 5').waitFor();
  await summary.getByRole('heading', { name: 'Not imported' }).waitFor();
  await summary.getByText('lyon-labels_hist.csv, line 11: a label event of issue #99, which no other file describes').waitFor();
  await page.getByRole('button', { name: 'Merge the file into my data' }).click();
  await page.getByRole('status').getByText('merged into your data.', { exact: false }).waitFor();

  // Merged into the workspace being worked on, not added beside it.
  const doc = await storedDoc(page);
  assert.equal(doc.workspaces.length, 1);
  const a21 = doc.workspaces[0].activities['GGI-A-21'];
  assert.equal(a21.status, 'done');
  assert.match(a21.scorecard.notes, /- 2025-05-02: label “Done” added by paul\.martin → Done/);
  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await ready(page);
  assert.equal(await page.getByLabel('Status').evaluate((s) => s.selectedOptions[0].textContent), 'Done');
  await page.getByText('2 of 2 objectives done').waitFor();
  assert.deepEqual(problems, []);
});

test('a file that is neither an export nor a board\'s is refused with its name', async () => {
  const { page, problems } = await env.page();
  await openData(page);
  await page.getByLabel('Choose a file to import').setInputFiles([
    board('lyon-issues.csv'),
    { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nAda,36\n') },
  ]);
  await page.locator('.import-error').getByText('notes.csv is not a file My GGI Board, GitLab or GitHub gives', { exact: false }).waitFor();
  assert.deepEqual(problems, []);
});
