// Load and interaction medians in Firefox ESR and WebKitGTK, beside the Chromium figures of
// e2e/bench.mjs (scripts/bench prints both): the same moments, timed inside the page the same
// way, against the release build on a local static server. Each run is a new visitor (an origin
// of its own); interactions are timed once the service worker controls the page, as there.
//   node engines/bench.mjs [runs]     GGI_ENGINES=firefox|webkit for one engine
import { serve } from '../server.mjs';
import { User, heading } from './user.mjs';

const runs = Number(process.argv[2] ?? 5);
const engines = (process.env.GGI_ENGINES ?? 'firefox,webkit').split(',').filter(Boolean);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// In the page: from a change of address to the moment the page shows the result.
const openActivity = async () => {
  location.hash = '#/';
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  location.hash = '#/activities/GGI-A-21';
  while (!document.querySelector('main h1')?.textContent.includes('Manage legal compliance')) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
};
const tickPoint = async () => {
  const box = document.querySelector('.checklist input[type=checkbox]');
  const t0 = performance.now();
  box.click();
  while (!document.body.textContent.includes('1 of 9 verification points met')) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
};
const dashboard = async () => {
  location.hash = '#/about';
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  location.hash = '#/dashboard';
  while (!document.querySelector('.radar-value')) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
};
const switchLanguage = async () => {
  const select = document.querySelector('.lang-switch select');
  const t0 = performance.now();
  select.value = 'fr';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  while (document.documentElement.lang !== 'fr' || !document.querySelector('main h1')?.textContent.includes('Tableau de bord')) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
};

const fmt = (all) => {
  const xs = all.filter(Number.isFinite);
  if (xs.length === 0) return 'not recorded by this engine';
  const missing = all.length - xs.length;
  return `${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})${missing ? `, ${missing} run(s) without it` : ''}`;
};

for (const name of engines) {
  const browser = await (await import(`./${name}.mjs`)).launch();
  const t = { fcp: [], mounted: [], openActivity: [], tickPoint: [], dashboard: [], switchLanguage: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const site = await serve();
      const driver = await browser.newPage();
      const user = new User(driver);
      try {
        await user.open(`${site.url}#/about`);
        await user.waitInPage(() => performance.getEntriesByName('ggi-mounted').length > 0);
        const load = await user.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          mounted: performance.getEntriesByName('ggi-mounted')[0].startTime,
        }));
        t.fcp.push(load.fcp ?? NaN);
        t.mounted.push(load.mounted);
        await user.waitInPage(() => navigator.serviceWorker.controller !== null);
        t.openActivity.push(await user.evaluate(openActivity));
        t.tickPoint.push(await user.evaluate(tickPoint));
        t.dashboard.push(await user.evaluate(dashboard));
        t.switchLanguage.push(await user.evaluate(switchLanguage));
        await user.see(heading('Tableau de bord'));
      } finally {
        await driver.close();
        await site.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\n== ${browser.version}: load, cold cache, and interactions, median of ${runs} (local static server)`);
  console.log(`first contentful paint (static shell)   ${fmt(t.fcp)}`);
  console.log(`app mounted and interactive             ${fmt(t.mounted)}`);
  console.log(`open an activity page (first time)      ${fmt(t.openActivity)}`);
  console.log(`tick a verification point               ${fmt(t.tickPoint)}`);
  console.log(`open the dashboard (radar drawn)        ${fmt(t.dashboard)}`);
  console.log(`switch language to French               ${fmt(t.switchLanguage)}`);
}
