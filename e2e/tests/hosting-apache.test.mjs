// The hosting guide's Apache configuration (deploy/apache.conf, quoted in the README), read by
// Debian's apache2 as a2enconf would, exactly as written but for the folder it names: it loads,
// serves the app under /tools/ggi/ as the guide says, and the app runs under its policy header,
// then offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start } from '../apache.mjs';
import { adapt, deployFile, policy, policyHeader, siteRoot } from '../deploy-files.mjs';
import { absentFilesHaveNoContent, get, launch, revalidates, runsThenWorksOffline, servesEveryFile } from '../hosted.mjs';

const PREFIX = '/tools/ggi/';
let site, apache, browser;

before(async () => {
  site = await siteRoot(PREFIX);
  const conf = adapt(await deployFile('apache.conf'), [
    ['<Directory /srv/www/tools/ggi>', `<Directory ${join(site.root, PREFIX)}>`],
  ]);
  // The modules the guide enables (a2enmod headers brotli rewrite), and the file deploy/csp-header.sh writes.
  apache = await start({
    root: site.root, prefix: PREFIX, conf, modules: ['headers', 'brotli', 'rewrite'],
    files: { 'ggi-journey-csp.conf': await policyHeader('apache') },
  });
});

after(async () => {
  await browser?.close();
  await apache?.stop();
  if (site) await rm(site.root, { recursive: true, force: true });
});

test('apache2 -t accepts the guide\'s configuration, without a warning', async () => {
  const { ok, output } = await apache.check();
  assert.ok(ok, output);
  assert.equal(output, 'Syntax OK');
});

test('every file of the build is served with its type, cached as the guide says, with brotli', async () => {
  await servesEveryFile(apache.url, site.app);
  // A deployment's own catalogue, for its headers only (the app runs with the built-in one).
  await writeFile(join(site.app, 'catalogue.json'), '{}');
  await revalidates(apache.url);
  await rm(join(site.app, 'catalogue.json'));
  // A file trunk names by content can have fewer than 16 hex digits (its hash has no leading zeros).
  await writeFile(join(site.app, 'app-123456789abcdef.css'), 'main { }');
  assert.match((await get(`${apache.url}app-123456789abcdef.css`)).headers['cache-control'], /max-age=31536000, immutable/);
  // The folder without its slash is sent to the folder.
  const bare = await get(apache.url.slice(0, -1));
  assert.equal(bare.status, 301);
  assert.equal(new URL(bare.headers.location, apache.url).pathname, PREFIX);
  assert.deepEqual((await apache.errors()).split('\n').filter((l) => /:(error|crit|alert|emerg)\]/.test(l)), []);
});

test('an optional deployment file not dropped in is answered 204, not 404', async () => {
  await absentFilesHaveNoContent(apache.url, site.app);
});

test('the app runs under the policy header with no violation, then offline', async () => {
  // Plain HTTP on 127.0.0.1, which browsers trust as they trust HTTPS (service workers run).
  browser = await launch();
  await runsThenWorksOffline(browser, apache.url, await policy());
});
