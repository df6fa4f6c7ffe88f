// Team sync through a WebDAV folder (issue 24) in every engine: Apache with mod_dav serving the
// app and the folder at one origin (dav.mjs). An edit here reaches the folder's file; a
// colleague's conditional PUT shows here within the poll interval; the same field changed on
// both sides is listed with both values and either can be kept.
import assert from 'node:assert/strict';
import { role, heading, label, text, within } from '../user.mjs';
import { davSite } from '../dav.mjs';

// The engine asks the folder every 10 s (ggi_core::sync::POLL_MS).
const POLL_MS = 10_000;
const syncGroup = role('group', 'Team sync');
const owner = (user) => user.see(label('Owner')).then((field) => user.evaluate((el) => el.value, field));
const ownerInFolder = (dav, id) => dav.file().then((f) => f?.document.workspaces[0].activities[id]?.owner);

/** Types `value` as the owner of the activity shown, and waits until the folder's file has it. */
async function setOwner(user, dav, id, value) {
  await user.fill(label('Owner'), value);
  await user.until(async () => (await ownerInFolder(dav, id)) === value, 30_000,
    `${id}'s owner "${value}" never reached the folder (it holds "${await ownerInFolder(dav, id).catch(() => '?')}")`);
  await user.see(within(syncGroup, text(/^Synced at \d\d:\d\d$/)));
}

/** A flow with a team folder of its own; the folder goes when the flow ends. */
const withFolder = (flow) => async (context) => {
  const dav = await davSite();
  try {
    await flow({ ...context, dav });
  } finally {
    await dav.close();
  }
};

export default {
  'team sync (WebDAV): an edit here reaches the folder, and a colleague\'s change there shows here within the poll interval': withFolder(async ({ user, dav, engine }) => {
    await user.open(`${dav.url}#/activities/GGI-A-24`);
    await user.see(heading(/GGI-A-24/));
    await setOwner(user, dav, 'GGI-A-24', 'Legal team');
    assert.equal((await dav.files()).length, 1, 'one workspace file');

    await dav.put((file) => { file.document.workspaces[0].activities['GGI-A-24'].owner = 'Legal and HR'; });
    const written = Date.now();
    // No reload and no "Sync now": the next poll brings it.
    await user.until(async () => (await owner(user)) === 'Legal and HR', POLL_MS + 3_000,
      `the colleague's change did not show within ${POLL_MS + 3_000} ms`);
    console.log(`# ${engine}: a colleague's change showed ${Date.now() - written} ms after it was written`);
    await user.see(within(syncGroup, text(/^Last change from A colleague: \d\d:\d\d$/)));
    // Taking it in wrote nothing back over it.
    assert.equal(await ownerInFolder(dav, 'GGI-A-24'), 'Legal and HR');
  }),

  'team sync (WebDAV): the same field changed here and in the folder at once shows both values, and either can be kept': withFolder(async ({ user, dav }) => {
    await user.open(`${dav.url}#/activities/GGI-A-26`);
    await user.see(heading(/GGI-A-26/));
    await setOwner(user, dav, 'GGI-A-26', 'Open source office');

    // Cut off, this browser changes the owner while a colleague writes another one to the file.
    dav.setOffline(true);
    await user.fill(label('Owner'), 'Developers');
    await user.see(within(syncGroup, text(/^Offline · 1 change waiting$/)));
    await dav.put((file) => { file.document.workspaces[0].activities['GGI-A-26'].owner = 'Security office'; });
    dav.setOffline(false);
    await user.click(within(syncGroup, role('button', 'Sync now')));

    await user.click(within(syncGroup, role('button', 'Changed by someone else at the same time')));
    const review = role('region', 'Changed by someone else at the same time');
    const item = await user.see(within(review, text('activities.GGI-A-26.owner')));
    const said = await user.evaluate((el) => el.closest('li').innerText, item);
    const [, kept, other] = said.match(/Kept: (.*)\. The other value: (.*)\./) ?? [];
    assert.deepEqual([kept, other].sort(), ['Developers', 'Security office'], said);
    assert.equal(await owner(user), kept);

    // The value not kept is one click away, and, picked, it goes to the folder like any change.
    await user.click(within(review, role('button', other === 'Developers' ? 'Keep the version from this browser' : 'Keep the other version')));
    await user.seesNoMore(review);
    assert.equal(await owner(user), other);
    await user.until(async () => (await ownerInFolder(dav, 'GGI-A-26')) === other, 30_000, `"${other}" never reached the folder`);
  }),
};
