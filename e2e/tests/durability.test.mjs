// Durable by default (issue 29), acting as a user. The app asks the browser for persistent
// storage after the first change and says what it answered (navigator.storage stubbed to grant
// and to refuse); two weeks after changes with no export, a calm reminder offers "Export now",
// whose file is a valid export the app imports back; localStorage emptied with the marker kept
// (what an eviction of localStorage alone leaves) shows the loss notice instead of the guided
// start; WebKit's seven-day rule is explained only where it applies (a WebKit user agent,
// stubbed in a new context). Screenshots of the data page and the reminder, desktop and phone,
// English and French, go to $GGI_SHOTS (default /tmp/durable-shots).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ready } from '../browser.mjs';

const KEY = 'ggi-journey/state';
const RECORD = 'ggi-journey/durability';
const DAY = 86_400_000;
const SHOTS = process.env.GGI_SHOTS ?? '/tmp/durable-shots';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const WEBKIT_TITLE = 'This browser may delete your data after 7 days without a visit';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/**
 * Replaces the browser's answers about persistent storage, before the app starts:
 * `persisted()` says `persistent` until `persist()` is called, which answers `grant`. Calls are
 * counted in `window.__persistCalls`.
 */
function stubStorage({ grant, persistent = false }) {
  let kept = persistent;
  window.__persistCalls = 0;
  StorageManager.prototype.persisted = async () => kept;
  StorageManager.prototype.persist = async () => {
    window.__persistCalls += 1;
    kept = kept || grant;
    return kept;
  };
}

const downloadText = async (download) => Buffer.concat(await (await download.createReadStream()).toArray()).toString();
const persistCalls = (page) => page.evaluate(() => window.__persistCalls);
const storedRevision = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"revision":0}').revision, KEY);
/** The marker the app keeps in IndexedDB, as stored (null when there is none). */
const marker = (page) => page.evaluate(() => new Promise((resolve) => {
  const open = indexedDB.open('ggi-journey', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('marker');
  open.onerror = () => resolve(null);
  open.onsuccess = () => {
    const get = open.result.transaction('marker').objectStore('marker').get('state');
    get.onsuccess = () => { open.result.close(); resolve(get.result ? JSON.parse(get.result) : null); };
    get.onerror = () => resolve(null);
  };
}));

/** Ticks the `nth` verification point of an activity and waits until it is saved and noted. */
async function tick(page, activity = 'GGI-A-24', nth = 0) {
  const before = await storedRevision(page).catch(() => 0);
  await page.goto(`${env.url}#/activities/${activity}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(activity) }).waitFor();
  await page.getByRole('checkbox').nth(nth).check();
  await page.waitForFunction(([k, n]) => JSON.parse(localStorage.getItem(k) ?? '{"revision":0}').revision > n, [KEY, before]);
  await noted(page);
}

/** Waits until the app has noted that changes exist (its record, where the days count from). */
const noted = (page) => page.waitForFunction((k) => localStorage.getItem(k) !== null, RECORD);

async function openData(page, heading = 'Your data') {
  await page.goto(`${env.url}#/data`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const keeping = (page, name = 'Keeping your data') => page.getByRole('region', { name });

/** "1 Mar 2027", as the app writes a date in English. */
function english(date) {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The user comes back `days` days later: the same browser profile, the clock moved on. */
async function later(page, days) {
  await page.clock.install({ time: Date.now() + days * DAY });
  await page.reload();
  await ready(page);
}

test('granted: the first change asks for persistent storage once, and the data page and the report say it is kept', async () => {
  const { page, problems } = await env.page();
  await page.addInitScript(stubStorage, { grant: true });
  await page.goto(`${env.url}#/data`);
  await ready(page);
  // Opening the app asks nothing: only a change does.
  await keeping(page).getByText('The browser may delete this data', { exact: false }).waitFor();
  assert.equal(await persistCalls(page), 0);
  assert.equal(await keeping(page).getByText('Last export: none yet').count(), 1);

  await tick(page);
  await page.waitForFunction(() => window.__persistCalls === 1);
  await tick(page, 'GGI-A-24', 1);
  await page.waitForTimeout(300);
  assert.equal(await persistCalls(page), 1, 'asked once per visit');

  await openData(page);
  await keeping(page).getByText('Stored persistently: this browser will not delete this data to free up space.').waitFor();
  assert.equal(await keeping(page).getByRole('button', { name: 'Keep my data on this device' }).count(), 0);

  await page.goto(`${env.url}#/report`);
  await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();
  const facts = page.locator('.report-storage');
  await facts.getByText('Stored persistently', { exact: true }).waitFor();
  await facts.getByText('none yet', { exact: true }).waitFor();
  assert.deepEqual(problems, []);
});

test('refused: the data page says the browser may delete the data; "Keep my data on this device" asks again and says no', async () => {
  const { page, problems } = await env.page();
  await page.addInitScript(stubStorage, { grant: false });
  await tick(page);
  await page.waitForFunction(() => window.__persistCalls === 1);

  await openData(page);
  const panel = keeping(page);
  await panel.getByText('The browser may delete this data: when space runs low, it can clear this site\'s storage without asking.').waitFor();
  await panel.getByRole('button', { name: 'Keep my data on this device' }).click();
  await panel.getByText(/^The browser did not grant persistent storage\. It decides by itself/).waitFor();
  await page.getByRole('status').getByText(/^The browser did not grant persistent storage/).waitFor();
  assert.equal(await persistCalls(page), 2);

  // The app does not ask on its own again for a month: the next visit's change asks nothing.
  await page.reload();
  await ready(page);
  await tick(page, 'GGI-A-24', 1);
  await page.waitForTimeout(300);
  assert.equal(await persistCalls(page), 0);
  assert.deepEqual(problems, []);
});

test('re-checked at start: storage the browser already keeps is said so, without asking', async () => {
  const { page, problems } = await env.page();
  await page.addInitScript(stubStorage, { grant: true, persistent: true });
  await tick(page);
  await openData(page);
  await keeping(page).getByText(/^Stored persistently/).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await persistCalls(page), 0);
  assert.deepEqual(problems, []);
});

test('15 days after changes with no export, a calm reminder offers "Export now", whose file imports back', async () => {
  const { page, context, problems } = await env.page();
  await tick(page);
  await tick(page, 'GGI-A-21');
  const reminder = page.getByRole('region', { name: 'Time for a backup' });
  assert.equal(await reminder.count(), 0, 'no reminder the day of the changes');

  await later(page, 13);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await reminder.count(), 0, 'not before 14 days');

  await later(page, 15);
  await reminder.waitFor();
  // Calm: a region with a title, not an alert.
  assert.equal(await page.getByRole('alert').count(), 0);
  await reminder.getByText(/^You have not exported anything since \d+ \w+ \d{4}\. What you record lives only in this browser/).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByRole('button', { name: 'Export now' }).click(),
  ]);
  const name = download.suggestedFilename();
  assert.match(name, /^ggi-journey-all-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await downloadText(download);
  const file = JSON.parse(text);
  assert.equal(file.format, 'ggi-journey-export');
  const activities = file.document.workspaces[0].activities;
  for (const id of ['GGI-A-24', 'GGI-A-21']) {
    assert.ok(Object.values(activities[id].verification).some((c) => c.met), `${id} is in the export`);
  }
  await reminder.waitFor({ state: 'detached' });
  const today = english(new Date(await page.evaluate(() => Date.now())));
  await openData(page);
  await keeping(page).getByText(`Last export: ${today} (no changes since)`).waitFor();
  await tick(page, 'GGI-A-24', 1);
  await openData(page);
  await keeping(page).getByText(`Last export: ${today} (1 change since)`).waitFor();
  await context.close();

  // The app's import accepts the file, in a browser that has never seen it.
  const other = await env.page();
  await openData(other.page);
  await other.page.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await other.page.getByRole('status').getByText(`${name} imported: your data was replaced.`, { exact: false }).waitFor();
  const stored = await other.page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  assert.deepEqual(stored.workspaces, file.document.workspaces);
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
});

test('on a phone, the end of the page scrolls clear of the reminder floating over it', async () => {
  const { page, problems } = await env.page({ viewport: { width: 360, height: 740 } });
  await tick(page);
  await later(page, 15);
  const reminder = page.getByRole('region', { name: 'Time for a backup' });
  await reminder.waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = page.getByRole('contentinfo').getByRole('link').last();
  const [bottom, top] = [await last.evaluate((e) => e.getBoundingClientRect().bottom), await reminder.evaluate((e) => e.getBoundingClientRect().top)];
  assert.ok(bottom <= top, `the footer's last link (bottom ${bottom}) is under the reminder (top ${top})`);
  assert.deepEqual(problems, []);
});

test('"Not now" puts the reminder away for as many days again; a deployment sets its own threshold', async () => {
  env.extra['config.json'] = JSON.stringify({ export_reminder_days: 3, export_reminder_changes: 2 });
  try {
    const { page, problems } = await env.page();
    await tick(page);
    await later(page, 4);
    const reminder = page.getByRole('region', { name: 'Time for a backup' });
    await page.waitForTimeout(500);
    assert.equal(await reminder.count(), 0, 'one change is not enough for this deployment');
    // The change that makes it due brings it: it moves nothing the user was working on.
    const box = page.getByRole('checkbox').nth(1);
    const place = () => box.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    await page.goto(`${env.url}#/activities/GGI-A-24`);
    await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
    const before = await place();
    await tick(page, 'GGI-A-24', 1);
    await reminder.waitFor();
    assert.equal(await place(), before, 'the reminder pushed the ticked point down');
    assert.ok(await box.isChecked());
    await reminder.getByRole('button', { name: 'Not now' }).click();
    await reminder.waitFor({ state: 'detached' });
    assert.ok((await page.evaluate((k) => localStorage.getItem(k), RECORD)).includes('reminder_dismissed_at'));
    await later(page, 6);
    await page.waitForTimeout(500);
    assert.equal(await reminder.count(), 0, 'put away for 3 days');
    await later(page, 8);
    await reminder.waitFor();
    assert.deepEqual(problems, []);
  } finally {
    delete env.extra['config.json'];
  }
});

test('localStorage emptied, the marker kept: the loss notice names the last export instead of a fresh guided start', async () => {
  const { page, problems } = await env.page();
  await tick(page);
  await openData(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const name = download.suggestedFilename();
  const text = await downloadText(download);
  await tick(page, 'GGI-A-24', 1);
  await page.waitForFunction(async () => true);
  // The marker follows the saves.
  const revision = await storedRevision(page);
  for (let i = 0; i < 20 && (await marker(page))?.revision !== revision; i++) await page.waitForTimeout(100);
  assert.equal((await marker(page)).revision, revision);

  // What a browser that evicts localStorage alone leaves behind.
  await page.evaluate(() => localStorage.clear());
  await page.goto(env.url);
  await page.reload();
  await ready(page);
  const notice = page.getByRole('alert').filter({ hasText: 'The data saved in this browser is gone' });
  await notice.waitFor();
  await notice.getByText(new RegExp(`^A GGI journey was saved here \\(revision ${revision}, on \\d+ \\w+ \\d{4}\\)`)).waitFor();
  await notice.getByText(new RegExp(`^Your last export from this browser: ${name.replace(/\./g, '\\.')}, made on `)).waitFor();
  // Not the guided start: the catalogue stays, under the notice.
  await page.waitForTimeout(500);
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Start your journey' }).count(), 0);
  assert.equal(new URL(page.url()).hash, '');

  await notice.getByRole('button', { name: 'Import my last export' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  await page.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Replace my data with the file' }).click();
  await notice.waitFor({ state: 'detached' });
  await page.reload();
  await ready(page);
  await page.waitForTimeout(300);
  assert.equal(await notice.count(), 0, 'the record is back: no loss any more');
  assert.deepEqual(problems, []);
});

test('a loss without an export says so, and "Start afresh" leads to the guided start', async () => {
  const { page, problems } = await env.page();
  await tick(page);
  for (let i = 0; i < 20 && !(await marker(page)); i++) await page.waitForTimeout(100);
  await page.evaluate(() => localStorage.clear());
  await page.goto(env.url);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'The data saved in this browser is gone' });
  await notice.getByText('No export was made from this browser; a colleague or another browser may have a copy.').waitFor();
  await notice.getByRole('button', { name: 'Start afresh' }).click();
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  assert.equal(await notice.count(), 0);
  assert.deepEqual(problems, []);
});

test('WebKit\'s seven-day rule: never explained in Chromium; explained, with its remedies, to a WebKit browser not installed', async () => {
  const chromium = await env.page();
  await tick(chromium.page);
  await openData(chromium.page);
  await keeping(chromium.page).waitFor();
  assert.equal(await chromium.page.getByText(WEBKIT_TITLE).count(), 0);
  assert.deepEqual(chromium.problems, []);

  // What is stubbed: the user agent of Safari on an iPhone (a new context); the engine is
  // still Chromium, so only the app's reading of the browser is tested.
  const safari = await env.page({ userAgent: IPHONE });
  await safari.page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(safari.page);
  await safari.page.waitForTimeout(300);
  assert.equal(await safari.page.getByText(WEBKIT_TITLE).count(), 0, 'nothing to lose before the first change');
  await tick(safari.page);
  const banner = safari.page.getByRole('region', { name: WEBKIT_TITLE });
  // Folded to its title over the page's corner: the checkbox just ticked is neither moved nor
  // covered (a trial click fails on an element under another).
  await banner.waitFor();
  await safari.page.getByRole('checkbox').first().click({ trial: true, timeout: 2000 });
  await banner.getByText(WEBKIT_TITLE).click();
  await banner.getByText(/^Safari and every browser on iPhone and iPad run on WebKit/).waitFor();
  await banner.getByText(/^Add GGI Journey to your Home Screen/).waitFor();
  await banner.getByText(/^Or export after each session/).waitFor();
  // Never blocking: the page under it works, and the banner goes away when asked.
  assert.equal(await safari.page.getByRole('checkbox').nth(1).isEnabled(), true);
  await banner.getByRole('button', { name: 'Hide this message' }).click();
  await banner.waitFor({ state: 'detached' });
  await safari.page.reload();
  await ready(safari.page);
  await safari.page.waitForTimeout(300);
  assert.equal(await banner.count(), 0, 'stays put away');
  await openData(safari.page);
  await keeping(safari.page).getByRole('heading', { name: WEBKIT_TITLE }).waitFor();
  assert.deepEqual(safari.problems, []);

  // Installed to the Home Screen (navigator.standalone, stubbed): the rule does not apply.
  const installed = await env.page({ userAgent: IPHONE });
  await installed.page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
  await tick(installed.page);
  await openData(installed.page);
  await keeping(installed.page).waitFor();
  assert.equal(await installed.page.getByText(WEBKIT_TITLE).count(), 0);
  assert.deepEqual(installed.problems, []);
});

test('screenshots: the data page and the reminder, desktop and 360 px phone, English and French', async () => {
  await mkdir(SHOTS, { recursive: true });
  const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };
  const languages = {
    en: { locale: 'en-GB', reminder: 'Time for a backup', data: 'Your data', keeping: 'Keeping your data' },
    fr: { locale: 'fr-FR', reminder: 'Pensez à sauvegarder', data: 'Vos données', keeping: 'Garder vos données' },
  };
  for (const [lang, words] of Object.entries(languages)) {
    for (const [size, viewport] of Object.entries(sizes)) {
      const phone = size === 'phone';
      const { page, problems } = await env.page({ viewport, locale: words.locale, isMobile: phone, hasTouch: phone });
      await page.addInitScript(stubStorage, { grant: false });
      await page.goto(`${env.url}#/activities/GGI-A-24`);
      await ready(page);
      await page.getByRole('checkbox').first().check();
      await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY);
      await noted(page);
      await later(page, 15);
      const reminder = page.getByRole('region', { name: words.reminder });
      await reminder.waitFor();
      await page.screenshot({ path: join(SHOTS, `reminder-${lang}-${size}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang} ${size}: the page scrolls sideways by ${overflow} px`);
      await page.goto(`${env.url}#/data`);
      await page.getByRole('heading', { level: 1, name: words.data }).waitFor();
      await keeping(page, words.keeping).waitFor();
      await page.screenshot({ path: join(SHOTS, `data-${lang}-${size}.png`), fullPage: true });
      assert.deepEqual(problems, [], `${lang} ${size}`);
      await page.context().close();
    }
  }
});
