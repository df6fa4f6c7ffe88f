// The hosting guide's nginx configuration (deploy/nginx.conf, quoted in the README), run by
// Debian's nginx with brotli exactly as written but for the address it listens on, the folder it
// serves and the certificate: it loads, serves the app under /tools/ggi/ as the guide says, and
// the app runs under its policy header, then offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configure } from '../nginx.mjs';
import { freePort } from '../private-server.mjs';
import { adapt, certificate, deployFile, policy, policyHeader, siteRoot } from '../deploy-files.mjs';
import { absentFilesHaveNoContent, get, launch, revalidates, runsThenWorksOffline, servesEveryFile } from '../hosted.mjs';

const PREFIX = '/tools/ggi/';
let site, tls, nginx, check, server, url, browser;

before(async () => {
  const port = await freePort();
  site = await siteRoot(PREFIX);
  tls = await certificate();
  const conf = adapt(await deployFile('nginx.conf'), [
    ['listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`],
    ['root /srv/www;', `root ${site.root};`],
    ['/etc/ssl/certs/intranet.example.pem', tls.cert],
    ['/etc/ssl/private/intranet.example.key', tls.key],
  ]);
  nginx = await configure({ site: conf, files: { 'ggi-journey-csp.conf': await policyHeader('nginx') } });
  check = await nginx.check();
  if (check.ok) server = await nginx.start(port);
  url = `https://127.0.0.1:${port}${PREFIX}`;
});

after(async () => {
  await browser?.close();
  await server?.stop();
  for (const dir of [site?.root, tls?.dir, nginx?.dir]) if (dir) await rm(dir, { recursive: true, force: true });
});

test('nginx -t accepts the guide\'s configuration, without a warning', () => {
  assert.ok(check.ok, check.output);
  assert.match(check.output, /test is successful/);
  assert.doesNotMatch(check.output, /\[(warn|emerg|alert|crit)\]/);
});

test('every file of the build is served with its type, cached as the guide says, with brotli', async () => {
  assert.ok(server, 'nginx did not start');
  await servesEveryFile(url, site.app);
  // A deployment's own catalogue, for its headers only (the app runs with the built-in one).
  await writeFile(join(site.app, 'catalogue.json'), '{}');
  await revalidates(url);
  await rm(join(site.app, 'catalogue.json'));
  // A file trunk names by content can have fewer than 16 hex digits (its hash has no leading zeros).
  await writeFile(join(site.app, 'app-123456789abcdef.css'), 'main { }');
  assert.match((await get(`${url}app-123456789abcdef.css`)).headers['cache-control'], /max-age=31536000, immutable/);
  // The folder without its slash is sent to the folder.
  const bare = await get(url.slice(0, -1));
  assert.equal(bare.status, 301);
  assert.equal(new URL(bare.headers.location, url).pathname, PREFIX);
  assert.deepEqual((await server.errors()).split('\n').filter((l) => /\[(error|crit|alert|emerg)\]/.test(l)), []);
});

test('an optional deployment file not dropped in is answered 204, not 404', async () => {
  assert.ok(server, 'nginx did not start');
  await absentFilesHaveNoContent(url, site.app);
});

test('the app runs under the policy header with no violation, then offline', async () => {
  assert.ok(server, 'nginx did not start');
  // The certificate is the test's own; the app still runs on HTTPS, as a real deployment does.
  browser = await launch(['--ignore-certificate-errors']);
  await runsThenWorksOffline(browser, url, await policy());
});
