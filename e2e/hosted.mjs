// What the hosting guide promises of a server it configures, checked against a running one
// (tests/hosting-nginx.test.mjs, tests/hosting-apache.test.mjs): every file of the build with its
// type, a year's caching for the files named by their content and revalidation for the others,
// brotli, the policy header, and the app running under it in Chromium, then offline.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, controlled, keepsWhatItLoaded, ready } from './browser.mjs';
import { ROUTES } from './routes.mjs';

/** One request, certificates unchecked (the tests' own): { status, headers, body }. */
export function get(url, headers = {}) {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    request(url, { headers, rejectUnauthorized: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

// The files of a build not named by their content (README: Build and the files to copy); the
// build names every other file by a hash of it, so a host may keep them forever.
const UNHASHED = new Set(['index.html', 'sw.js', 'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png', 'export.schema.json']);
// Always revalidated: a new deployment or a changed setting is seen on the next start.
export const REVALIDATED = ['', 'index.html', 'sw.js', 'config.json', 'catalogue.json'];
const YEAR = /^public, max-age=31536000, immutable$/;
const TYPES = {
  '.html': /^text\/html/, '.js': /^(text|application)\/javascript/, '.wasm': /^application\/wasm$/,
  '.css': /^text\/css/, '.json': /^application\/json/, '.svg': /^image\/svg\+xml/, '.png': /^image\/png$/,
  '.webmanifest': /^application\/manifest\+json/,
};
// Text and Wasm travel compressed; PNG is compressed already.
const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);

/**
 * Every file of `app` (the deployed folder) as served at `url`: its type, its caching, brotli
 * when the browser takes it, the same bytes once decompressed, and no sniffing.
 */
export async function servesEveryFile(url, app) {
  const names = await readdir(app);
  assert.ok(names.some((n) => n.endsWith('_bg.wasm')), `no Wasm module in ${app}`);
  for (const name of names) {
    const answer = await get(`${url}${name}`, { 'accept-encoding': 'br, gzip' });
    const ext = extname(name);
    assert.equal(answer.status, 200, name);
    assert.match(answer.headers['content-type'] ?? '', TYPES[ext] ?? /./, `${name}: content-type`);
    assert.equal(answer.headers['x-content-type-options'], 'nosniff', `${name}: x-content-type-options`);
    const cache = answer.headers['cache-control'] ?? '';
    if (UNHASHED.has(name) || name === 'config.json') assert.doesNotMatch(cache, /immutable|max-age=[1-9]/, `${name}: cache-control`);
    else assert.match(cache, YEAR, `${name} is named by its content: cache-control`);
    const file = await readFile(join(app, name));
    if (COMPRESSED.has(ext)) {
      assert.equal(answer.headers['content-encoding'], 'br', `${name}: content-encoding`);
      assert.ok(brotliDecompressSync(answer.body).equals(file), `${name}: other bytes once decompressed`);
    } else {
      assert.ok(answer.body.equals(file), `${name}: other bytes`);
    }
  }
  // A browser without brotli gets gzip.
  const wasm = names.find((n) => n.endsWith('_bg.wasm'));
  assert.equal((await get(`${url}${wasm}`, { 'accept-encoding': 'gzip' })).headers['content-encoding'], 'gzip', `${wasm} without brotli`);
}

/**
 * The optional deployment files an administrator has not dropped into `app`: 204 No Content,
 * never a 404 (a console error at every start), and not cached; one dropped in is served.
 */
export async function absentFilesHaveNoContent(url, app) {
  for (const name of ['catalogue.json', 'catalogue.fr.json']) {
    await rm(join(app, name), { force: true });
    const answer = await get(`${url}${name}`);
    assert.equal(answer.status, 204, name);
    assert.match(answer.headers['cache-control'] ?? '', /no-cache/, `${name}: cache-control`);
  }
  await writeFile(join(app, 'catalogue.fr.json'), '{}');
  assert.equal((await get(`${url}catalogue.fr.json`)).status, 200, 'a dropped-in catalogue.fr.json');
  await rm(join(app, 'catalogue.fr.json'));
  // Only those names: any other missing file is still a 404.
  assert.equal((await get(`${url}nothing-here.json`)).status, 404);
}

/**
 * The page, the service worker and the deployment's files: `no-cache`, and a conditional request
 * as a browser makes it is answered 304, so revalidating costs a few bytes.
 */
export async function revalidates(url, names = REVALIDATED) {
  for (const name of names) {
    const first = await get(`${url}${name}`, { 'accept-encoding': 'br, gzip' });
    assert.equal(first.status, 200, `${name || '(the folder)'}`);
    assert.equal(first.headers['cache-control'], 'no-cache', `${name || '(the folder)'}: cache-control`);
    const conditions = {};
    if (first.headers.etag) conditions['if-none-match'] = first.headers.etag;
    if (first.headers['last-modified']) conditions['if-modified-since'] = first.headers['last-modified'];
    assert.ok(Object.keys(conditions).length > 0, `${name}: neither ETag nor Last-Modified`);
    const again = await get(`${url}${name}`, { 'accept-encoding': 'br, gzip', ...conditions });
    assert.equal(again.status, 304, `${name || '(the folder)'}: a revalidation downloaded it again`);
  }
}

/** Chromium as the other tests launch it, with `args` added. */
export function launch(args = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...args] });
}

/**
 * A page that records page errors, console errors (a policy violation is one), violation events
 * from before the app's first script, and requests off the app's origin. The guide's servers
 * answer an optional deployment file that is not there with 204, so any 404 is a problem;
 * `absentIs404` is for a host that cannot (python's quick-try server).
 */
export async function watchedPage(browser, url, { absentIs404 = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const missing = absentIs404 && /^Failed to load resource: .*404/.test(m.text()) && /\/(config|catalogue(\.[a-z]{2})?)\.json$/.test(m.location().url);
    if (m.type() === 'error' && !missing) problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) problems.push(`foreign request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { context, page, problems };
}

/**
 * The app at `url` under the header `policy`: it opens every page with no violation, reads the
 * deployment's config.json, receives its Wasm with brotli, and after this first visit opens
 * again with the network off.
 */
export async function runsThenWorksOffline(browser, url, policy) {
  const { context, page, problems } = await watchedPage(browser, url);
  try {
    await runThenOffline(context, page, url, policy);
  } catch (e) {
    // A page that never starts times out: say what the browser reported meanwhile.
    throw problems.length === 0 ? e : new Error(`${e.message}\nmeanwhile:\n${problems.join('\n')}`, { cause: e });
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
}

async function runThenOffline(context, page, url, policy) {
  const answers = new Map();
  page.on('response', (r) => answers.set(new URL(r.url()).pathname.split('/').pop(), r));
  const first = await page.goto(`${url}#/`);
  assert.equal(first.status(), 200);
  assert.equal(first.headers()['content-security-policy'], policy);
  await ready(page);
  for (const [fragment, heading] of ROUTES) {
    await page.goto(`${url}${fragment}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  assert.equal(answers.get('config.json')?.status(), 200, 'the app did not read config.json');
  const wasm = [...answers.keys()].find((n) => n.endsWith('_bg.wasm'));
  assert.equal((await answers.get(wasm).allHeaders())['content-encoding'], 'br', `${wasm} reached the browser without brotli`);

  // Offline after the first visit (README: Offline and installing as an app).
  await page.goto(`${url}#/activities/GGI-A-24`);
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  await controlled(page);
  await keepsWhatItLoaded(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await context.setOffline(false);
}
