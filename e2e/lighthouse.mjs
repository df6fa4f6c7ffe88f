// Lighthouse (mobile, simulated slow 4G: its defaults) against the hosting guide's nginx with
// brotli (deploy/nginx.conf, as the hosting tests run it), in Debian's Chromium: issue 25's
// figures. scripts/bench installs the pinned Lighthouse into .tools/lighthouse/ (not a test
// dependency) and prints the medians. Its simulation scales the main thread's measured tasks,
// so a busy machine reads slower: compare runs made on an idle one.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configure } from './nginx.mjs';
import { freePort } from './private-server.mjs';
import { adapt, certificate, deployFile, policyHeader, siteRoot, REPO } from './deploy-files.mjs';

const MODULES = join(REPO, '.tools', 'lighthouse', 'node_modules');
const PREFIX = '/tools/ggi/';

/** Lighthouse's figures of `runs` cold loads of the start page: [{ perf, lcp, tbt, … }]. */
export async function lighthouseRuns(runs) {
  const { default: lighthouse } = await import(pathToFileURL(join(MODULES, 'lighthouse', 'core', 'index.js')).href);
  const launcher = await import(pathToFileURL(join(MODULES, 'chrome-launcher', 'dist', 'index.js')).href);
  const port = await freePort();
  const site = await siteRoot(PREFIX);
  const tls = await certificate();
  const conf = adapt(await deployFile('nginx.conf'), [
    ['listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`],
    ['root /srv/www;', `root ${site.root};`],
    ['/etc/ssl/certs/intranet.example.pem', tls.cert],
    ['/etc/ssl/private/intranet.example.key', tls.key],
  ]);
  const nginx = await configure({ site: conf, files: { 'ggi-journey-csp.conf': await policyHeader('nginx') } });
  const server = await nginx.start(port);
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const chrome = await launcher.launch({
        chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const { lhr } = await lighthouse(`https://127.0.0.1:${port}${PREFIX}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        const a = lhr.audits;
        const score = (c) => Math.round(lhr.categories[c].score * 100);
        results.push({
          perf: score('performance'), bestPractices: score('best-practices'), accessibility: score('accessibility'), seo: score('seo'),
          fcp: a['first-contentful-paint'].numericValue, lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue,
          consoleErrors: (a['errors-in-console'].details?.items ?? []).map((item) => item.description),
        });
      } finally {
        await chrome.kill();
      }
    }
  } finally {
    await server.stop();
    for (const dir of [site.root, tls.dir, nginx.dir]) await rm(dir, { recursive: true, force: true });
  }
  return results;
}
