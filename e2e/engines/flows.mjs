// The cross-engine flows, written once for every engine: a user's journeys through the release
// build, acting by roles, labels and visible text (user.mjs). Each flow gets a fresh origin
// (`site`: url, extra, requests, setOffline; see server.mjs) and a User on its own page.
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { User, role, heading, label, text, within } from './user.mjs';

const KEY = 'ggi-journey/state';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const stored = (user) => user.evaluate((k) => localStorage.getItem(k), KEY);
const wasmAsked = (site) => site.requests.map((p) => p.split('/').pop()).filter((n) => n.endsWith('.wasm'))
  .map((n) => n.replace(/-[0-9a-f]+(_bg)?\.wasm$/, ''));

/** Writes `contents` to a file of a fresh temporary folder, for a file input. */
async function tempFile(name, contents) {
  const path = join(await mkdtemp(join(tmpdir(), 'ggi-engines-')), name);
  await writeFile(path, contents);
  return path;
}

/** Ticks the first verification point of an activity and waits until it is stored. */
async function tick(user, site, activity) {
  await user.open(`${site.url}#/activities/${activity}`);
  await user.see(heading(new RegExp(activity)));
  await user.click(role('checkbox'));
  await user.waitInPage((k, a) => {
    const doc = JSON.parse(localStorage.getItem(k) ?? '{}');
    return Object.values(doc.workspaces?.[0]?.activities?.[a]?.verification ?? {}).some((c) => c.met);
  }, KEY, activity);
}

/**
 * What the export button hands the browser: the app downloads a Blob through an <a download>
 * it clicks. The page keeps each Blob it makes an address for (the app's CSP allows no fetch of
 * a blob: address), and the download goes on as usual.
 */
async function exportAll(user) {
  await user.evaluate(() => {
    if (window.__downloads) return;
    window.__downloads = [];
    const blobs = new Map();
    const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => { const url = make.call(URL, blob); blobs.set(url, blob); return url; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      if (this.download && blob) window.__downloads.push(blob.text().then((t) => ({ name: this.download, text: t })));
      return click.call(this);
    };
  });
  await user.click(role('button', 'Export everything (JSON)'));
  await user.waitInPage(() => window.__downloads.length > 0);
  return user.evaluate(() => window.__downloads.at(-1));
}

async function loadSample(user, site) {
  await user.open(site.url);
  // On a first visit the guided start's sample section is drawn anew a moment after it shows
  // (WebKit's driver then finds its button gone, or clicks one that no longer counts): the
  // user clicks once it stays.
  await user.settled(role('button', 'Load a sample organisation'));
  await user.click(role('button', 'Load a sample organisation'));
  await user.see(heading('Dashboard'));
}

async function axe(user) {
  const source = await readFile(AXE, 'utf8');
  // Run as the driver's own script: the app's Content-Security-Policy allows neither an inline
  // <script> nor eval.
  if (!(await user.evaluate(() => Boolean(window.axe)))) await user.driver.run(source);
  return user.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (r.passes.length === 0) return ['axe checked nothing'];
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

const sidewaysScroll = (user) => user.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const scroll = document.documentElement.scrollWidth;
  return scroll <= width ? null : `scrollWidth ${scroll} > ${width}`;
});

/**
 * Opens the app, then holds the page's animation frames (as a busy engine delays them) and goes
 * to `hash`; releaseFrames lets them run.
 */
async function holdFramesAndGo(user, site, hash) {
  await user.open(`${site.url}#/about`);
  await user.see(role('navigation', 'Main'));
  await user.evaluate((to) => {
    const frame = window.requestAnimationFrame;
    const held = [];
    window.requestAnimationFrame = (callback) => held.push(callback);
    window.__releaseFrames = () => {
      window.requestAnimationFrame = frame;
      for (const callback of held.splice(0)) frame.call(window, callback);
    };
    location.hash = to;
  }, hash);
}

const releaseFrames = (user) =>
  user.evaluate(() => new Promise((done) => { window.__releaseFrames(); requestAnimationFrame(() => requestAnimationFrame(done)); }));

export const FLOWS = {
  ...(await import('./shared-folder.mjs')).SHARED_FOLDER_FLOWS,
  async 'first visit: the guided start plans activities and lands on the dashboard'({ user, site }) {
    await user.open(site.url);
    await user.see(heading('Start your journey'));
    await user.fill(label('Organisation name'), 'City of Testville');
    await user.click(label('Public administration'));
    await user.click(label('Small (under 50 people)'));
    await user.click(label('Decision Maker'));
    await user.click(label(/^Strategy/));
    await user.see(text('GGI-A-43 Open source procurement policy (suited to your kind of organisation)'));
    await user.click(role('button', 'Plan these activities'));
    await user.see(heading('Dashboard'));
    await user.see(text('Workspace: City of Testville'));
    await user.see(text('6 of 25 activities in scope, 0 done'));
  },

  async 'a field typed into as soon as its page shows keeps the focus, however late the next frame'({ user, site }) {
    // After a navigation the app moves the focus to the new page's heading, in the next frame.
    // In WebKit under load that frame came 140 ms after the page showed, while the user was
    // already typing the organisation's name: the focus jumped to the heading and the rest of
    // the name was lost. Here the page's frames are held until the name is typed.
    await holdFramesAndGo(user, site, '#/start');
    await user.see(heading('Start your journey'));
    await user.fill(label('Organisation name'), 'City of Testville');
    await releaseFrames(user);
    assert.equal(await user.evaluate(() => document.activeElement?.closest('label')?.textContent.trim().startsWith('Organisation name') ?? false), true,
      `the focus moved to ${await user.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
    await user.fill(label('Organisation name'), 'City of Testville, council');
  },

  async 'a page scrolled as soon as it shows stays where the user scrolled, however late the next frame'({ user, site }) {
    // The same late frame also scrolled the page back to the top, under a click that WebKit's
    // driver had aimed at a button further down: the click missed ("Load a sample organisation").
    await holdFramesAndGo(user, site, '#/start');
    await user.see(heading('Start your journey'));
    const button = await user.see(role('button', 'Load a sample organisation'));
    const scrolled = await user.evaluate((el) => { el.scrollIntoView({ block: 'center' }); return Math.round(scrollY); }, button);
    assert.ok(scrolled > 0, 'the window is too tall for the test: nothing to scroll');
    await releaseFrames(user);
    assert.equal(await user.evaluate(() => Math.round(scrollY)), scrolled, 'the page jumped');
    await user.click(role('button', 'Load a sample organisation'));
    await user.see(heading('Dashboard'));
  },

  async 'catalogue: 25 activities a click away; a deep link survives a reload'({ user, site }) {
    await user.open(site.url);
    await user.click(role('button', 'Skip'));
    await user.see(heading('The GGI activity catalogue'));
    const goals = await user.evaluate(() => [...document.querySelectorAll('main h2')].slice(0, 5).map((h) => h.textContent.trim()));
    assert.deepEqual(goals, ['Usage goal', 'Trust goal', 'Culture goal', 'Engagement goal', 'Strategy goal']);
    assert.equal(await user.evaluate(() => document.querySelectorAll('a.activity-link').length), 25);
    await user.click(role('link', /GGI-A-21/));
    await user.see(heading(/Manage legal compliance/));
    assert.match(await user.evaluate(() => location.hash), /^#\/activities\/GGI-A-21$/);

    await user.open(`${site.url}#/activities/GGI-A-39`);
    await user.see(heading(/Upstream first/));
    await user.reload();
    await user.see(heading(/Upstream first/));
    assert.equal(await user.evaluate(() => document.querySelectorAll('.checklist-item').length), 2);
  },

  async 'a split page: its own Wasm chunk is fetched when it is first opened, and it works'({ user, site }) {
    await user.open(`${site.url}#/about`);
    await user.see(role('navigation', 'Main'));
    assert.ok(!wasmAsked(site).includes('split_dashboard'), `fetched before it was wanted: ${wasmAsked(site)}`);
    await user.click(within(role('navigation', 'Main'), role('link', 'Dashboard')));
    await user.see(heading('Dashboard'));
    await user.see(within(role('region', 'Overall progress'), text(/^0\s?% \(0\/0\)$/)));
    assert.ok(wasmAsked(site).includes('split_dashboard'), `the dashboard's chunk was never fetched: ${wasmAsked(site)}`);
    assert.ok(wasmAsked(site).includes('shared_pages'), `${wasmAsked(site)}`);
  },

  async 'a tick is saved and still there after a reload'({ user, site }) {
    await tick(user, site, 'GGI-A-24');
    await user.see(text('1 of 3 verification points met'));
    await user.reload();
    await user.see(text('1 of 3 verification points met'));
    assert.equal(await user.evaluate(() => document.querySelector('input[type=checkbox]').checked), true);
  },

  async 'a target date typed into the date field is saved and shown after a reload'({ user, site }) {
    await user.open(`${site.url}#/activities/GGI-A-24`);
    await user.see(heading(/GGI-A-24/));
    await user.date(label('Target date'), '2027-03-31');
    await user.waitInPage((k) => (localStorage.getItem(k) ?? '').includes('"target_date":"2027-03-31"'), KEY);
    await user.reload();
    const field = await user.see(label('Target date'));
    assert.equal(await user.evaluate((el) => el.value, field), '2027-03-31');
  },

  async 'two tabs of the app: a change in one shows in the other (storage events)'({ user, site, driver }) {
    await user.open(`${site.url}#/activities/GGI-A-24`);
    await user.see(text('0 of 3 verification points met'));
    const other = new User(await driver.secondTab());
    try {
      await other.open(`${site.url}#/activities/GGI-A-24`);
      await other.see(text('0 of 3 verification points met'));
      await other.click(role('checkbox'));
      await other.see(text('1 of 3 verification points met'));
      await user.see(text('1 of 3 verification points met'));
      await user.click(role('checkbox', undefined, { nth: 1 }));
      await user.see(text('2 of 3 verification points met'));
      await other.see(text('2 of 3 verification points met'));
      assert.equal(await other.sees(role('alert')), false, 'no conflict is reported for changes taken in turn');
    } finally {
      await other.driver.close();
    }
  },

  async 'WebKit\'s seven-day rule is explained in WebKit, with its remedies, and never in Firefox'({ user, site, engine }) {
    // Issue 29: WebKit erases a site's storage after seven days of use without a visit, unless
    // the app is installed; the data page says so there, and only there.
    await tick(user, site, 'GGI-A-24');
    await user.open(`${site.url}#/data`);
    await user.see(heading('Keeping your data', 2));
    const rule = text('This browser may delete your data after 7 days without a visit');
    if (engine === 'webkit') {
      await user.see(rule);
      await user.see(text(/^Add GGI Journey to your Home Screen/));
      await user.see(text(/^Or export after each session/));
    } else {
      await user.see(text(/^Last export: none yet/));
      assert.equal(await user.sees(rule), false, 'the WebKit rule told outside WebKit');
    }
  },

  async 'export, then import the file back into an emptied browser: the same data returns'({ user, site }) {
    await tick(user, site, 'GGI-A-21');
    await user.fill(label(/^Evidence/), 'Legal review minutes, March');
    await user.waitInPage((k) => (localStorage.getItem(k) ?? '').includes('Legal review minutes, March'), KEY);
    await user.open(`${site.url}#/data`);
    await user.see(heading('Your data'));
    const exported = await exportAll(user);
    assert.match(exported.name, /^ggi-journey-all-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(JSON.parse(exported.text).format, 'ggi-journey-export');

    await user.evaluate(() => localStorage.clear());
    await user.reload();
    await user.see(heading('Your data'));
    assert.equal(await stored(user), null);
    await user.upload(label('Choose a file to import', { hidden: true }), await tempFile(exported.name, exported.text));
    await user.see(role('heading', `What ${exported.name} contains`));
    await user.see(text(/GGI-A-21 Manage legal compliance: In progress, 1 of 9 verification points met/));
    await user.click(role('button', 'Replace my data with the file'));
    await user.see(text(new RegExp(`${exported.name.replace(/\./g, '\\.')} imported: your data was replaced\\.`)));
    await user.reload();
    await user.open(`${site.url}#/activities/GGI-A-21`);
    await user.see(heading(/GGI-A-21/));
    assert.equal(await user.evaluate(() => document.querySelector('input[type=checkbox]').checked), true);
    await user.until(() => user.evaluate(() => [...document.querySelectorAll('textarea, input')].some((e) => e.value === 'Legal review minutes, March')));
  },

  async 'the dashboard draws its charts for the sample organisation'({ user, site }) {
    await loadSample(user, site);
    await user.see(role('table', 'Progress by goal, as a table'));
    const radar = await user.see(role('img', 'Progress by goal (radar chart)'));
    const box = await user.evaluate((el) => { const r = el.getBoundingClientRect(); return [r.width, r.height, el.querySelectorAll('polygon, path, circle').length]; }, radar);
    assert.ok(box[0] > 100 && box[1] > 100 && box[2] > 0, `radar drawn ${box}`);
    await user.see(within(role('region', 'Overdue objectives'), text('Train buyers on open source licence clauses')));
    await user.click(within(role('navigation', 'Main'), role('link', 'Iterations')));
    await user.see(role('table', 'Trend, as a table'));
    assert.equal(await user.evaluate(() => document.querySelectorAll('table tbody tr').length > 0), true);
  },

  async 'switching to French changes the text and persists across a reload'({ user, site }) {
    await user.open(`${site.url}#/about`);
    await user.see(role('navigation', 'Main'));
    await user.select(role('combobox', 'Language'), 'fr');
    await user.see(heading('À propos de GGI Journey'));
    assert.equal(await user.evaluate(() => document.documentElement.lang), 'fr');
    await user.see(role('link', 'Tableau de bord'));
    await user.open(`${site.url}#/`);
    await user.reload();
    await user.see(heading('Le catalogue d’activités GGI'));
  },

  async 'offline after the first visit: the service worker opens the app, navigates and saves'({ user, site }) {
    // A first visit that changes something (the durability code comes with the first change).
    await tick(user, site, 'GGI-A-24');
    await user.waitInPage(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    // What the first visit fetched before the worker took over, the worker keeps on taking over.
    const loaded = () => wasmAsked(site).filter((n) => /^(split|shared)_/.test(n));
    await user.until(() => user.evaluate(async (names) => {
      const kept = new Set();
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) kept.add(new URL(request.url).pathname.split('/').pop().replace(/-[0-9a-f]+\.wasm$/, ''));
      }
      return names.every((n) => kept.has(n));
    }, loaded()), 30_000, `the service worker does not keep ${loaded()}`);

    site.setOffline(true);
    const before = site.requests.length;
    await user.reload();
    await user.see(heading(/GGI-A-24/));
    await user.see(text('1 of 3 verification points met'));
    await user.click(role('checkbox', undefined, { nth: 1 }));
    await user.see(text('2 of 3 verification points met'));
    await user.waitInPage((k) => (localStorage.getItem(k) ?? '').split('"met":true').length === 3, KEY);
    await user.click(within(role('navigation', 'Main'), role('link', 'Catalogue')));
    await user.see(heading('The GGI activity catalogue'));
    await user.reload();
    await user.see(heading('The GGI activity catalogue'));
    assert.deepEqual(site.requests.slice(before), [], 'nothing reached the server while offline');
    site.setOffline(false);
  },

  async 'a hostile import (a javascript: link) is refused with its place, and nothing changes'({ user, site }) {
    await tick(user, site, 'GGI-A-24');
    const before = await stored(user);
    await user.open(`${site.url}#/data`);
    await user.see(heading('Your data'));
    const file = JSON.parse((await exportAll(user)).text);
    file.document.workspaces[0].custom_activities.push({
      id: 'ORG-9', title: 'Our hostile activity', goal: 'usage', roles: ['developer'],
      handbook_url: 'javascript:window.__pwned=1', summary: '', description: 'Ours.', opportunity: 'Ours too.',
      verification_points: [{ id: 'p1', text: 'Done.' }], tools: [], recommendations: [], resources: [], next: [],
    });
    await user.upload(label('Choose a file to import', { hidden: true }), await tempFile('hostile.json', JSON.stringify(file)));
    const refusal = await user.see(text('hostile.json was not imported. Nothing has changed.'));
    const why = await user.evaluate((el) => el.closest('.import-error')?.innerText ?? el.parentElement.innerText, refusal);
    assert.match(why, /custom_activities\[0\]\.handbook_url: "javascript:window\.__pwned=1" is not a web or e-mail address/);
    assert.equal(await stored(user), before);
    assert.equal(await user.evaluate(() => document.querySelectorAll('a[href^="javascript:" i]').length), 0);
    assert.equal(await user.evaluate(() => window.__pwned ?? null), null);
  },

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
