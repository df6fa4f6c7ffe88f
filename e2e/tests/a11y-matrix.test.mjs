// WCAG 2.1 A/AA checks with axe-core on every route (e2e/routes.mjs), with the sample
// organisation loaded, in English, French and German, in the light and the dark theme, on a
// desktop (1280 × 800) and a phone (360 × 740): 0 violations. On a phone the open menu is
// checked too, and every route is also checked for sideways scrolling in every language.
// One page per size and theme is reused for the three languages (axe is injected once per page:
// the app changes pages without reloading), which keeps the whole matrix to a few seconds per
// combination.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start } from '../browser.mjs';
import { ROUTES } from '../routes.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };
const LANGS = ['en', 'fr', 'de'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function violations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (r.passes.length === 0) return ['axe checked nothing'];
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** Goes to a route and waits until its own heading replaced the previous page's. */
async function visit(page, hash) {
  const before = await page.locator('main h1').first().textContent().catch(() => null);
  await page.goto(env.url + hash);
  await page.waitForFunction((old) => {
    const h1 = document.querySelector('main h1');
    return h1 && h1.textContent !== old;
  }, before);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The menu button (phone only): present when the navigation is folded away. */
async function menu(page) {
  const button = page.locator('button[aria-controls="site-menu"]');
  return (await button.isVisible()) ? button : null;
}

/** Chooses a language as a user does: the switch is in the header, or in the menu on a phone. */
async function chooseLanguage(page, lang) {
  const button = await menu(page);
  if (button) await button.click();
  await page.locator('.lang-switch select').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  if (button) await page.keyboard.press('Escape');
}

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: no WCAG 2.1 A/AA violation on any route, EN/FR/DE, ${scheme} theme, ${sizeName} ${viewport.width} × ${viewport.height}`, async () => {
      const started = Date.now();
      // bypassCSP lets the test inject axe-core; the app itself runs under its own CSP elsewhere.
      const { page, problems } = await env.page({ viewport, colorScheme: scheme, bypassCSP: true });
      await page.goto(env.url);
      await page.getByRole('button', { name: 'Load a sample organisation' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const found = [];
      let checks = 0;
      for (const lang of LANGS) {
        await chooseLanguage(page, lang);
        for (const [hash] of ROUTES) {
          await visit(page, hash);
          for (const v of await violations(page)) found.push(`${lang} ${hash}: ${v}`);
          checks++;
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (wide > 0) found.push(`${lang} ${hash}: the page scrolls ${wide} px sideways`);
        }
        const button = await menu(page);
        if (button) {
          await visit(page, '#/dashboard');
          await button.click();
          await page.locator('#site-menu nav').waitFor();
          for (const v of await violations(page)) found.push(`${lang} menu open: ${v}`);
          checks++;
          await page.keyboard.press('Escape');
        }
      }
      assert.deepEqual(found, []);
      assert.deepEqual(problems, []);
      console.log(`# ${sizeName} ${scheme}: ${checks} axe runs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  }
}
