// Temporary: screenshots for the closing note (not committed).
import { start, ready } from './browser.mjs';
const env = await start();
const out = '/work/shots';
for (const [w, h, tag] of [[1280, 900, 'desktop'], [360, 740, 'phone']]) {
  const { page, problems } = await env.page({ viewport: { width: w, height: h } });
  await page.goto(env.url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  await page.getByLabel('Organisation name').fill('Ville d’Évry — ' + 'é'.repeat(160));
  await page.screenshot({ path: `${out}/start-counter-${tag}.png` });
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Load a sample organisation' }).click().catch(() => {});
  await page.goto(`${env.url}#/dashboard`); await ready(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/dashboard-${tag}.png`, fullPage: false });
  await page.goto(`${env.url}#/portfolio`); await ready(page); await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/portfolio-${tag}.png`, fullPage: true });
  await page.goto(`${env.url}#/data`); await ready(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
  const doc = JSON.parse(text);
  doc.document.workspaces[0].activities['GGI-A-99'] = { status: 'done', updated_at: '2027-01-01T00:00:00Z' };
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/import-warnings-${tag}.png`, fullPage: true });
  await page.evaluate(() => localStorage.setItem('ggi-journey/state', JSON.stringify({ schema_version: 2, revision: 3 })));
  await page.reload(); await ready(page); await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/readonly-${tag}.png` });
  console.log(tag, problems);
  await page.context().close();
}
// French activity page
{
  const { page } = await env.page({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  await page.goto(`${env.url}#/activities/GGI-A-21`); await ready(page); await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/activity-fr-desktop.png` });
  await page.context().close();
}
await env.close();
