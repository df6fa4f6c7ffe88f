// Team sync through a WebDAV folder (issue 24), acting as two people in two browser contexts
// against a real Apache httpd with mod_dav serving the app and the folder from one origin
// (config.json: "sync": {"webdav": "ggi-data/"}). Edits in each reach the other; the same field
// changed on both sides is shown with both values; edits made while the server is down go out
// when it is back; a write that loses a race (412) is merged and retried; a folder that asks to
// sign in (401) and a team file nobody can read are told, and that file is never overwritten;
// a workspace a colleague creates opens without a reload (the folder is listed at each poll).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start as apache } from '../apache.mjs';
import { launch, start as staticSite } from '../browser.mjs';
import { DIST } from '../server.mjs';
import { workdir } from '../private-server.mjs';

let root, data, locks, site, browser, port;

const siteOptions = () => ({
  root, port,
  modules: ['dav', 'dav_fs', 'auth_basic', 'authn_file', 'authn_core', 'authz_user'],
  writable: [data, locks],
  files: { htpasswd: `team:{SHA}${createHash('sha1').update('secret').digest('base64')}\n` },
  // mod_deflate is on (Debian's default): the tags it would alter could never match If-Match.
  conf: `DavLockDB "${locks}/DavLock"
DeflateAlterETag NoChange
<Directory "${data}">
    Dav On
</Directory>
<Directory "${root}/locked">
    Dav On
    AuthType Basic
    AuthName "GGI team"
    AuthUserFile htpasswd
    Require valid-user
</Directory>
`,
});

before(async () => {
  root = await workdir('sync-site');
  await cp(DIST, root, { recursive: true });
  data = join(root, 'ggi-data');
  locks = join(root, 'locks');
  for (const dir of [data, locks, join(root, 'locked')]) await mkdir(dir, { recursive: true });
  await writeFile(join(root, 'config.json'), JSON.stringify({ sync: { webdav: 'ggi-data/' } }));
  site = await apache(siteOptions());
  port = new URL(site.url).port;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** A person: a browser context of their own (own storage), with a guard on page errors. */
async function person(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

const sync = (page) => page.getByRole('group', { name: 'Team sync' });
const status = (page) => sync(page).getByRole('status');
async function synced(page, timeout = 30_000) {
  try {
    await status(page).filter({ hasText: /^Synced at \d\d:\d\d$/ }).waitFor({ timeout });
  } catch (e) {
    throw new Error(`${e.message}\nthe sync group says: ${await sync(page).innerText().catch(() => '(none)')}`);
  }
}

/** The workspace files in the folder (backups aside). */
const files = async () => (await readdir(data)).filter((n) => /^[\w-]+\.json$/.test(n));
const fileText = async () => readFile(join(data, (await files())[0]), 'utf8');
const fileJson = async () => JSON.parse(await fileText());

async function openActivity(page, id) {
  await page.goto(`${site.url}#/activities/${id}`);
  try {
    await page.getByRole('heading', { level: 1, name: new RegExp(id) }).waitFor();
  } catch (e) {
    await page.screenshot({ path: `/tmp/sync-fail-${id}.png`, fullPage: true });
    throw new Error(`${e.message}\nheadings: ${await page.locator('h1').allInnerTexts()}`);
  }
}

async function setOwner(page, id, owner) {
  await openActivity(page, id);
  await page.getByLabel('Owner', { exact: true }).fill(owner);
  await page.getByLabel('Owner', { exact: true }).blur();
}

/** Waits until the Owner field of `id` shows `owner` (after "Sync now" pulls changes). */
async function seesOwner(page, id, owner) {
  await openActivity(page, id);
  const field = page.getByLabel('Owner', { exact: true });
  const end = Date.now() + 30_000;
  while ((await field.inputValue()) !== owner) {
    if (Date.now() > end) assert.fail(`Owner of ${id} is "${await field.inputValue()}", not "${owner}"`);
    await sync(page).getByRole('button', { name: 'Sync now' }).click();
    await page.waitForTimeout(700);
  }
}

const until = async (check, what, timeout = 30_000) => {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/** Waits until the workspace file holds `owner` for activity `id` (the edit went out). */
const inFolder = (id, owner) => until(async () => {
  const json = await fileJson().catch(() => null);
  return json?.document.workspaces[0].activities[id]?.owner === owner;
}, `${id}'s owner "${owner}" in the folder`);

let ann, ben;

test('a first change creates the workspace file; a colleague\'s first visit opens it, and edits of different activities reach both', async () => {
  ann = await person();
  await setOwner(ann.page, 'GGI-A-24', 'Legal team');
  await synced(ann.page);
  assert.equal((await files()).length, 1, `one workspace file: ${await readdir(data)}`);
  assert.match(await fileText(), /"ggi-journey-export"/);
  assert.match(await fileText(), /Legal team/);

  ben = await person();
  await ben.page.goto(site.url);
  await synced(ben.page);
  // No guided start: the folder held the team's journey.
  await ben.page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor({ state: 'detached' });
  await seesOwner(ben.page, 'GGI-A-24', 'Legal team');
  await setOwner(ben.page, 'GGI-A-25', 'HR');
  await inFolder('GGI-A-25', 'HR');
  await synced(ben.page);

  await seesOwner(ann.page, 'GGI-A-25', 'HR');
  await seesOwner(ann.page, 'GGI-A-24', 'Legal team');
  assert.deepEqual([...ann.problems, ...ben.problems], []);
});

test('the same field changed on both sides at once: the review shows both values, whose the other is, and either can be kept', async () => {
  // Ann names her browser for the team (Settings, on the Data page).
  await ann.page.goto(`${site.url}#/data`);
  await ann.page.getByLabel('Name of this browser for your team').fill('Ann, security');
  await ann.page.getByRole('button', { name: 'Save the name' }).click();
  await ann.page.getByText('From now on, this browser\'s changes are signed Ann, security.').waitFor();
  await ben.context.setOffline(true);
  await setOwner(ann.page, 'GGI-A-26', 'Security office');
  await inFolder('GGI-A-26', 'Security office');
  await synced(ann.page);
  assert.equal((await fileJson()).written.by, 'Ann, security', "Ann's write is signed with her name");
  await setOwner(ben.page, 'GGI-A-26', 'Developers');
  await status(ben.page).filter({ hasText: /Offline · 1 change waiting|Syncing/ }).waitFor();
  await ben.context.setOffline(false);
  await sync(ben.page).getByRole('button', { name: 'Sync now' }).click();
  const review = sync(ben.page).getByRole('button', { name: 'Changed by someone else at the same time' });
  await review.click();
  const region = ben.page.getByRole('region', { name: 'Changed by someone else at the same time' });
  const item = region.getByRole('listitem').filter({ hasText: 'activities.GGI-A-26.owner' });
  await item.waitFor();
  const text = await item.innerText();
  assert.match(text, /Security office/);
  assert.match(text, /Developers/);
  // Ben's edit was later: his value applied, Ann's kept to pick.
  assert.match(text, /changed here and by Ann, security at the same time\. Kept: Developers\. The other value: Security office\./);
  await sync(ben.page).getByText(/^Last change from Ann, security: \d\d:\d\d$/).waitFor();
  await item.getByRole('button', { name: 'Keep the other version' }).click();
  await region.waitFor({ state: 'hidden' });
  assert.equal(await ben.page.getByLabel('Owner', { exact: true }).inputValue(), 'Security office');
  // The pick is a change of Ben's like any other: it goes out.
  await inFolder('GGI-A-26', 'Security office');
  await synced(ben.page);
  assert.deepEqual([...ann.problems, ...ben.problems], []);
});

test('an objective deleted on one side while another is edited on the other: the deletion and the edit both hold', async () => {
  await openActivity(ann.page, 'GGI-A-31');
  for (const text of ['Pick a scanner', 'Scan every build']) {
    await ann.page.getByLabel('New objective').fill(text);
    await ann.page.getByRole('button', { name: 'Add objective' }).click();
  }
  const objectives = async () => (await fileJson()).document.workspaces[0].activities['GGI-A-31']?.objectives ?? [];
  await until(async () => (await objectives()).length === 2, 'both objectives in the folder');
  await openActivity(ben.page, 'GGI-A-31');
  await until(async () => {
    await sync(ben.page).getByRole('button', { name: 'Sync now' }).click();
    return (await ben.page.getByLabel('Done: Scan every build').count()) === 1;
  }, 'Ben to see the objectives');

  await ben.context.setOffline(true);
  await ann.page.getByRole('button', { name: 'Delete: Pick a scanner' }).click();
  await until(async () => (await objectives()).length === 1, 'the deletion in the folder');
  await ben.page.getByLabel('Done: Scan every build').check();
  await ben.context.setOffline(false);
  await until(async () => {
    await sync(ben.page).getByRole('button', { name: 'Sync now' }).click();
    const now = await objectives();
    return now.length === 1 && now[0].text === 'Scan every build' && now[0].done === true;
  }, 'the folder to hold the deletion and the edit').catch(async (e) => {
    throw new Error(`${e.message}: ${JSON.stringify(await objectives())}; Ben: ${await sync(ben.page).innerText()}`);
  });
  await until(async () => (await ben.page.getByLabel('Done: Pick a scanner').count()) === 0, 'the deletion to show at Ben\'s');
  assert.equal(await ben.page.getByLabel('Done: Scan every build').isChecked(), true);
  await seesDone(ann.page);
  assert.deepEqual([...ann.problems, ...ben.problems], []);
});

/** Ann sees Ben's edit of the objective she kept. */
async function seesDone(page) {
  await until(async () => {
    await sync(page).getByRole('button', { name: 'Sync now' }).click();
    await page.waitForTimeout(300);
    return page.getByLabel('Done: Scan every build').isChecked();
  }, 'Ann to see the objective done');
}

test('edits made while the server is down wait, counted, and go out once it is back; nothing is lost', async () => {
  await site.stop();
  await setOwner(ann.page, 'GGI-A-27', 'Made offline');
  await status(ann.page).filter({ hasText: /^Offline · 1 change waiting$/ }).waitFor({ timeout: 30_000 });
  site = await apache(siteOptions());
  await sync(ann.page).getByRole('button', { name: 'Sync now' }).click();
  await synced(ann.page);
  assert.equal((await fileJson()).document.workspaces[0].activities['GGI-A-27'].owner, 'Made offline');
  await seesOwner(ben.page, 'GGI-A-27', 'Made offline');
});

test('a write that loses a race (412) is merged with the other change and retried', async () => {
  // Someone else writes the file between Ann's last read and her next write.
  const other = await fileJson();
  other.document.workspaces[0].name = 'Renamed elsewhere';
  await writeFile(join(data, (await files())[0]), JSON.stringify(other, null, 2));
  await setOwner(ann.page, 'GGI-A-28', 'After the race');
  await until(async () => {
    const now = await fileJson();
    return now.document.workspaces[0].name === 'Renamed elsewhere' && now.document.workspaces[0].activities['GGI-A-28']?.owner === 'After the race';
  }, 'the file to hold both changes');
  await synced(ann.page);
  assert.deepEqual(ann.problems, []);
});

test('a sync counts as a backup: 15 days after changes, synced again, no reminder to export; the Data page says where the copy is', async () => {
  const dana = await person();
  // Whether the reminder ever showed during a visit, even for a moment before the first sync.
  await dana.page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body?.textContent.includes('Time for a backup')) window.__reminderSeen = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await dana.page.goto(site.url);
  await synced(dana.page);
  await setOwner(dana.page, 'GGI-A-33', 'Kept in the folder');
  await inFolder('GGI-A-33', 'Kept in the folder');
  await synced(dana.page);
  const stored = (key) => dana.page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
  // Changes and no export: without the sync, 15 days later would be the export reminder's day.
  const record = await stored('ggi-journey/durability');
  assert.ok(record?.since && !record.last_export, JSON.stringify(record));
  const folder = `${site.url}ggi-data/`;
  const line = (date) => new RegExp(`^Synced to ${folder.replace(/[.?/]/g, '\\$&')} on ${date} at \\d\\d:\\d\\d \\(no changes since\\)$`);
  const keeping = dana.page.getByRole('region', { name: 'Keeping your data' });
  await dana.page.goto(`${site.url}#/data`);
  await keeping.getByText(line(english(new Date()))).waitFor();
  await keeping.getByText('Last export: none yet').waitFor();
  const first = await stored('ggi-journey/synced');

  // 15 days later, the folder reached again.
  const later = Date.now() + 15 * 86_400_000;
  await dana.page.clock.install({ time: later });
  await dana.page.reload();
  await synced(dana.page);
  await until(async () => (await stored('ggi-journey/synced')).at.slice(0, 10) === new Date(later).toISOString().slice(0, 10), 'the new sync noted');
  assert.equal((await stored('ggi-journey/synced')).folder, first.folder);
  await keeping.getByText(line(english(new Date(later)))).waitFor();
  await dana.page.goto(`${site.url}#/activities/GGI-A-33`);
  await dana.page.waitForTimeout(1500);
  assert.equal(await dana.page.getByRole('region', { name: 'Time for a backup' }).count(), 0);
  assert.equal(await dana.page.evaluate(() => window.__reminderSeen ?? false), false, 'the reminder never showed, not even before the first sync');
  assert.deepEqual(dana.problems, []);
  await dana.context.close();
});

/** "1 Mar 2027", as the app writes a date in English (UTC, as the app stamps it). */
function english(date) {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

test('a team file nobody can read is never overwritten, and the user is told', async () => {
  const name = (await files())[0];
  await writeFile(join(data, name), '{ "format": "ggi-journey-export", broken');
  await setOwner(ann.page, 'GGI-A-29', 'Kept here');
  await ann.page.getByRole('alert').filter({ hasText: 'cannot be read, so it is not overwritten' }).waitFor({ timeout: 30_000 });
  await status(ann.page).filter({ hasText: /^Sync stopped · \d+ changes? waiting$/ }).waitFor();
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await readFile(join(data, name), 'utf8'), '{ "format": "ggi-journey-export", broken');
  // The edit stays in this browser.
  assert.equal(await ann.page.getByLabel('Owner', { exact: true }).inputValue(), 'Kept here');
});

test('a workspace a colleague creates opens in the Portfolio within one poll interval, without a reload', async () => {
  await ann.page.goto(`${site.url}#/portfolio`);
  await ann.page.getByRole('heading', { level: 1, name: 'Portfolio of workspaces' }).waitFor();
  await ann.page.evaluate(() => { window.__sameVisit = true; });
  await ben.page.goto(`${site.url}#/workspaces`);
  await ben.page.getByLabel('New workspace').fill('IT department');
  await ben.page.getByRole('button', { name: 'Create' }).click();
  await ben.page.getByText('Workspace: IT department').first().waitFor();
  await until(async () => (await files()).length === 2, 'the new workspace file in the folder');
  const created = Date.now();
  await ann.page.getByText('Opened from the team\'s sync folder: IT department').waitFor({ timeout: 12_000 });
  await ann.page.getByText('2 of 2 workspaces selected').waitFor();
  // One poll interval (10 s) plus the time to read the file.
  assert.ok(Date.now() - created < 11_500, `${Date.now() - created} ms`);
  assert.equal(await ann.page.evaluate(() => window.__sameVisit), true);
  assert.deepEqual([...ann.problems, ...ben.problems], []);
});

test('a folder that asks to sign in (401) is told in plain words, set from Settings', async () => {
  // Carl's browser knows no valid password for that folder (headless Chromium has no sign-in
  // dialog: without credentials to offer it closes the page on a Basic challenge).
  const carl = await person({ httpCredentials: { username: 'team', password: 'wrong' } });
  await carl.page.goto(`${site.url}#/data`);
  // The deployment's folder syncs first; another folder chosen here restarts the app with it.
  await sync(carl.page).waitFor();
  await carl.page.getByLabel('Team sync folder (WebDAV)').fill('locked/');
  await Promise.all([
    carl.page.waitForEvent('load'),
    carl.page.getByRole('button', { name: 'Use this folder' }).click(),
  ]);
  await setOwner(carl.page, 'GGI-A-30', 'Carl');
  await carl.page.getByRole('alert').filter({ hasText: 'The sync folder asks you to sign in.' }).waitFor({ timeout: 30_000 });
  await status(carl.page).filter({ hasText: /^Sync stopped/ }).waitFor();
  assert.deepEqual(await readdir(join(root, 'locked')), []);
  // A folder on another server is refused in Settings.
  await carl.page.goto(`${site.url}#/data`);
  await carl.page.getByLabel('Team sync folder (WebDAV)').fill('https://elsewhere.example/dav/');
  await carl.page.getByRole('button', { name: 'Use this folder' }).click();
  await carl.page.getByRole('alert').filter({ hasText: 'The sync folder must be on the same server as the app.' }).waitFor();
  await carl.context.close();
});

test('the sync indicator lands in the app\'s header even when the first page is slow to come', async () => {
  // The app is drawn off the page and takes the static shell's place once its first page is
  // drawn (src/lib.rs `mount`); a sync that starts before must not put its views in the shell.
  const cal = await person();
  await cal.page.route(/split_activity-[0-9a-f]+\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await cal.page.goto(`${site.url}#/activities/GGI-A-21`);
  await cal.page.getByRole('heading', { level: 1, name: /GGI-A-21/ }).waitFor();
  await synced(cal.page);
  assert.equal(await cal.page.locator('.sync-place').count(), 1);
  assert.deepEqual(cal.problems, []);
  await cal.context.close();
});

test('without a sync folder, nothing but the app\'s own files is asked for and no sync code is fetched', async () => {
  const plain = await staticSite();
  try {
    const { page, problems } = await plain.page();
    await page.goto(`${plain.url}#/activities/GGI-A-24`);
    await page.getByLabel('Owner', { exact: true }).fill('Alone');
    await page.goto(`${plain.url}#/data`);
    await page.getByLabel('Team sync folder (WebDAV)').waitFor();
    await page.waitForTimeout(1500);
    const own = new Set([...(await readdir(DIST)), 'config.json', 'catalogue.json', '']);
    const asked = plain.requests.map((path) => path.split('?')[0].split('/').pop());
    assert.ok(asked.length > 0, 'the test saw no request at all');
    assert.deepEqual(asked.filter((name) => !own.has(name)), []);
    assert.deepEqual(asked.filter((name) => name.startsWith('split_sync')), []);
    assert.equal(await page.getByRole('group', { name: 'Team sync' }).count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await plain.close();
  }
});

test('the hosting guide\'s DAV folder (deploy/apache-dav.conf) loads in Apache and asks the team to sign in', async () => {
  const conf = (await readFile(new URL('../../deploy/apache-dav.conf', import.meta.url), 'utf8'))
    .replace('/var/lib/apache2/dav/lockdb', `${locks}/guide-lockdb`)
    .replace('/srv/www/tools/ggi/ggi-data', data)
    .replace('/etc/apache2/ggi-team.htpasswd', 'htpasswd');
  const guide = await apache({ ...siteOptions(), port: undefined, conf });
  try {
    const { ok, output } = await guide.check();
    assert.ok(ok, output);
    const list = (headers = {}) => fetch(`${guide.url}ggi-data/`, { method: 'PROPFIND', headers: { Depth: '1', ...headers } });
    assert.equal((await list()).status, 401);
    const signedIn = await list({ Authorization: `Basic ${Buffer.from('team:secret').toString('base64')}` });
    assert.equal(signedIn.status, 207);
    assert.match(await signedIn.text(), /\.json<\/D:href>/);
  } finally {
    await guide.stop();
  }
});
