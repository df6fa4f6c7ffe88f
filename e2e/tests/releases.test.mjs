// Releases and offline (issue 22), with two real releases: N is DIST (dist/), N+1 is NEXT
// (dist-next/, built by scripts/test with another release name: every Wasm file renamed). A host
// is updated by replacing its folder's content, old files removed, as an upload with deletion
// does. Proven here: a transient 404 or web page answered for a chunk or a translation recovers
// once the file is back; after N → N+1 an offline start opens every page; a tab of N open across
// the update reaches N+1 without losing an unsaved change; a deployment's catalogue and its
// translation, updated together, are used together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { start, ready, controlled, keepsEveryPage, until } from '../browser.mjs';
import { DIST, NEXT } from '../server.mjs';
import { ROUTES } from '../routes.mjs';

const LOGIN = '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>';
const BROKEN = {
  '404': { status: 404, body: 'not found', type: 'text/plain' },
  'a login page': { status: 200, body: LOGIN, type: 'text/html; charset=utf-8' },
};
const UNAVAILABLE = 'This page could not be opened';
const NEW_RELEASE = 'A new version of GGI Journey is available';
// What the browser logs for the answers broken on purpose here.
const EXPECTED = /Failed to load resource|\.wasm: 404|ERR_INTERNET_DISCONNECTED|net::ERR_FAILED|Failed to fetch|WebAssembly|CompileError|magic word|MIME type/;

const version = async (dir) => (await readFile(join(dir, 'sw.js'), 'utf8')).match(/^const VERSION = '([^']*)';$/m)?.[1];
const file = async (dir, pattern) => (await readdir(dir)).find((name) => pattern.test(name));
const fixture = (name) => readFile(resolve(import.meta.dirname, '..', '..', 'core', 'tests', 'fixtures', name), 'utf8');

/** Fails, with how to build it, when release N+1 is missing or is the same build as N. */
async function twoReleases() {
  assert.ok(existsSync(join(NEXT, 'sw.js')),
    `release N+1 is missing at ${NEXT}: build it with \`GGI_JOURNEY_RELEASE=0.1.0+next scripts/build --dist ${NEXT}\` (scripts/test does), or set GGI_DIST_NEXT`);
  const [n, next] = [await version(DIST), await version(NEXT)];
  assert.ok(n && next && n !== next, `N (${DIST}, ${n}) and N+1 (${NEXT}, ${next}) are not two builds`);
  return { n, next };
}

/** A host's folder, served under /tools/ggi/, holding release N; `deploy(release)` replaces it. */
async function host(t, options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'ggi-release-'));
  const deploy = async (release) => {
    for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true });
    await cp(release, dir, { recursive: true });
  };
  await deploy(DIST);
  const env = await start({ prefix: '/tools/ggi/', root: dir, ...options });
  t.after(async () => { await env.close(); await rm(dir, { recursive: true, force: true }); });
  return { env, deploy };
}

/** A first visit, until the worker controls the page. */
async function visit(env, hash = '#/', options = {}) {
  const session = await env.page(options);
  session.page.setDefaultTimeout(20_000);
  await session.page.goto(`${env.url}${hash}`);
  await ready(session.page);
  await controlled(session.page);
  return session;
}

/** Waits until the registration holds a worker of another build, installed and waiting. */
async function waiting(page) {
  await until(page, async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed', null, 60_000);
}

/** Waits a while for requests of each of `names` after the `asked`th; fails if one never comes. */
async function reachesServer(page, env, asked, names) {
  const missing = () => names.filter((name) => !env.requests.slice(asked).some((path) => path.endsWith(`/${name}`)));
  for (let i = 0; i < 50 && missing().length > 0; i++) await page.waitForTimeout(100);
  assert.deepEqual(missing(), [], 'never asked of the server again: the failed answer was used again');
}

/**
 * Closes `page`, the last tab of N, and waits until N+1's worker has taken over (its cache
 * there, N's gone), as it does before the next start; watched from a page outside the app.
 */
async function closeLastTab(page, env, { n, next }) {
  const context = page.context();
  await page.close();
  const probe = await context.newPage();
  await probe.goto(`${env.origin}/outside-the-app`);
  await until(probe, async ([scope, n, next]) => {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    const shells = (await caches.keys()).filter((key) => key.includes(':shell:'));
    return registration?.active?.state === 'activated' && shells.some((key) => key.endsWith(next)) && !shells.some((key) => key.endsWith(n));
  }, [new URL(env.url).pathname, n, next]);
  await probe.close();
}

/** Whether `name` is in one of this origin's caches, and its body starts like Wasm or JSON. */
async function keptBody(page, name) {
  return page.evaluate(async (name) => {
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) {
        if (request.url.endsWith(`/${name}`)) return (await (await (await caches.open(key)).match(request)).text()).slice(0, 20);
      }
    }
    return null;
  }, name);
}

test('release N+1 is a real build that differs from N, its Wasm renamed', async () => {
  await twoReleases();
  for (const chunk of [/^split_dashboard-/, /^split_report-/, /^shared_pages-/, /^ggi-journey-[0-9a-f]+_bg\.wasm$/]) {
    const [a, b] = [await file(DIST, chunk), await file(NEXT, chunk)];
    assert.ok(a && b && a !== b, `${chunk}: ${a} in N, ${b} in N+1`);
  }
});

for (const [answer, broken] of Object.entries(BROKEN)) {
  test(`a page's code answered once with ${answer} opens on "Try again" once the file is back`, async (t) => {
    const { env } = await host(t);
    const { page, problems } = await visit(env, '#/start', { savesData: true });
    // The page's own chunk and the file of code pages share: both ways the loader fetches.
    const chunks = [await file(DIST, /^split_report-/), await file(DIST, /^shared_pages-/)];
    for (const chunk of chunks) env.extra[chunk] = broken;
    await page.goto(`${env.url}#/report`);
    await page.getByRole('heading', { level: 1, name: UNAVAILABLE }).waitFor();
    for (const chunk of chunks) {
      assert.ok(env.requests.some((p) => p.endsWith(`/${chunk}`)), `${chunk} never reached the server`);
      delete env.extra[chunk];
    }
    const asked = env.requests.length;
    await page.getByRole('button', { name: 'Try again' }).click();
    await reachesServer(page, env, asked, chunks);
    await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor({ timeout: 10_000 });
    // What the worker keeps is the file, not the answer it got first.
    for (const chunk of chunks) {
      for (let i = 0; i < 50 && (await keptBody(page, chunk)) === null; i++) await page.waitForTimeout(100);
      assert.ok((await keptBody(page, chunk))?.startsWith('\0asm'), `${chunk} kept as ${JSON.stringify(await keptBody(page, chunk))}`);
    }
    assert.deepEqual(problems.filter((p) => !EXPECTED.test(p)), []);
  });

  test(`a translation answered once with ${answer} is used after a restart once the file is back`, async (t) => {
    const { env } = await host(t);
    const { page, problems } = await visit(env, '#/activities/GGI-A-21');
    const translation = await file(DIST, /^catalogue-fr-[0-9a-f]{16}\.json$/);
    env.extra[translation] = broken;
    // Chosen under the worker, so the worker fetches it.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('status').filter({ hasText: 's’affichent en anglais' }).waitFor();
    assert.ok(env.requests.some((p) => p.endsWith(`/${translation}`)), `${translation} never reached the server`);
    delete env.extra[translation];
    const asked = env.requests.length;
    await page.reload();
    await ready(page);
    await reachesServer(page, env, asked, [translation]);
    await page.getByRole('heading', { level: 1, name: /Gérer la conformité juridique/ }).waitFor({ timeout: 10_000 });
    for (let i = 0; i < 50 && (await keptBody(page, translation)) === null; i++) await page.waitForTimeout(100);
    assert.ok((await keptBody(page, translation))?.startsWith('{'), `${translation} kept as ${JSON.stringify(await keptBody(page, translation))}`);
    assert.deepEqual(problems.filter((p) => !EXPECTED.test(p)), []);
  });
}

test('after N → N+1, the first offline start opens every page, in the language chosen', async (t) => {
  const releases = await twoReleases();
  const { next } = releases;
  const { env, deploy } = await host(t);
  const { page, context, problems } = await visit(env);
  // A returning visitor of N: every page kept, the French catalogue too.
  await page.reload();
  await ready(page);
  await keepsEveryPage(page);
  const translation = await file(DIST, /^catalogue-fr-[0-9a-f]{16}\.json$/);
  await page.goto(`${env.url}#/activities/GGI-A-21`);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('heading', { level: 1, name: /Gérer la conformité juridique/ }).waitFor();
  await until(page, async (name) => (await caches.match(name)) !== undefined, translation);
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"language":"en"'));

  // The host is updated; the visitor's next start downloads N+1, which waits for the tab to close.
  await deploy(NEXT);
  await page.reload();
  await ready(page);
  await waiting(page);
  await closeLastTab(page, env, releases);

  // The next start is offline: N+1 must hold every page.
  await context.setOffline(true);
  const offline = await context.newPage();
  offline.setDefaultTimeout(20_000);
  offline.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await offline.goto(`${env.url}#/`);
  await ready(offline);
  assert.equal(await offline.locator('meta[name=ggi-journey-build]').getAttribute('content'), next, 'N+1 did not take over');
  for (const [hash, heading] of ROUTES) {
    await offline.goto(`${env.url}${hash}`);
    const unavailable = offline.getByRole('heading', { level: 1, name: UNAVAILABLE });
    await offline.getByRole('heading', { level: 1, name: heading }).or(unavailable).first().waitFor();
    assert.equal(await unavailable.count(), 0, `${hash} could not be opened offline`);
  }
  await offline.goto(`${env.url}#/activities/GGI-A-21`);
  await offline.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await offline.getByRole('heading', { level: 1, name: /Gérer la conformité juridique/ }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !EXPECTED.test(p)), []);
});

test('a file an earlier release kept wrongly is not carried into the next one', async (t) => {
  const releases = await twoReleases();
  const { next } = releases;
  const { env, deploy } = await host(t);
  const { page, context } = await visit(env);
  await page.reload();
  await ready(page);
  await keepsEveryPage(page);
  // A web page kept under the translation's name (as a worker without checks did for a login page).
  const translation = await file(DIST, /^catalogue-fr-[0-9a-f]{16}\.json$/);
  assert.equal(translation, await file(NEXT, /^catalogue-fr-[0-9a-f]{16}\.json$/), 'N+1 has another French catalogue');
  await page.evaluate(async ([name, body]) => {
    const shell = (await caches.keys()).find((key) => key.includes(':shell:'));
    await (await caches.open(shell)).put(name, new Response(body, { headers: { 'content-type': 'application/json' } }));
  }, [translation, LOGIN]);

  await deploy(NEXT);
  await page.reload();
  await ready(page);
  await waiting(page);
  await closeLastTab(page, env, releases);
  const again = await context.newPage();
  again.setDefaultTimeout(20_000);
  await again.goto(`${env.url}#/activities/GGI-A-21`);
  await ready(again);
  assert.equal(await again.locator('meta[name=ggi-journey-build]').getAttribute('content'), next, 'N+1 did not take over');
  const kept = await keptBody(again, translation);
  assert.ok(kept === null || kept.startsWith('{'), `${translation} carried into N+1 as ${JSON.stringify(kept)}`);
  await again.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await again.getByRole('heading', { level: 1, name: /Gérer la conformité juridique/ }).waitFor({ timeout: 10_000 });
});

test('a tab of N open across the update reaches N+1 without losing an unsaved change', async (t) => {
  const { next } = await twoReleases();
  const { env, deploy } = await host(t);
  const { page, problems } = await visit(env, '#/activities/GGI-A-24');
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  await page.getByRole('checkbox').first().check();
  await page.waitForFunction(() => (localStorage.getItem('ggi-journey/state') ?? '').includes('"met":true'));

  // The host is updated while the tab is open: the code of N's other pages is gone.
  await deploy(NEXT);
  await page.goto(`${env.url}#/dashboard`);
  await page.getByRole('heading', { level: 1, name: NEW_RELEASE }).waitFor({ timeout: 15_000 });
  const reload = page.getByRole('button', { name: 'Reload' });
  await reload.waitFor();
  // A change made just before: still waiting for its debounced save when "Reload" is pressed.
  const savedAtOnce = await page.evaluate(() => {
    const select = document.querySelector('header select');
    select.value = 'fr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reload').click();
    return (localStorage.getItem('ggi-journey/state') ?? '').includes('"language":"fr"');
  });
  assert.ok(savedAtOnce, 'the change was not saved when "Reload" was pressed');

  // The same tab now runs N+1, in French, with both changes, and the page it could not open.
  await until(page, (v) => document.querySelector('meta[name=ggi-journey-build]')?.content === v, next, 60_000);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
  const saved = await page.evaluate(() => localStorage.getItem('ggi-journey/state'));
  assert.ok(saved.includes('"met":true') && saved.includes('"language":"fr"'), saved);
  await page.goto(`${env.url}#/about`);
  await page.getByText(/Version 0\.1\.0\+next/).waitFor();
  assert.deepEqual(problems.filter((p) => !EXPECTED.test(p)), []);
});

test("a deployment's catalogue and its translation, updated together, are used together", async (t) => {
  // A host that lets browsers keep its files for an hour, as many do.
  const { env } = await host(t, { headers: { 'cache-control': 'max-age=3600' } });
  const tiny = JSON.parse(await fixture('catalogue-minimal.json'));
  const french = (title, version) => JSON.stringify({ ...structuredClone(tiny), version, language: 'fr', activities: tiny.activities.map((a, i) => (i === 0 ? { ...a, title } : a)) });
  env.extra['catalogue.json'] = JSON.stringify(tiny);
  env.extra['catalogue.fr.json'] = french('Une activité traduite, première version', tiny.version);
  const { page, problems } = await visit(env, '#/', { locale: 'fr-FR' });
  await page.getByRole('link', { name: /Une activité traduite, première version/ }).first().waitFor();

  env.extra['catalogue.json'] = JSON.stringify({ ...tiny, version: '0.2' });
  env.extra['catalogue.fr.json'] = french('Une activité traduite, deuxième version', '0.2');
  await page.reload();
  await ready(page);
  const refused = page.locator('.catalogue-language.banner-warning');
  await page.getByRole('link', { name: /Une activité traduite, deuxième version/ }).or(refused).first().waitFor({ timeout: 10_000 });
  if (await refused.count()) assert.fail(`the translation was refused: ${await refused.first().textContent()}`);
  await page.getByRole('link', { name: /Une activité traduite, deuxième version/ }).first().waitFor();
  assert.deepEqual(problems, []);
});
