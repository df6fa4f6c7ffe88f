// WCAG 2.1 A/AA checks with axe-core on every route, in the light and the dark theme, and a
// journey done with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, ready } from '../browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ROUTES = [
  ['start (wizard)', '#/start'],
  ['catalogue', '#/'],
  ['activity', '#/activities/GGI-A-21'],
  ['dashboard', '#/dashboard'],
  ['iterations', '#/iterations'],
  ['report', '#/report'],
  ['portfolio', '#/portfolio'],
  ['data and settings', '#/data'],
  ['workspaces', '#/workspaces'],
  ['about', '#/about'],
];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (r.passes.length === 0) return ["axe checked nothing"];
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.1 A/AA violation on any route (${scheme} theme)`, async () => {
    // bypassCSP lets the test inject axe-core; the app itself runs under its own CSP elsewhere.
    const { page, problems } = await env.page({ colorScheme: scheme, bypassCSP: true });
    await page.goto(env.url);
    await page.getByRole('button', { name: 'Load a sample organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const found = [];
    for (const [name, hash] of ROUTES) {
      await page.goto(env.url + hash);
      await ready(page);
      await page.locator('main h1').first().waitFor();
      for (const v of await violations(page)) found.push(`${name}: ${v}`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
  });
}

test('keyboard only: open an activity, set its status, tick a point, export', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/about`);
  await ready(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName} ${el?.getAttribute('aria-label') ?? ''} ${el?.textContent?.trim().slice(0, 60) ?? ''}`;
  });
  async function tabTo(pattern, limit = 150) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (pattern.test(await focused())) return;
    }
    throw new Error(`never reached ${pattern}`);
  }
  // The skip link comes first and moves focus to the main content.
  await page.keyboard.press('Tab');
  assert.match(await focused(), /Skip to content/);
  await tabTo(/^A .*Catalogue/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  await tabTo(/GGI-A-23/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Manage software dependencies/ }).waitFor();
  await tabTo(/^SELECT/);
  // Chromium opens no popup for a focused <select> in headless mode: arrow keys change it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.getByText('In progress').first().waitFor();
  await tabTo(/^INPUT/);
  while (!(await page.evaluate(() => document.activeElement?.type === 'checkbox'))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.getByText('1 of 4 verification points met').waitFor();
  // Export from the data page.
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 60 && !/Your data/.test(await focused()); i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  await tabTo(/Export everything/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  assert.match(file.suggestedFilename(), /^ggi-journey-.*\.json$/);
  assert.deepEqual(problems, []);
});
