// Collecting several teams' work: two departments' activities of their own, which an older
// version numbered ORG-1 in both browsers, survive a merge and the preview names the clash; several files chosen at once are
// listed one by one, an invalid one is reported and skipped, the others become workspaces.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, skipGuidedStart } from '../browser.mjs';

const KEY = 'ggi-journey/state';
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const storedDoc = async (page) => JSON.parse(await stored(page));
const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const downloadText = async (download) => Buffer.concat(await (await download.createReadStream()).toArray()).toString();

async function openData(page) {
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
}

async function exportAll(page) {
  await openData(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  return downloadText(download);
}

/** A department that adds an activity of its own and ticks it; returns the activity's id. */
async function department(page, title) {
  await skipGuidedStart(page, env.url);
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // New ids carry a random token, so two browsers never number their activities alike.
  const id = page.url().match(/#\/activities\/(ORG-[0-9a-f]{16})$/)?.[1];
  assert.ok(id, page.url());
  await page.getByRole('checkbox').first().check();
  await page.waitForFunction(([k, t]) => (localStorage.getItem(k) ?? '').includes(t), [KEY, title]);
  return id;
}

/** The export as an older version wrote it: sequential ids (ws-1, ORG-1) in every browser. */
function asOldVersion(text, id) {
  const file = JSON.parse(text);
  const ws = file.document.workspaces[0];
  ws.id = 'ws-1';
  file.document.active_workspace = 'ws-1';
  ws.custom_activities[0].id = 'ORG-1';
  ws.activities['ORG-1'] = ws.activities[id];
  delete ws.activities[id];
  return JSON.stringify(file);
}

test('two departments\' own activities with the same id are both kept, and the preview names the clash', async () => {
  const a = await env.page();
  const idA = await department(a.page, 'Inner source programme');
  const exportA = asOldVersion(await exportAll(a.page), idA);

  const { page, problems } = await env.page();
  const idB = await department(page, 'Security policy review');
  assert.notEqual(idA, idB);
  // Department B goes back to its own file from the older version, then merges A's.
  const exportB = asOldVersion(await exportAll(page), idB);
  await page.getByLabel('Choose a file to import').setInputFiles(file('dept-b.json', exportB));
  await page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await page.getByRole('status').getByText('dept-b.json imported', { exact: false }).waitFor();
  await page.getByLabel('Choose a file to import').setInputFiles(file('dept-a.json', exportA));
  const preview = page.locator('.import-preview');
  await preview.getByText('Different items with the same identifier, both kept:').waitFor();
  await preview.getByText('My organisation: the file\'s own activity “Inner source programme” is kept beside “Security policy review”').waitFor();
  await page.getByRole('button', { name: 'Merge the file into my data' }).click();
  await page.getByRole('status').getByText('dept-a.json merged into your data.', { exact: false }).waitFor();

  const ws = (await storedDoc(page)).workspaces[0];
  assert.deepEqual(ws.custom_activities.map((c) => [c.id, c.title]), [
    ['ORG-1', 'Security policy review'],
    ['ORG-1-2', 'Inner source programme'],
  ]);
  // A's progress followed its activity to the new id.
  await page.goto(`${env.url}#/activities/ORG-1-2`);
  await page.getByRole('heading', { level: 1, name: 'Inner source programme' }).waitFor();
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true);
  await page.goto(`${env.url}#/activities/ORG-1`);
  await page.getByRole('heading', { level: 1, name: 'Security policy review' }).waitFor();
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true);
  assert.deepEqual([...a.problems, ...problems], []);
});

test('three files at once, one invalid: all listed, the invalid one skipped, the others become workspaces', async () => {
  const scratch = await env.page();
  await skipGuidedStart(scratch.page, env.url);
  await scratch.page.goto(`${env.url}#/activities/GGI-A-21`);
  await scratch.page.getByRole('checkbox').first().check();
  const base = JSON.parse(await exportAll(scratch.page));
  const deptA = structuredClone(base);
  deptA.document.workspaces[0].name = 'Dept A';
  deptA.document.workspaces[0].profile.organisation = 'Dept A';
  // A department that never named its workspace: its name is taken here.
  const unnamed = structuredClone(base);

  const { page, problems } = await env.page();
  await page.goto(env.url);
  await ready(page);
  await openData(page);
  await page.getByText('You can choose or drop several files at once, for example one per department.').waitFor();
  const before = await stored(page);
  await page.getByLabel('Choose a file to import').setInputFiles([
    file('dept-a.json', JSON.stringify(deptA)),
    file('broken.json', '{"format": "ggi-journey-export",'),
    file('unnamed.json', JSON.stringify(unnamed)),
  ]);
  const preview = page.locator('.import-preview');
  await preview.getByRole('heading', { name: '3 files chosen' }).waitFor();
  const region = (name) => preview.getByRole('region', { name });
  await region('dept-a.json').getByText('Becomes the workspace “Dept A”').waitFor();
  await region('dept-a.json').getByText(/Activities with progress: 1/).waitFor();
  await region('broken.json').getByText(/^Not valid, skipped: The file is not valid JSON/).waitFor();
  await region('unnamed.json').getByText('Becomes the workspace “My organisation (2)” (“My organisation” is taken)').waitFor();

  // Merging instead is previewed too; nothing changes while the user looks.
  await page.getByLabel('merged into my data').check();
  await region('dept-a.json').getByText(/^Activities with progress added: 1 ·/).waitFor();
  // Files are merged one after the other: the second brings nothing the first did not.
  await region('unnamed.json').getByText('Merging changes nothing: everything in the file is already here.').waitFor();
  await page.getByLabel('each as its own workspace').check();
  await region('dept-a.json').getByText('Becomes the workspace “Dept A”').waitFor();
  assert.equal(await stored(page), before, 'nothing changes before confirming');

  await page.getByRole('button', { name: 'Import the valid files (2)' }).click();
  await page.getByRole('status').getByText('Files added as workspaces: 2. You can undo this. Skipped, not valid: broken.json.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'import-undo');
  const doc = await storedDoc(page);
  assert.deepEqual(doc.workspaces.map((w) => w.name), ['My organisation', 'Dept A', 'My organisation (2)']);
  assert.equal(new Set(doc.workspaces.map((w) => w.id)).size, 3, 'workspace ids stay unique');
  assert.ok(doc.workspaces[1].activities['GGI-A-21'], 'the file\'s progress came with it');
  assert.equal(doc.active_workspace, doc.workspaces[0].id);

  await page.getByRole('button', { name: 'Undo the import' }).click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).workspaces.length === 1, KEY);
  assert.deepEqual([...scratch.problems, ...problems], []);
});
