// Data safety end to end: unreadable storage, imports that fail and change nothing, a full
// export → clear → import round trip, undo, two tabs, hostile text, a full storage quota, and
// the time to export and import a 1 MB state (printed, never asserted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, ready } from '../browser.mjs';

const KEY = 'ggi-journey/state';
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const storedDoc = async (page) => JSON.parse(await stored(page));
/** The stored document without what every save changes. */
const content = async (page) => {
  const { revision, saved_at, ...rest } = await storedDoc(page);
  return rest;
};
const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const downloadText = async (download) => Buffer.concat(await (await download.createReadStream()).toArray()).toString();

/** Ticks the first verification point of an activity and waits until it is stored. */
async function tick(page, activity) {
  await page.goto(`${env.url}#/activities/${activity}`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  await page.waitForFunction(([k, a]) => {
    const doc = JSON.parse(localStorage.getItem(k) ?? '{}');
    return Object.values(doc.workspaces?.[0]?.activities?.[a]?.verification ?? {}).some((c) => c.met);
  }, [KEY, activity]);
}

async function openData(page) {
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
}

async function exportAll(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await downloadText(download) };
}

async function importFile(page, name, text) {
  await page.getByLabel('Choose a file to import').setInputFiles(file(name, text));
}

test('a storage problem whose explanation cannot be fetched (offline, never fetched) is still told, and nothing is overwritten', async () => {
  const { page } = await env.page();
  // The explanation is a Wasm chunk of its own (src/components/persistence_banner.rs).
  let asked = false;
  await page.route(/\/split_persistence-[0-9a-f]+\.wasm$/, (route) => { asked = true; return route.abort('internetdisconnected'); });
  await page.addInitScript((k) => localStorage.getItem(k) ?? localStorage.setItem(k, '{broken'), KEY);
  await page.goto(env.url);
  await ready(page);
  await page.getByRole('alert').filter({ hasText: "This browser's storage has a problem" }).waitFor();
  assert.ok(asked, 'the explanation was asked for');
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await page.getByRole('checkbox').first().check();
  await page.waitForTimeout(800);
  assert.equal(await stored(page), '{broken');
});

test('unreadable stored data: the app starts, says so, offers the raw text and never overwrites it', async () => {
  const { page, problems } = await env.page();
  await page.goto(env.url);
  await ready(page);
  await page.evaluate((k) => localStorage.setItem(k, '{broken'), KEY);
  await page.reload();
  await ready(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved data could not be read' });
  await alert.waitFor();
  await alert.getByText(/not valid JSON/).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  assert.equal(await downloadText(download), '{broken');
  assert.match(download.suggestedFilename(), /^ggi-journey-unreadable-\d{4}-\d{2}-\d{2}\.txt$/);

  // Working on regardless does not replace the unreadable text.
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await page.getByRole('checkbox').first().check();
  await page.waitForTimeout(800);
  assert.equal(await stored(page), '{broken');

  // Importing a backup is a way out: the unreadable text is set aside, not lost.
  const backup = JSON.stringify({ ...(await freshExport(page)), exported_at: '2027-01-01T00:00:00Z' });
  await openData(page);
  await importFile(page, 'backup.json', backup);
  await page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').startsWith('{"schema_version"'), KEY);
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ggi-journey/backup/unreadable/')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(backups, ['{broken'], 'the unreadable text is set aside under a timestamped key');
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems, []);
});

/** A valid export made in a scratch page of its own. */
async function freshExport(_page) {
  const { page } = await env.page();
  await tick(page, 'GGI-A-21');
  await openData(page);
  const { text } = await exportAll(page);
  await page.context().close();
  return JSON.parse(text);
}

test('broken, wrong-shape, meaningless, empty and oversized files are refused precisely and change nothing', async () => {
  const { page, problems } = await env.page();
  await tick(page, 'GGI-A-21');
  await openData(page);
  const { text } = await exportAll(page);
  const before = await stored(page);
  const wrongShape = JSON.parse(text);
  wrongShape.document.workspaces[0].activities['GGI-A-21'].status = 'finished';
  const unknownPoint = JSON.parse(text);
  unknownPoint.document.workspaces[0].activities['GGI-A-21'].verification['made-up'] = { met: true, rating: 9 };

  const cases = [
    ['broken.json', '{"format": "ggi-journey-export",\n  oops', /The file is not valid JSON: key must be a string \(line 2, column 3\)\./],
    ['shape.json', JSON.stringify(wrongShape), /document\.workspaces\[0\]\.activities\.GGI-A-21\.status: unknown variant `finished`/],
    ['meaning.json', JSON.stringify(unknownPoint), /document\.workspaces\[0\]\.activities\.GGI-A-21\.verification\.made-up\.rating: must be between 0 and 5/],
    ['empty.json', '', /The file is empty\./],
    ['board.json', '{"format":"my-ggi-board"}', /not a GGI Journey export: its format is "my-ggi-board"/],
  ];
  for (const [name, body, message] of cases) {
    await importFile(page, name, body);
    const error = page.locator('.import-error');
    await error.getByText(`${name} was not imported. Nothing has changed.`).waitFor();
    assert.match(await error.innerText(), message, name);
    assert.match(await page.getByRole('status').innerText(), message, `${name} is announced`);
    assert.equal(await page.getByRole('button', { name: /Replace my data/ }).count(), 0, name);
    assert.equal(await stored(page), before, `${name} changed the stored data`);
  }

  // Over the size limit: refused from its size alone, before it is read.
  await importFile(page, 'huge.json', ' '.repeat(20 * 1024 * 1024 + 1));
  await page.locator('.import-error').getByText(/The file is too large \(20971521 bytes\)\. The limit is 20 MB\./).waitFor();
  assert.equal(await stored(page), before);
  assert.deepEqual(problems, []);
});

test('export, clear all storage, import: the same state comes back, and undoing a later merge keeps it', async () => {
  const { page, problems } = await env.page();
  await tick(page, 'GGI-A-21');
  await page.getByLabel('Evidence').first().fill('Legal review minutes, March');
  await tick(page, 'GGI-A-39');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Legal review minutes, March'), KEY);
  const original = await content(page);

  await openData(page);
  const exported = await exportAll(page);
  assert.match(exported.name, /^ggi-journey-all-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(exported.text);
  assert.equal(parsed.format, 'ggi-journey-export');
  assert.match(parsed.attribution, /CC-BY-4\.0/);
  assert.ok(exported.text.endsWith('}\n') && exported.text.includes('\n  "document": {'), 'pretty printed');

  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  await importFile(page, exported.name, exported.text);
  const preview = page.locator('.import-preview');
  await preview.getByRole('heading', { name: `What ${exported.name} contains` }).waitFor();
  await preview.getByText(/GGI-A-21 Manage legal compliance: In progress, 1 of 9 verification points met/).waitFor();
  await preview.getByText(/GGI-A-39 .*: In progress, 1 of 2 verification points met/).waitFor();
  await page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await page.getByRole('status').getByText(`${exported.name} imported: your data was replaced.`, { exact: false }).waitFor();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Legal review minutes, March'), KEY);
  assert.deepEqual(await content(page), original);

  await page.reload();
  await ready(page);
  assert.deepEqual(await content(page), original, 'the import survives a reload');
  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await page.getByRole('heading', { level: 1, name: /GGI-A-21/ }).waitFor();
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true);
  assert.equal(await page.getByLabel('Evidence').first().inputValue(), 'Legal review minutes, March');

  // Undo, in a new import: merge the same file, then undo it.
  await openData(page);
  await importFile(page, exported.name, exported.text);
  await page.getByText('Merging changes nothing: everything in the file is already here.').waitFor();
  await page.getByRole('button', { name: 'Merge the file into my data' }).click();
  await page.getByRole('button', { name: 'Undo the import' }).click();
  await page.getByRole('status').getByText('Import undone: your previous data is back.').waitFor();
  assert.deepEqual(await content(page), original);
  assert.deepEqual(problems, []);
});

test('a dropped file: the merge preview names what would change, and undo restores the data before the import', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  // Straight to the data page, before the debounced save: its revision line follows the save.
  await page.evaluate(() => { location.hash = '#/data'; });
  await page.getByText(/^Revision 1, last saved /).waitFor();
  const before = await content(page);
  const theirs = JSON.parse((await exportAll(page)).text);
  const ws = theirs.document.workspaces[0];
  theirs.document.workspaces.push({ ...ws, id: 'ws-2', name: 'Subsidiary', activities: { 'GGI-A-17': { status: 'planned', updated_at: '2030-01-01' } } });
  ws.activities['GGI-A-24'].status = 'done';
  ws.activities['GGI-A-24'].updated_at = '2999-01-01T00:00:00Z';
  // Dropped on the import area this time, as from a file manager.
  await page.locator('.drop-zone').dispatchEvent('drop', {
    dataTransfer: await page.evaluateHandle((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'colleague.json', { type: 'application/json' }));
      return data;
    }, JSON.stringify(theirs)),
  });
  const preview = page.locator('.import-preview');
  await preview.getByRole('heading', { name: 'Subsidiary' }).waitFor();
  await preview.getByText('New workspaces: Subsidiary').waitFor();
  await preview.getByText('Activities with progress added: 1 · taken from the file because newer: 1 · kept from this browser because newer: 0 · combined: 0 · identical: 0').waitFor();
  await preview.getByText("My organisation, Manage key indicators: the file's version is newer and is taken").waitFor();
  await page.getByRole('button', { name: 'Merge the file into my data' }).click();
  await page.getByRole('status').getByText(/colleague\.json merged into your data/).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'import-undo');
  const merged = await storedDoc(page);
  assert.deepEqual(merged.workspaces.map((w) => w.name), ['My organisation', 'Subsidiary']);
  assert.equal(merged.workspaces[0].activities['GGI-A-24'].status, 'done');

  await page.getByRole('button', { name: 'Undo the import' }).click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).workspaces.length === 1, KEY);
  assert.deepEqual(await content(page), before);
  assert.equal(await page.getByRole('button', { name: 'Undo the import' }).count(), 0);
  assert.deepEqual(problems, []);
});

test('two pages of the same site see each other\'s changes', async () => {
  const { page: a, context, problems } = await env.page();
  await a.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(a);
  const b = await context.newPage();
  b.on('pageerror', (e) => problems.push(`page B error: ${e.message}`));
  await b.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(b);
  assert.equal(await b.getByRole('checkbox').first().isChecked(), false);

  await a.getByRole('checkbox').first().check();
  await b.getByText('1 of 3 verification points met').waitFor();
  assert.equal(await b.getByRole('checkbox').first().isChecked(), true);

  await b.getByRole('checkbox').nth(1).check();
  await a.getByText('2 of 3 verification points met').waitFor();
  assert.equal(await a.getByRole('checkbox').nth(1).isChecked(), true);
  assert.equal(await a.getByRole('alert').count(), 0, 'no conflict is reported for changes taken in turn');
  assert.deepEqual(problems, []);
});

test('hostile names and evidence are shown as text and never run', async () => {
  const { page, problems } = await env.page();
  const img = '<img src=x onerror="window.__pwned=1">';
  const script = '<script>window.__pwned=2</script>';
  const base = await freshExport(page);
  const ws = base.document.workspaces[0];
  ws.name = `${img}${script}`;
  ws.profile.organisation = script;
  const point = Object.keys(ws.activities['GGI-A-21'].verification)[0];
  ws.activities['GGI-A-21'].verification[point].evidence = `${script}${img}`;
  ws.activities['GGI-A-21'].scorecard.notes = `${img} **notes**`;

  await page.goto(env.url);
  await ready(page);
  await openData(page);
  await importFile(page, 'hostile.json', JSON.stringify(base));
  await page.locator('.import-preview').getByRole('heading', { name: `${img}${script}` }).waitFor();
  await page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await page.getByRole('button', { name: `Export this workspace only: ${img}${script}` }).waitFor();

  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await ready(page);
  assert.equal(await page.getByLabel('Evidence').first().inputValue(), `${script}${img}`);
  // Typed by hand too.
  await page.getByLabel('Evidence').nth(1).fill(`${img}${script}`);
  await openData(page);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  assert.deepEqual(problems, []);
});

test('a full storage quota is explained and an export is offered at once', async () => {
  const { page, problems } = await env.page();
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  const alert = page.getByRole('alert').filter({ hasText: 'Your changes are not saved' });
  await alert.getByText(/storage for this site is full/).waitFor();
  // The work is still there in this tab.
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Export now' }).click(),
  ]);
  const exported = JSON.parse(await downloadText(download));
  const verification = exported.document.workspaces[0].activities['GGI-A-24'].verification;
  assert.ok(Object.values(verification).some((c) => c.met), 'the export holds the unsaved tick');
  assert.deepEqual(problems, []);
});

test('export and import of a 1 MB state (timings printed, not asserted)', async (t) => {
  const { page, problems } = await env.page();
  const catalogue = JSON.parse(await readFile(new URL('../../catalogue/ggi-handbook-1.3.json', import.meta.url), 'utf8'));
  const base = await freshExport(page);
  const template = base.document.workspaces[0];
  const evidence = 'Minutes of the review, with links to the decisions and the people involved. '.repeat(12);
  base.document.workspaces = Array.from({ length: 8 }, (_, i) => ({
    ...template,
    id: `ws-${i + 1}`,
    name: `Department ${i + 1}`,
    activities: Object.fromEntries(catalogue.activities.map((a) => [a.id, {
      status: 'in_progress',
      updated_at: '2027-01-01T00:00:00Z',
      objectives: [{ id: 'o1', text: evidence, done: false }],
      verification: Object.fromEntries(a.verification_points.map((p) => [p.id, { met: true, evidence, date: '2027-01-02' }])),
    }])),
  }));
  base.document.active_workspace = 'ws-1';
  const text = JSON.stringify(base, null, 2);
  assert.ok(text.length > 1_000_000, `the state is ${text.length} bytes`);

  await page.goto(env.url);
  await ready(page);
  await openData(page);
  // Timed inside the page: from handing the file to the input until the preview is on screen;
  // clicks run their handler (serialise, validate, save) synchronously, so they are timed as such.
  const previewMs = await page.evaluate(async (body) => {
    const input = document.getElementById('import-file');
    const data = new DataTransfer();
    data.items.add(new File([body], 'big.json', { type: 'application/json' }));
    const started = performance.now();
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    while (!document.querySelector('.import-preview')?.textContent.includes('Department 8')) {
      await new Promise((ok) => requestAnimationFrame(ok));
    }
    return Math.round(performance.now() - started);
  }, text);
  const click = (name) => page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
    const started = performance.now();
    button.click();
    return Math.round(performance.now() - started);
  }, name);
  const replaceMs = await click('Replace my data with the file');
  assert.ok((await stored(page)).includes('Department 8'), 'the big state is saved');
  const [download, exportMs] = await Promise.all([page.waitForEvent('download'), click('Export everything (JSON)')]);
  const exported = { text: await downloadText(download) };
  assert.equal(JSON.parse(exported.text).document.workspaces.length, 8);
  const report = `1 MB state (${(text.length / 1e6).toFixed(2)} MB file, ${(exported.text.length / 1e6).toFixed(2)} MB export): ` +
    `import (read + validate + preview shown) ${previewMs} ms, replace (+ save to localStorage) ${replaceMs} ms, ` +
    `export (serialise + download) ${exportMs} ms`;
  t.diagnostic(report);
  console.log(report);
  assert.deepEqual(problems, []);
});
