// Offline on real hosts: a host that redirects index.html to the folder, two deployments on one
// origin, and a deployment caught half-copied. Each test starts its own server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, ready, keepsEveryPage, keepsWhatItLoaded, controlled } from '../browser.mjs';
import { DIST } from '../server.mjs';


/** Opens a deep link and waits for its heading: the app really runs. */
async function opens(page, url) {
  await page.goto(`${url}#/activities/GGI-A-24`);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
}

async function tempDir(t) {
  const dir = await mkdtemp(join(tmpdir(), 'ggi-e2e-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const VERSION = /^const VERSION = '([^']*)';$/m;

test('on a host that redirects index.html to the folder, the app opens online and offline', async (t) => {
  const env = await start({ prefix: '/tools/ggi/', redirectIndex: true });
  t.after(() => env.close());
  const { page, context, problems } = await env.page();
  page.setDefaultTimeout(15_000);
  // The host really redirects.
  const answer = await page.request.get(`${env.url}index.html`, { maxRedirects: 0 });
  assert.equal(answer.status(), 301);

  await opens(page, env.url);
  await controlled(page);
  // Now served by the worker: a cached redirect would fail this navigation.
  await page.reload();
  await ready(page);
  // This second visit has the worker keep every page (the dashboard below).
  await keepsEveryPage(page);
  await context.setOffline(true);
  await opens(page, env.url);
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  // A bookmark to …/index.html opens too.
  await page.goto(`${env.url}index.html#/dashboard`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

/** A copy of dist/ standing for another build (staging): same files, its own version. */
async function otherBuild(dir) {
  await cp(DIST, dir, { recursive: true });
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const version = sw.match(VERSION)?.[1];
  assert.ok(version, 'dist/sw.js has no version');
  const other = [...version].reverse().join('');
  await writeFile(join(dir, 'sw.js'), sw.replace(VERSION, `const VERSION = '${other}';`));
  const page = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), page.replaceAll(version, other));
}

test('two deployments on one origin both keep working offline', async (t) => {
  const staging = await tempDir(t);
  await otherBuild(staging);
  const env = await start({ prefix: '/prod/', sites: { '/staging/': staging } });
  t.after(() => env.close());
  const prod = `${env.origin}/prod/`;
  const stage = `${env.origin}/staging/`;
  const { page, context, problems } = await env.page();
  page.setDefaultTimeout(15_000);

  await opens(page, prod);
  await controlled(page);
  const other = await context.newPage();
  await opens(other, stage);
  await controlled(other);
  await keepsWhatItLoaded(page);
  await keepsWhatItLoaded(other);
  const scopes = await other.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort());
  assert.deepEqual(scopes, ['/prod/', '/staging/']);

  await context.setOffline(true);
  for (const url of [prod, stage]) {
    await opens(page, url);
    await page.reload();
    await ready(page);
    await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  }
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test("caches of an earlier release: the deployment removes its own, never another's", async (t) => {
  const blank = '<!doctype html><link rel="icon" href="data:,"><title>Another page of the origin</title>';
  const env = await start({ prefix: '/prod/', sites: { '/staging/': DIST }, extra: { 'blank.html': blank } });
  t.after(() => env.close());
  const { page, problems } = await env.page();
  page.setDefaultTimeout(15_000);
  // A page of the origin that no worker controls yet, to set the scene.
  await page.goto(`${env.origin}/prod/blank.html`);
  await page.evaluate(async (origin) => {
    const put = async (name, paths) => {
      const cache = await caches.open(name);
      for (const path of paths) await cache.put(`${origin}${path}`, new Response('old'));
    };
    await put('ggi-journey-0123456789abcdef', ['/prod/index.html', '/prod/app-0123456789abcdef.css']);
    await put('ggi-journey-fedcba9876543210', ['/staging/index.html', '/staging/app-fedcba9876543210.css']);
    await put('ggi-journey-deploy', ['/staging/config.json']);
  }, env.origin);

  await opens(page, `${env.origin}/prod/`);
  await controlled(page);
  const names = await page.evaluate(() => caches.keys());
  assert.ok(!names.includes('ggi-journey-0123456789abcdef'), `prod's old cache is still there: ${names}`);
  assert.ok(names.includes('ggi-journey-fedcba9876543210'), `staging's old cache was deleted: ${names}`);
  assert.ok(names.includes('ggi-journey-deploy'), `staging's saved config.json was deleted: ${names}`);
  assert.deepEqual(problems, []);
});

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineScripts = (html) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, a]) => !/\bsrc\s*=/.test(a)).map(([, , body]) => body);

/**
 * A deployment caught half-copied: dist/ (the new build) plus the previous build's hashed files,
 * and the previous build's page, which loads those. Returns that page.
 */
async function halfCopied(dir) {
  await cp(DIST, dir, { recursive: true });
  let page = await readFile(join(DIST, 'index.html'), 'utf8');
  const before = inlineScripts(page).map(sha256);
  const renamed = [];
  for (const name of await readdir(DIST)) {
    const hashed = name.match(/^(.*-)[0-9a-f]{1,16}((_bg)?\.(js|wasm|css))$/);
    if (!hashed) continue;
    const previous = `${hashed[1]}${'0123456789abcdef'}${hashed[2]}`;
    await copyFile(join(DIST, name), join(dir, previous));
    page = page.replaceAll(name, previous);
    renamed.push([name, previous]);
  }
  // The script and the chunks' loader import each other: the previous build's name each other.
  for (const [, previous] of renamed.filter(([name]) => name.endsWith('.js'))) {
    let text = await readFile(join(dir, previous), 'utf8');
    for (const [name, other] of renamed) text = text.replaceAll(`./${name}`, `./${other}`);
    await writeFile(join(dir, previous), text);
    const integrity = `sha384-${createHash('sha384').update(text).digest('base64')}`;
    page = page.replace(new RegExp(`(href="\\./${previous}"[^>]*integrity=")[^"]*"`), `$1${integrity}"`);
  }
  page = page.replace(/(<meta name="ggi-journey-build" content=")[^"]*"/, '$1previous"');
  // Its Content-Security-Policy holds the hash of its own loader, which names its own files.
  inlineScripts(page).map(sha256).forEach((hash, i) => { page = page.replace(before[i], hash); });
  assert.ok(page.includes('-0123456789abcdef_bg.wasm'), 'the previous page names no Wasm file');
  return page;
}

test('a half-copied deployment is not precached; the finished one is, and works offline', async (t) => {
  const dir = await tempDir(t);
  const previousPage = await halfCopied(dir);
  const env = await start({ prefix: '/tools/ggi/', root: dir, extra: { 'index.html': { body: previousPage, type: 'text/html; charset=utf-8' } } });
  t.after(() => env.close());
  const { page, context, problems } = await env.page();
  page.setDefaultTimeout(15_000);

  // The previous page runs and registers the new worker, which must not keep that page with
  // the new build's files.
  await opens(page, env.url);
  // The worker's install, to its end (the app's own registration is the same job).
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register('sw.js', { scope: './' });
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    const settled = () => worker.state === 'activated' || worker.state === 'redundant';
    if (!settled()) await new Promise((done) => worker.addEventListener('statechange', () => settled() && done()));
    return worker.state;
  });
  assert.equal(state, 'redundant', 'a worker was activated with a page of another build');

  // The copy finishes: the next start installs the worker, and the app opens offline.
  delete env.extra['index.html'];
  await page.reload();
  await ready(page);
  await controlled(page);
  await keepsWhatItLoaded(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});
