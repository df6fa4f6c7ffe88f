// The Content-Security-Policy in index.html's <meta> tag: strict, enforced, and the app breaks
// none of it on any page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DIST } from '../server.mjs';
import { start, ready } from '../browser.mjs';
import { ROUTES } from '../routes.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// Records every violation the page reports, from before the app's first script runs.
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return () => page.evaluate(() => window.__violations);
}

async function policyOf(page) {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

test('the built index.html carries the strict policy, with the loader and stylesheet hashes filled in', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(policy, 'no CSP meta tag in dist/index.html');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'].slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  const hashes = directives['script-src'].slice(2);
  assert.equal(hashes.length, 1, `one inline loader expected, got ${hashes}`);
  assert.match(hashes[0], /^'sha256-[A-Za-z0-9+/]{43}='$/);
  // The stylesheets are in the page (scripts/post-build.mjs): each by its hash, nothing else.
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  assert.ok(styles.length > 0, 'no inline stylesheet in dist/index.html');
  assert.deepEqual(directives['style-src'], ["'self'", ...styles]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['img-src'], ["'self'", 'data:', 'blob:']);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  // The meta tag comes before any script, so it governs all of them.
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
});

test('the policy is enforced: injected inline scripts and style attributes are refused', async () => {
  const { page } = await env.page();
  const violations = await watchViolations(page);
  await page.goto(`${env.url}#/`);
  await ready(page);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    document.body.setAttribute('style', 'outline: 5px solid red');
    return window.__injected === true;
  });
  assert.equal(ran, false, 'an injected inline script ran');
  await page.waitForFunction(() => window.__violations.length >= 2);
  const seen = await violations();
  assert.ok(seen.some((v) => v.startsWith('script-src-elem')), seen.join('\n'));
  assert.ok(seen.some((v) => v.startsWith('style-src-attr')), seen.join('\n'));
});

test('no page and no common action violates the policy', async () => {
  const { page, problems } = await env.page();
  const violations = await watchViolations(page);
  for (const [fragment, heading] of ROUTES) {
    await page.goto(`${env.url}${fragment}`);
    await page.reload(); // a fresh document per page, so its violations are counted from the start
    await ready(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.match(await policyOf(page), /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.deepEqual(await violations(), [], fragment);
  }
  // Progress bars set their width through the CSSOM (style:width), which the policy allows.
  await page.goto(`${env.url}#/activities/GGI-A-24`);
  await ready(page);
  await page.getByRole('checkbox').first().check();
  await page.getByText('1 of 3 verification points met').waitFor();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Tableau de bord' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
  const width = await page.locator('.progress-fill').first().evaluate((el) => el.style.width);
  assert.match(width, /^\d+%$/);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});
