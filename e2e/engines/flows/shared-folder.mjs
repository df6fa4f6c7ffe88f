// Team sync's shared-file engine needs the File System Access API, which Firefox and WebKit do
// not have: there, Settings says so plainly and points to WebDAV or export (issue 24).
import assert from 'node:assert/strict';
import { heading, text, role } from '../user.mjs';

export default {
  async 'no team folder of the computer here: Settings says so and points to WebDAV or export'({ user, site }) {
    await user.open(`${site.url}#/data`);
    await user.see(heading('Your data'));
    await user.see(text('Team folder on this computer'));
    await user.see(text('This browser cannot open a folder of your computer for the app'));
    await user.see(text('Use a WebDAV folder above, or share your work by export and import under “Your data”.'));
    assert.equal(await user.evaluate(() => 'showDirectoryPicker' in window), false);
    await user.seesNoMore(role('button', 'Open a team folder'), 1000);
  },
};
