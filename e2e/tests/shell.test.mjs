// The static shell (issue 25): index.html carries the guided start as the app draws it
// (scripts/shell.mjs), so a first visitor reads it before the Wasm arrives, and the app takes its
// place without a visible change; a French or German browser reads it in its language. A
// visitor it does not fit (a deep link, saved data) does not read it while the Wasm comes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start } from '../browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHELL = '#app[data-shell]';
const APP = '#app:not([data-shell])';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Holds every Wasm request until `release()`: the page as it is before the app runs. */
async function holdWasm(page) {
  const held = [];
  let released = false;
  await page.route('**/*.wasm', (route) => (released ? route.continue() : held.push(route)));
  return async () => {
    released = true;
    for (const route of held) await route.continue();
  };
}

/** What a visitor sees of #app: each visible element's tag, own text and box, in order. */
function layout(page) {
  return page.evaluate(() => [...document.querySelectorAll('#app *')]
    .filter((el) => el.checkVisibility())
    .map((el) => {
      const r = el.getBoundingClientRect();
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      return `${el.tagName.toLowerCase()} "${text}" ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    }));
}

// The guided start in each language: its title, the button that skips it, the catalogue's title.
const LANGUAGES = {
  'en-GB': ['Start your journey', 'Skip', 'The GGI activity catalogue'],
  'fr-FR': ['Commencer votre démarche', 'Passer', 'Le catalogue d’activités GGI'],
  'de-DE': ['Ihren GGI-Weg beginnen', 'Überspringen', 'Der GGI-Aktivitätskatalog'],
};

for (const [locale, viewport] of [['en-GB', { width: 1280, height: 800 }], ['en-GB', { width: 360, height: 740 }], ['fr-FR', { width: 1280, height: 800 }], ['de-DE', { width: 360, height: 740 }]]) {
  const [title, skip, catalogue] = LANGUAGES[locale];
  test(`a first visit reads the guided start before the Wasm, and the app takes over unchanged (${locale}, ${viewport.width} px)`, async () => {
    const { page, problems } = await env.page({ viewport, locale });
    const release = await holdWasm(page);
    await page.goto(env.url);
    // French and German: the loader fetches the shell in the browser's language.
    await page.locator(`${SHELL} h1`, { hasText: title }).waitFor();
    assert.equal(await page.locator(SHELL).getAttribute('data-shell'), 'start');
    assert.equal(await page.locator('html').getAttribute('lang'), locale.slice(0, 2));
    const shell = await layout(page);
    assert.ok(shell.length > 50, `the shell has the page's content (${shell.length} elements)`);
    await release();
    await page.locator(`${APP} h1`, { hasText: title }).waitFor();
    // Taken the moment the app is there: its first render, not a later one.
    const app = await layout(page);
    assert.deepEqual(app, shell, 'the app draws what the shell showed, in the same places');
    const shifts = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().reduce((n, e) => n + e.value, 0)))
        .observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(0), 500);
    }));
    assert.equal(shifts, 0, 'no layout shift');
    // The app works: the guided start's own buttons now act.
    await page.getByRole('button', { name: skip, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: catalogue }).waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

/** What Chromium's accessibility tree (what a screen reader reads) holds: "role name" lines. */
async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.name?.value).map((n) => `${n.role?.value} ${n.name.value}`);
}

test('the shell reads as the page before the app, its links work and its controls wait', async () => {
  // bypassCSP: axe is injected as an inline script.
  const { page, problems } = await env.page({ bypassCSP: true });
  const release = await holdWasm(page);
  await page.goto(env.url);
  await page.locator(`${SHELL} h1`).waitFor();
  // A screen reader has the page: its heading, text and links are in the accessibility tree.
  const tree = await accessibilityTree(page);
  for (const node of ['heading Start your journey', 'link Dashboard', 'group Which goals do you start with?']) {
    assert.ok(tree.includes(node), `"${node}" is read out: ${JSON.stringify(tree)}`);
  }
  assert.ok(tree.some((n) => n.includes('A few questions to plan a sensible first set of activities')), 'the lead paragraph is read out');
  // Its controls would do nothing yet: out of the tree, of the keyboard and of the mouse.
  for (const node of ['button Plan these activities', 'checkbox Developer', 'textbox Organisation name', 'link Skip to content']) {
    assert.ok(!tree.includes(node), `"${node}" waits for the app`);
  }
  const focused = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    focused.push(await page.evaluate(() => `${document.activeElement.tagName.toLowerCase()} ${document.activeElement.textContent.trim()}`));
  }
  assert.ok(focused.includes('a Dashboard'), `the links take the focus: ${focused}`);
  assert.deepEqual(focused.filter((f) => !f.startsWith('a ') && !f.startsWith('body')), [], 'only links take the focus');
  assert.ok(!focused.includes('a Skip to content'));
  const box = await page.locator(SHELL).getByText('Developer').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  assert.equal(await page.locator(`${SHELL} input[type=checkbox]`).first().isChecked(), false, 'a click on a label does nothing');
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (r.passes.length === 0) return ['axe checked nothing'];
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  // A link followed before the app is there: the app opens the page it names.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await release();
  await page.locator(`${APP} h1`, { hasText: 'Dashboard' }).waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a deep link or a returning visitor does not read the guided start while the Wasm comes', async () => {
  for (const [what, setUp, url, options = {}] of [
    ['a deep link', async () => {}, `${env.url}#/activities/GGI-A-21`],
    ['saved data', (page) => page.addInitScript(() => localStorage.setItem('ggi-journey/state', '{}')), env.url],
    ['saved data, in a German browser', (page) => page.addInitScript(() => localStorage.setItem('ggi-journey/state', '{}')), env.url, { locale: 'de-DE' }],
  ]) {
    const { page } = await env.page(options);
    await holdWasm(page);
    await setUp(page);
    await page.goto(url);
    await page.locator(SHELL).waitFor({ state: 'attached' });
    await page.waitForFunction(() => ['away', 'wait'].includes(document.querySelector('#app').dataset.shell));
    assert.equal(await page.getByText('Start your journey').isVisible(), false, `${what}: the guided start is hidden`);
    assert.equal(await page.getByText('Ihren GGI-Weg beginnen').isVisible(), false, `${what}: no German guided start either`);
    await page.context().close();
  }
});

test('a returning visitor reads the header in the language the app showed last, not a blank page, while the Wasm comes', async () => {
  // An English browser; the visitor chose German. No worker: the Wasm is held on its way.
  const { page, problems } = await env.page({ locale: 'en-GB', serviceWorkers: 'block' });
  await page.goto(`${env.url}#/`);
  await page.locator(`${APP} h1`, { hasText: 'The GGI activity catalogue' }).waitFor();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.locator(`${APP} h1`, { hasText: 'Der GGI-Aktivitätskatalog' }).waitFor();
  const release = await holdWasm(page);
  await page.reload();
  await page.locator('#app[data-shell=away]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Katalog' }).waitFor();
  assert.equal(await page.getByText('Catalogue', { exact: true }).count(), 0, 'nothing of the English shell shows');
  // Its page is not the one the visitor asked for: hidden until the app's is there.
  assert.equal(await page.getByText('Ihren GGI-Weg beginnen').isVisible(), false);
  await release();
  await page.locator(`${APP} h1`, { hasText: 'Der GGI-Aktivitätskatalog' }).waitFor();
  await page.locator(APP).getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Katalog' }).waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a French browser whose shell cannot be fetched keeps it hidden, and the app comes in French', async () => {
  const { page, problems } = await env.page({ locale: 'fr-FR' });
  await page.route('**/shell-fr-*.html', (route) => route.abort());
  await page.goto(env.url);
  await page.locator(`${APP} h1`, { hasText: 'Commencer votre démarche' }).waitFor();
  // The aborted request is the only problem.
  assert.deepEqual(problems.filter((p) => p !== 'console error: Failed to load resource: net::ERR_FAILED'), []);
  await page.context().close();
});
