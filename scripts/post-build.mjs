#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml): finishes the build in trunk's staging directory, before
// trunk moves it to dist/. Node only, no packages.
//
// 1. Content-Security-Policy: index.html carries a strict CSP in a <meta> tag whose script-src
//    holds the placeholder {{inline-script-hashes}}. Trunk writes one inline module script (the
//    Wasm loader, which names the hashed file names), so the placeholder becomes the sha256 hash
//    of every inline script in the page: exactly what the build needs, never 'unsafe-inline'.
// 2. Service worker: sw.js (copied from public/) gets the list of files to precache and a
//    version derived from their contents, so each new build installs a new service worker and
//    an unchanged build keeps the old one.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const PLACEHOLDER = '{{inline-script-hashes}}';
// Files a deployment may add beside index.html: never precached (the service worker fetches
// them network-first), and never shipped in dist/ so an upgrade cannot overwrite them.
const OPTIONAL = ['config.json', 'catalogue.json'];

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const sha256 = (data) => createHash('sha256').update(data);

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

/** The policy with the placeholder replaced by the hashes of the page's inline scripts. */
function hashInlineScripts(html) {
  if (!html.includes(PLACEHOLDER)) fail(`index.html has no ${PLACEHOLDER} in its Content-Security-Policy`);
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(attributes)) continue;
    hashes.push(`'sha256-${sha256(body).digest('base64')}'`);
  }
  return { html: html.replaceAll(PLACEHOLDER, hashes.join(' ')), count: hashes.length };
}

/** sw.js with its precache list and version filled in. */
function fillServiceWorker(source, entries) {
  const version = sha256(entries.map(([name, hash]) => `${name}\0${hash}\n`).join('')).digest('hex').slice(0, 16);
  const names = entries.map(([name]) => name);
  const filled = source
    .replace(/^const VERSION = .*;$/m, `const VERSION = '${version}';`)
    .replace(/^const PRECACHE = .*;$/m, `const PRECACHE = ${JSON.stringify(names)};`);
  if (!filled.includes(version) || !filled.includes(JSON.stringify(names))) {
    fail('sw.js has no `const VERSION = …;` or `const PRECACHE = …;` line to fill');
  }
  return { source: filled, version };
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set: run this through trunk (Trunk.toml [[hooks]])');

const indexPath = join(staging, 'index.html');
const { html, count } = hashInlineScripts(await readFile(indexPath, 'utf8'));
await writeFile(indexPath, html);

const entries = [];
for (const path of (await files(staging)).sort()) {
  const name = relative(staging, path).split(sep).join('/');
  if (name === 'sw.js' || OPTIONAL.includes(name)) continue;
  entries.push([name, sha256(await readFile(path)).digest('hex')]);
}
const swPath = join(staging, 'sw.js');
const { source, version } = fillServiceWorker(await readFile(swPath, 'utf8'), entries);
await writeFile(swPath, source);

console.log(`post-build: CSP with ${count} inline script hash(es); sw.js ${version} precaches ${entries.length} files`);
