// Static hosting: dist/ served by a plain static server under a sub-path (no rewrites, no
// fallback), deep links that survive reloads, and not one request off the app's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from '../browser.mjs';
import { serve } from '../server.mjs';
import { policy as headerPolicy } from '../deploy-files.mjs';
import { ROUTES } from '../routes.mjs';

const PREFIX = '/tools/ggi/';

let env;
before(async () => { env = await start({ prefix: PREFIX }); });
after(async () => { await env?.close(); });

test('the app is served under a sub-path and loads every file from it', async () => {
  assert.match(env.url, /\/tools\/ggi\/$/);
  const { page, problems } = await env.page();
  const loaded = [];
  page.on('response', (r) => loaded.push([new URL(r.url()).pathname, r.status()]));
  await page.goto(`${env.url}#/`);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
  const assets = loaded.filter(([path]) => /\.(js|wasm)$/.test(path));
  assert.ok(assets.length >= 3, `expected the script, the chunk loader and the Wasm, got ${JSON.stringify(loaded)}`);
  for (const [path, status] of assets) {
    assert.ok(path.startsWith(PREFIX), `${path} is outside ${PREFIX}`);
    assert.equal(status, 200, path);
  }
  assert.deepEqual(problems, []);
});

test('deep links under the sub-path survive a reload on every page', async () => {
  const { page, problems } = await env.page();
  for (const [fragment, heading] of ROUTES) {
    await page.goto(`${env.url}${fragment}`);
    await ready(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.reload();
    await ready(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(new URL(page.url()).pathname, PREFIX, fragment);
    assert.equal(new URL(page.url()).hash, fragment, fragment);
  }
  assert.deepEqual(problems, []);
});

test('following links inside the app keeps the sub-path', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/`);
  await ready(page);
  await page.getByRole('link', { name: /GGI-A-24/ }).click();
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  assert.equal(new URL(page.url()).pathname, PREFIX);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /GGI-A-24/ }).waitFor();
  assert.deepEqual(problems, []);
});

test('no page makes a request off the app origin', async () => {
  const { page, problems } = await env.page();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const [fragment, heading] of ROUTES) {
    await page.goto(`${env.url}${fragment}`);
    await ready(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForLoadState('networkidle');
  }
  const origin = new URL(env.url).origin;
  assert.ok(requests.length > 0, 'the test saw no request at all');
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u)), []);
  // browser.mjs records foreign requests as problems too, with page and console errors.
  assert.deepEqual(problems, []);
});

test("the header policy the README recommends runs the app and refuses to be framed", async (t) => {
  // The README's own command (deploy/csp-header.sh, quoted there), run on this build.
  const policy = await headerPolicy();
  assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^;]+; .*; frame-ancestors 'none'$/);

  const site = await start({ prefix: PREFIX, headers: { 'content-security-policy': policy } });
  t.after(() => site.close());
  const { page, problems } = await site.page();
  const answer = await page.goto(`${site.url}#/`);
  assert.equal(answer.headers()['content-security-policy'], policy);
  await ready(page);
  for (const [fragment, heading] of ROUTES) {
    await page.goto(`${site.url}${fragment}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  // Any violation would be a console error.
  assert.deepEqual(problems, []);

  // Another origin (another port) tries to show the app in a frame.
  const framer = await serve({ extra: { 'frame.html': `<!doctype html><title>Framer</title><iframe src="${site.url}"></iframe>` } });
  t.after(() => framer.close());
  const context = await site.browser.newContext();
  const other = await context.newPage();
  const refused = other.waitForEvent('console', { predicate: (m) => /frame-ancestors 'none'/.test(m.text()), timeout: 15_000 });
  await other.goto(`${framer.url}frame.html`);
  await refused;
  const frame = other.frames().find((f) => f !== other.mainFrame());
  assert.ok(frame, 'no frame at all');
  assert.equal(await frame.locator('nav').count().catch(() => 0), 0, 'the app ran inside the frame');
  await context.close();
});
