// Team sync through a team folder of the computer (issue 24, the shared-file engine: the File
// System Access API, Chromium). The picker is the one part a test cannot drive, so an init
// script makes `showDirectoryPicker` hand over a folder of the origin-private file system
// instead; the app then uses that handle exactly as a picked one (keeps it in IndexedDB, reads,
// writes, lists).
//
// Two people are two browser contexts, each with a folder of its own, and this test plays the
// organisation's file sync (OneDrive, Nextcloud's client) between them: it copies the files
// across, the newer replacing the older, as those clients do. (Two tabs of one context cannot be
// two people: they share localStorage, and would see each other's changes without any sync.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../browser.mjs';

let site, ann, ben;

before(async () => {
  site = await start();
});

after(async () => {
  await site?.close();
});

/** The picker's stand-in: the folder `team` of this origin's private file system. */
const PICKER = () => {
  window.showDirectoryPicker = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle('team', { create: true });
};

async function person() {
  const p = await site.page();
  await p.context.addInitScript(PICKER);
  return p;
}

/** The team folder's files of `page`'s person: name → text. */
const folder = (page) => page.evaluate(async () => {
  const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('team', { create: true });
  const files = {};
  for await (const [name, handle] of dir.entries()) {
    // The browser's own swap file of a write under way is listed, and gone a moment later.
    if (handle.kind === 'file' && !name.endsWith('.crswap')) files[name] = await (await handle.getFile()).text();
  }
  return files;
});

/** Writes `text` as `name` in `page`'s person's team folder (the file sync bringing a file). */
const bring = (page, name, text) => page.evaluate(async ([name, text]) => {
  const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('team', { create: true });
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
}, [name, text]);

/** The file sync copies every workspace file of `from`'s folder into `to`'s. */
async function replicate(from, to) {
  const files = await folder(from.page);
  for (const [name, text] of Object.entries(files)) await bring(to.page, name, text);
  return files;
}

const sync = (page) => page.getByRole('group', { name: 'Team sync' });
const status = (page) => sync(page).getByRole('status');
const synced = (page) => status(page).filter({ hasText: /^Synced at \d\d:\d\d$/ }).waitFor({ timeout: 30_000 });

async function openTeamFolder(page) {
  await page.goto(`${site.url}#/data`);
  await page.getByText('Team folder on this computer').waitFor();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Open a team folder' }).click(),
  ]);
  await sync(page).waitFor();
}

async function setOwner(page, id, owner) {
  await page.goto(`${site.url}#/activities/${id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(id) }).waitFor();
  await page.getByLabel('Owner', { exact: true }).fill(owner);
  await page.getByLabel('Owner', { exact: true }).blur();
}

async function seesOwner(page, id, owner) {
  await page.goto(`${site.url}#/activities/${id}`);
  const field = page.getByLabel('Owner', { exact: true });
  const end = Date.now() + 30_000;
  while ((await field.inputValue()) !== owner) {
    if (Date.now() > end) assert.fail(`Owner of ${id} is "${await field.inputValue()}", not "${owner}"; sync: ${await sync(page).innerText()}`);
    await sync(page).getByRole('button', { name: 'Sync now' }).click();
    await page.waitForTimeout(500);
  }
}

const until = async (check, what, timeout = 30_000) => {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/** The owner of `id` in the workspace file of `page`'s folder. */
const ownerInFolder = async (page, id) => {
  const files = Object.entries(await folder(page)).filter(([n]) => /^[\w-]+\.json$/.test(n));
  return files.length === 1 ? JSON.parse(files[0][1]).document.workspaces[0].activities[id]?.owner : undefined;
};

test('two people on one team folder: each one\'s activity reaches the other', async () => {
  ann = await person();
  await openTeamFolder(ann.page);
  await ann.page.getByText('Synced with the team folder team.').waitFor();
  await setOwner(ann.page, 'GGI-A-24', 'Legal team');
  await until(async () => (await ownerInFolder(ann.page, 'GGI-A-24')) === 'Legal team', 'Ann\'s file in her folder');
  await synced(ann.page);
  const files = await folder(ann.page);
  assert.equal(Object.keys(files).length, 1, Object.keys(files).join());
  assert.match(Object.values(files)[0], /"ggi-journey-export"/);

  // Ben's computer receives the file before he opens the folder: his first sync opens it.
  ben = await person();
  await ben.page.goto(site.url);
  await replicate(ann, ben);
  await openTeamFolder(ben.page);
  await synced(ben.page);
  await seesOwner(ben.page, 'GGI-A-24', 'Legal team');
  await setOwner(ben.page, 'GGI-A-25', 'HR');
  await until(async () => (await ownerInFolder(ben.page, 'GGI-A-25')) === 'HR', 'Ben\'s change in his folder');
  await synced(ben.page);

  await replicate(ben, ann);
  await seesOwner(ann.page, 'GGI-A-25', 'HR');
  await seesOwner(ann.page, 'GGI-A-24', 'Legal team');
  assert.deepEqual([...ann.problems, ...ben.problems], []);
});

test('the same field changed by both before the file sync ran: the conflict is shown with both values', async () => {
  await setOwner(ann.page, 'GGI-A-26', 'Security office');
  await until(async () => (await ownerInFolder(ann.page, 'GGI-A-26')) === 'Security office', 'Ann\'s change in her folder');
  await setOwner(ben.page, 'GGI-A-26', 'Developers');
  await until(async () => (await ownerInFolder(ben.page, 'GGI-A-26')) === 'Developers', 'Ben\'s change in his folder');
  // The file sync keeps the newer file and replaces Ben's: his change now lives in his browser
  // only, until his next poll merges the three ways and writes both back.
  await replicate(ann, ben);
  const review = sync(ben.page).getByRole('button', { name: 'Changed by someone else at the same time' });
  await until(async () => {
    await sync(ben.page).getByRole('button', { name: 'Sync now' }).click();
    return (await review.count()) === 1;
  }, 'the conflict at Ben\'s');
  await review.click();
  const item = ben.page.getByRole('region', { name: 'Changed by someone else at the same time' })
    .getByRole('listitem').filter({ hasText: 'activities.GGI-A-26.owner' });
  const text = await item.innerText();
  assert.match(text, /Security office/);
  assert.match(text, /Developers/);
  // Nothing of Ben's was lost by the file sync's overwrite: his value is back in the file.
  await until(async () => (await ownerInFolder(ben.page, 'GGI-A-26')) === 'Developers', 'the merge written back');
  assert.deepEqual([...ann.problems, ...ben.problems], []);
});

test('a file in the team folder that cannot be read is never overwritten, and the user is told', async () => {
  const [name] = Object.keys(await folder(ann.page));
  const broken = '{ "format": "ggi-journey-export", broken';
  await bring(ann.page, name, broken);
  await setOwner(ann.page, 'GGI-A-29', 'Kept here');
  await ann.page.getByRole('alert').filter({ hasText: 'cannot be read, so it is not overwritten' }).waitFor({ timeout: 30_000 });
  await status(ann.page).filter({ hasText: /^Sync stopped · \d+ changes? waiting$/ }).waitFor();
  await ann.page.waitForTimeout(1500);
  assert.equal((await folder(ann.page))[name], broken);
  assert.equal(await ann.page.getByLabel('Owner', { exact: true }).inputValue(), 'Kept here');
  // Only the unreadable-file alert and nothing else went wrong.
  assert.deepEqual(ann.problems, []);
});

test('at a new visit the browser asks again: "Reconnect the team folder", then the sync resumes', async () => {
  // Chromium answers "prompt" for a picked folder at a new visit, until the user allows it
  // again; an origin-private folder is always allowed, so the browser's answers stand in here.
  await ben.context.addInitScript(() => {
    let allowed = false;
    FileSystemHandle.prototype.queryPermission = async () => (allowed ? 'granted' : 'prompt');
    FileSystemHandle.prototype.requestPermission = async () => {
      allowed = navigator.userActivation.isActive;
      return allowed ? 'granted' : 'denied';
    };
  });
  await ben.page.goto(`${site.url}#/activities/GGI-A-24`);
  await ben.page.reload();
  const reconnect = ben.page.getByRole('button', { name: 'Reconnect the team folder' });
  await reconnect.waitFor();
  await ben.page.getByText('At each visit the browser asks once more before the app may use the team folder team.').waitFor();
  assert.equal(await status(ben.page).count(), 0);
  await reconnect.click();
  await synced(ben.page);
  assert.equal(await reconnect.count(), 0);
  assert.deepEqual(ben.problems, []);
});

test('a file held by another program: the user is told so, not of a server, and the change goes out once it is free', async () => {
  // Another program holding the workspace's file: an exclusive writable on it (the browser's
  // own lock, as an office suite or a file sync client keeps one), so the app's write fails
  // with the browser's real NoModificationAllowedError.
  const name = await ben.page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('team');
    for await (const [name, handle] of dir.entries()) {
      if (handle.kind === 'file' && /^[\w-]+\.json$/.test(name)) {
        window.heldByAnotherProgram = await handle.createWritable({ mode: 'exclusive' });
        return name;
      }
    }
    return null;
  });
  assert.ok(name, 'Ben\'s workspace file');
  await setOwner(ben.page, 'GGI-A-30', 'Procurement');
  const alert = ben.page.getByRole('alert').filter({ hasText: 'The team folder\'s file is in use by another program' });
  await alert.waitFor({ timeout: 30_000 });
  assert.doesNotMatch(await alert.innerText(), /server|HTTP/i);
  await status(ben.page).filter({ hasText: /^Sync stopped · 1 change waiting$/ }).waitFor();
  assert.equal(await ownerInFolder(ben.page, 'GGI-A-30'), undefined);

  // The other program lets go: the app's next attempt (seconds later, on its own) writes.
  await ben.page.evaluate(() => window.heldByAnotherProgram.abort());
  await until(async () => (await ownerInFolder(ben.page, 'GGI-A-30')) === 'Procurement', 'the change written once the file is free');
  await synced(ben.page);
  assert.equal(await alert.count(), 0);
  assert.deepEqual(ben.problems, []);
});

test('the disk holding the team folder is full: the user is told so, and the change goes out once there is room', async () => {
  // The browser's own quota, set through DevTools' protocol just above what the origin uses:
  // the app's next write of the file fails with the browser's real QuotaExceededError.
  const cdp = await ben.context.newCDPSession(ben.page);
  const { origin } = new URL(site.url);
  const { usage } = await ben.page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 100 });
  await setOwner(ben.page, 'GGI-A-31', 'Finance');
  const alert = ben.page.getByRole('alert').filter({ hasText: 'The disk that holds the team folder is full' });
  await alert.waitFor({ timeout: 30_000 });
  assert.doesNotMatch(await alert.innerText(), /server|HTTP/i);
  await status(ben.page).filter({ hasText: /^Sync stopped · 1 change waiting$/ }).waitFor();
  assert.equal(await ownerInFolder(ben.page, 'GGI-A-31'), undefined);

  // Room again: the next attempt writes the change.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await until(async () => (await ownerInFolder(ben.page, 'GGI-A-31')) === 'Finance', 'the change written once there is room');
  await synced(ben.page);
  assert.equal(await alert.count(), 0);
  assert.deepEqual(ben.problems, []);
});

test('Settings: the folder in use is named, and each setting stops only its own choice', async () => {
  const carol = await person();
  const { page } = carol;
  await page.goto(`${site.url}#/data`);
  await page.getByText('Not syncing with a team: your work stays in this browser.').waitFor();
  await openTeamFolder(page);
  await page.getByText('Synced with the team folder team.').waitFor();
  // The WebDAV field holds no team folder, and says what a WebDAV folder would replace.
  const webdav = page.getByLabel('Team sync folder (WebDAV)');
  assert.equal(await webdav.inputValue(), '');
  await page.getByText('Using a WebDAV folder stops syncing with the team folder team.').waitFor();

  // Saving the empty WebDAV field leaves the team folder alone: no restart, and still in use
  // at the next visit.
  await page.evaluate(() => { window.sameVisit = true; });
  await page.getByRole('button', { name: 'Use this folder', exact: true }).click();
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.sameVisit), true, 'the app restarted');
  await page.reload();
  await page.getByText('Synced with the team folder team.').waitFor();
  await sync(page).waitFor();

  // The team folder's own "stop": no team folder, and nothing else in use.
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Stop syncing with the team folder' }).click(),
  ]);
  await page.getByText('Not syncing with a team: your work stays in this browser.').waitFor();
  assert.equal(await sync(page).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Open a team folder' }).count(), 1);
  assert.deepEqual(carol.problems, []);

  // A WebDAV folder chosen here is named as the one in use, and opening a team folder says
  // beforehand that it would replace it. (Nothing serves WebDAV here: its requests fail.)
  await webdav.fill('ggi-data/');
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Use this folder', exact: true }).click(),
  ]);
  await page.getByText('Syncing with the WebDAV folder ggi-data/.', { exact: true }).waitFor();
  assert.equal(await webdav.inputValue(), 'ggi-data/');
  await page.getByText('Opening a team folder stops syncing with the WebDAV folder ggi-data/.').waitFor();
  await page.getByRole('button', { name: 'Open a team folder' }).waitFor();
});
