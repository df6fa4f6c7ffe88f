// Charts read at a glance (issue 15), tried as a user with the sample organisation: the trend
// chart names its lines and the iterations, every point's value is reachable by keyboard and
// pointer, the radar compares with the last closed iteration, goals look the same everywhere,
// and axe finds nothing in the light and dark themes, on a desktop and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, ready } from '../browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const GOALS = ['Usage', 'Trust', 'Culture', 'Engagement', 'Strategy'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function withSample(options = {}) {
  const opened = await env.page(options);
  await opened.page.goto(env.url);
  await opened.page.getByRole('button', { name: 'Load a sample organisation' }).click();
  await opened.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  return opened;
}

/** The sample's closed iterations with their figures, as the table alternative lists them. */
async function trendTable(page) {
  const table = page.getByRole('table', { name: 'Trend, as a table' });
  await table.getByRole('row').nth(1).waitFor();
  const rows = await table.getByRole('row').all();
  const head = await rows[0].getByRole('columnheader').allInnerTexts();
  const body = [];
  for (const row of rows.slice(1)) {
    body.push([await row.getByRole('rowheader').innerText(), ...(await row.getByRole('cell').allInnerTexts())]);
  }
  return { head, body };
}

test('the trend chart names its lines and the iterations, and says each value', async () => {
  const { page, problems } = await withSample();
  await page.getByRole('link', { name: 'Iterations' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Iterations' }).waitFor();

  const legend = page.getByRole('list', { name: 'Legend' });
  assert.deepEqual(await legend.getByRole('listitem').allInnerTexts(), ['Overall', ...GOALS]);

  const { head, body } = await trendTable(page);
  assert.deepEqual(head, ['Iteration', 'Overall', ...GOALS]);
  assert.equal(body.length, 2, 'the sample has two closed iterations');
  const chart = page.getByRole('group', { name: 'Trend across iterations' });
  const axisNames = await chart.locator('text.trend-name').allTextContents();
  assert.deepEqual(axisNames, body.map((r) => r[0]), 'the horizontal axis names each iteration');
  assert.deepEqual(await chart.locator('text.trend-tick').allTextContents(), ['0%', '25%', '50%', '75%', '100%']);

  // Every point has its value as an accessible name, the same as in the table.
  for (const [iteration, ...values] of body) {
    for (const [i, series] of ['Overall', ...GOALS].entries()) {
      await chart.getByRole('img', { name: `${series}, ${iteration}: ${values[i]}`, exact: true }).waitFor();
    }
  }
  // The latest values are written at the end of the lines, named when there is room.
  const ends = await chart.locator('text.trend-end').allTextContents();
  const latest = body[body.length - 1];
  assert.deepEqual(ends, ['Overall', ...GOALS].map((s, i) => `${s} ${latest[i + 1]}`));

  // A keyboard user reaches the points and sees the value of the focused one.
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await page.getByRole('heading', { level: 2, name: 'Trend across iterations' }).click();
  for (let i = 0; i < 40 && !(await focusedName()).startsWith('Overall, '); i++) await page.keyboard.press('Tab');
  assert.equal(await focusedName(), `Overall, ${body[0][0]}: ${body[0][1]}`);
  const tip = page.locator('.trend-point:focus .trend-tip');
  assert.equal(await tip.textContent(), `Overall ${body[0][1]}`);
  assert.equal(await tip.evaluate((e) => getComputedStyle(e).opacity), '1', 'the focused value shows');
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(), `Overall, ${body[1][0]}: ${body[1][1]}`);
  // A pointer user gets it on hover (and the <title> as a tooltip).
  const point = chart.getByRole('img', { name: `Usage, ${body[0][0]}: ${body[0][2]}` });
  await point.locator('.series-mark').hover();
  assert.equal(await point.locator('.trend-tip').evaluate((e) => getComputedStyle(e).opacity), '1');
  assert.equal(await point.locator('title').textContent(), `Usage, ${body[0][0]}: ${body[0][2]}`);
  assert.deepEqual(problems, []);
});

test('goals look the same in every chart, and the radar compares with the last iteration', async () => {
  const { page, problems } = await withSample();
  await page.getByRole('link', { name: 'Iterations' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Iterations' }).waitFor();
  const { body } = await trendTable(page);
  const last = body[body.length - 1];
  await page.getByRole('link', { name: 'Dashboard' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

  // Each goal's colour: the same on its bar, its heat-map row key, its radar marker and trend line.
  const colour = (locator) => locator.evaluate((e) => getComputedStyle(e).getPropertyValue('--goal').trim());
  const byGoal = page.locator('section[aria-labelledby="goals-heading"]');
  const seen = new Set();
  for (const [i, goal] of GOALS.entries()) {
    const slug = goal.toLowerCase();
    const bar = byGoal.locator(`.goal-bar.goal-${slug}`);
    assert.match(await bar.innerText(), new RegExp(goal));
    const c = await colour(bar);
    assert.match(c, /^#[0-9a-f]{6}$/);
    assert.equal(await colour(page.locator(`.heatmap-goal .goal-${slug}`)), c);
    assert.equal(await colour(byGoal.locator(`figure.radar g.goal-${slug}`)), c);
    seen.add(c);
    // The radar writes the goal's percentage at its axis, as the table says.
    const row = page.getByRole('table', { name: 'Progress by goal, as a table' }).getByRole('row').nth(i + 1);
    const pct = await row.getByRole('cell').nth(1).innerText();
    assert.match(await byGoal.locator('figure.radar svg text').nth(i).textContent(), new RegExp(`^${goal}.*${pct}$`));
    // …and the last closed iteration's figure in the table too.
    assert.equal(await row.getByRole('cell').nth(2).innerText(), last[i + 2]);
  }
  assert.equal(seen.size, 5, 'five different colours');
  const legend = byGoal.getByRole('list', { name: 'Legend' });
  assert.deepEqual(await legend.getByRole('listitem').allInnerTexts(), ['Now', `At the close of ${last[0]}`]);

  // The status key sits with the heat-map and names the five statuses.
  const key = page.getByRole('list', { name: 'Status key' });
  assert.deepEqual(await key.getByRole('listitem').allInnerTexts(),
    ['○\nNot selected', '◔\nPlanned', '◑\nIn progress', '●\nDone', '⊘\nNot applicable'].map((s) => s.replace('\n', '')));
  assert.deepEqual(problems, []);
});

test('in French the charts speak French, and print in the light colours', async () => {
  const { page, problems } = await withSample({ colorScheme: 'dark' });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.goto(`${env.url}#/iterations`);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Itérations' }).waitFor();
  // The goals' names are the catalogue's (in its language); the rest is the app's French.
  const legend = page.getByRole('list', { name: 'Légende' });
  const table = page.getByRole('table', { name: 'Tendance, sous forme de tableau' });
  // The catalogue's French text arrives after the page: wait for it, as a reader would.
  await table.getByRole('columnheader', { name: 'Confiance' }).waitFor();
  const goals = (await table.getByRole('columnheader').allInnerTexts()).slice(2);
  assert.equal(goals.length, 5);
  assert.deepEqual(await legend.getByRole('listitem').allInnerTexts(), ['Global', ...goals]);
  const first = await table.getByRole('rowheader').first().innerText();
  const overall = await table.getByRole('row').nth(1).getByRole('cell').first().innerText();
  await page.getByRole('img', { name: `Global, ${first} : ${overall}`, exact: true }).waitFor();
  const ticks = await page.locator('text.trend-tick').allTextContents();
  assert.deepEqual(ticks, ['0\u202f%', '25\u202f%', '50\u202f%', '75\u202f%', '100\u202f%']);
  const usage = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--g-usage').trim());
  assert.equal(await usage(), '#56b4e9', 'the dark theme takes the light shades');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await usage(), '#0072b2', 'paper takes the dark shades, whatever the theme');
  assert.deepEqual(problems, []);
});

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (r.passes.length === 0) return ['axe checked nothing'];
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
  test(`axe finds nothing on the charts' pages (${scheme} theme, ${width} px)`, async () => {
    const { page, problems } = await withSample({ colorScheme: scheme, bypassCSP: true, viewport: { width, height: 800 } });
    const found = [];
    for (const hash of ['#/dashboard', '#/iterations', '#/report']) {
      await page.goto(env.url + hash);
      await ready(page);
      await page.locator('main h1').first().waitFor();
      await page.locator('main svg').first().waitFor();
      for (const v of await violations(page)) found.push(`${hash}: ${v}`);
      // No chart, key or bar reaches past the window (the page's layout is issue 12's).
      const wide = await page.evaluate(() => [...document.querySelectorAll('main figure, main figure svg, .heatmap, .progress, .chart-legend')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((e) => `${e.tagName}.${e.getAttribute('class')}: ${Math.round(e.getBoundingClientRect().right)}`));
      for (const w of wide) found.push(`${hash}: wider than the window: ${w}`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
  });
}
