// The static shell (issue 25): index.html carries the guided start as the app draws it
// (scripts/shell.mjs), so a first visitor reads it before the Wasm arrives, and the app takes its
// place without a visible change. A visitor it does not fit (a deep link, saved data) does not
// read it while the Wasm comes.
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

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`a first visit reads the guided start before the Wasm, and the app takes over unchanged (${viewport.width} px)`, async () => {
    const { page, problems } = await env.page({ viewport });
    const release = await holdWasm(page);
    await page.goto(env.url);
    await page.locator(`${SHELL} h1`, { hasText: 'Start your journey' }).waitFor();
    assert.equal(await page.locator(SHELL).getAttribute('data-shell'), 'start');
    assert.ok(await page.getByText('Activities that will be planned').isVisible(), 'the shell shows the guided start');
    const shell = await layout(page);
    assert.ok(shell.length > 50, `the shell has the page's content (${shell.length} elements)`);
    await release();
    await page.locator(`${APP} h1`, { hasText: 'Start your journey' }).waitFor();
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
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

test('the shell is accessible markup, and inert until the app takes over', async () => {
  const { page } = await env.page({ bypassCSP: true });
  await holdWasm(page);
  await page.goto(env.url);
  await page.locator(`${SHELL} h1`).waitFor();
  // Its buttons would do nothing yet: the shell takes no focus or click, and is out of the
  // accessibility tree (inert), which aria-hidden says to every tool too.
  assert.equal(await page.locator(SHELL).getAttribute('inert'), '');
  assert.equal(await page.locator(SHELL).getAttribute('aria-hidden'), 'true');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'nothing in the shell takes the focus');
  // The markup itself, as the app will have it: axe on the shell without `inert` and `aria-hidden`.
  await page.evaluate(() => ['inert', 'aria-hidden'].forEach((a) => document.querySelector('#app').removeAttribute(a)));
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (r.passes.length === 0) return ['axe checked nothing'];
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await page.context().close();
});

test('a deep link, a returning visitor or a German browser does not read the guided start while the Wasm comes', async () => {
  for (const [what, setUp, url, options = {}] of [
    ['a deep link', async () => {}, `${env.url}#/activities/GGI-A-21`],
    ['saved data', (page) => page.addInitScript(() => localStorage.setItem('ggi-journey/state', '{}')), env.url],
    ['a German browser', async () => {}, env.url, { locale: 'de-DE' }],
  ]) {
    const { page } = await env.page(options);
    await holdWasm(page);
    await setUp(page);
    await page.goto(url);
    await page.locator(SHELL).waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('#app').dataset.shell === 'away');
    assert.equal(await page.getByText('Start your journey').isVisible(), false, `${what}: the guided start is hidden`);
    await page.context().close();
  }
});
