// A phone's screen and axe-core's WCAG checks.
import assert from 'node:assert/strict';
import { role, heading, within } from '../user.mjs';
import { loadSample, axe, sidewaysScroll } from '../steps.mjs';

export default {
  async 'a 360 px phone: short header, nothing scrolls sideways, the menu opens and navigates'({ user, site, driver }) {
    await driver.setViewport(360, 740, `${site.url}frame.html`);
    await loadSample(user, site);
    assert.equal(await user.evaluate(() => innerWidth), 360);
    for (const [hash, name] of [['#/', 'The GGI activity catalogue'], ['#/activities/GGI-A-21', /GGI-A-21/], ['#/dashboard', 'Dashboard'], ['#/data', 'Your data']]) {
      await user.open(site.url + hash);
      await user.see(heading(name));
      await user.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const header = await user.evaluate(() => document.querySelector('header.site-header').getBoundingClientRect().height);
      assert.ok(header <= 120, `${hash}: header ${header} px tall`);
      assert.equal(await sidewaysScroll(user), null, hash);
      assert.equal(await user.sees(role('navigation', 'Main')), false, `${hash}: navigation shown before the menu is opened`);
    }
    await user.click(role('button', 'Menu'));
    await user.click(within(role('navigation', 'Main'), role('link', 'Report')));
    await user.see(heading('Progress report'));
    await user.seesNoMore(role('navigation', 'Main'));
    assert.equal(await user.evaluate(() => document.querySelector('[aria-controls="site-menu"]').getAttribute('aria-expanded')), 'false');
  },

  async 'axe finds no WCAG 2.1 A/AA violation on home and on an activity'({ user, site }) {
    await loadSample(user, site);
    await user.open(`${site.url}#/`);
    await user.see(heading('The GGI activity catalogue'));
    assert.deepEqual(await axe(user), [], 'home');
    await user.open(`${site.url}#/activities/GGI-A-21`);
    await user.see(heading(/GGI-A-21/));
    assert.deepEqual(await axe(user), [], 'activity');
  },
};
