// A journey done with the keyboard alone. The axe-core checks of every route (three languages,
// two themes, desktop and phone) are in a11y-matrix.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from '../browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

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
