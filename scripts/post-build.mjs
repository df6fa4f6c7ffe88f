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
//    an unchanged build keeps the old one; in a release build its code is minified. index.html is listed as `./` (the folder's address:
//    hosts with clean URLs redirect `…/index.html` there) and carries the same version in a
//    <meta name="ggi-journey-build">, which the worker checks before precaching the page, so
//    the page it keeps always belongs to the files it keeps.
// 3. Catalogue translations: each catalogue/<name>.<lang>.json is minified into a hashed file
//    catalogue-<lang>-<16 hex>.json, named in a <meta name="ggi-journey-catalogues"> that the
//    app reads (src/translation.rs). They are fetched only when that language is chosen and
//    cached by the service worker then (listed in its ON_DEMAND, never precached), so an
//    English first visit does not grow.
// 4. Stylesheets (release build): without their comments and indentation, in the page itself.
// 5. Pages: the Wasm chunk of each page (scripts/split.mjs) is optimised, named by its content
//    and listed in the service worker's PAGES: kept on first use, and all of them
//    fetched in the background from the second visit on, so a first visit downloads only the
//    main module.
// 6. The static shell: the guided start drawn into #app, the same in French and German as files
//    of their own, and the loader's check that hides it from a visitor it does not fit or
//    fetches the one in the visitor's language (scripts/shell.mjs).
// 7. No preload of the main Wasm: trunk's <link rel="preload"> starts the largest file before
//    the first paint, which then shares a slow network with it (and Lighthouse's simulation
//    counts it before the largest paint). The loader fetches it at once when it runs.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { minifier, shipChunks } from './split.mjs';
import { precached } from './pack.mjs';
import { drawShells, withAwayCheck, withShell } from './shell.mjs';

const PLACEHOLDER = '{{inline-script-hashes}}';
const STYLE_PLACEHOLDER = '{{inline-style-hashes}}';
// Files a deployment may add beside index.html: never precached (the service worker fetches
// them network-first), and never shipped in dist/ so an upgrade cannot overwrite them.
const OPTIONAL = ['config.json', 'catalogue.json', 'catalogue.fr.json', 'catalogue.de.json', 'catalogue.en.json'];
// Shipped for tools and people (editors, `ggi validate`), never read by the app: not precached.
const FOR_TOOLS = ['export.schema.json'];
// The icons a browser fetches only to install the app (manifest.webmanifest, apple-touch-icon):
// not precached, so a first visit does not download them; the worker keeps them when fetched.
const FOR_INSTALL = ['icon-192.png', 'icon-512.png'];

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

/**
 * The policy with the placeholders replaced by the hashes of the page's inline scripts and
 * stylesheets: exactly what the build needs, never 'unsafe-inline'.
 */
function hashInlineCode(html) {
  for (const placeholder of [PLACEHOLDER, STYLE_PLACEHOLDER]) {
    if (!html.includes(placeholder)) fail(`index.html has no ${placeholder} in its Content-Security-Policy`);
  }
  const hashes = (tag) => {
    const found = [];
    for (const [, attributes, body] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))) {
      if (/\bsrc\s*=/.test(attributes)) continue;
      found.push(`'sha256-${sha256(body).digest('base64')}'`);
    }
    return found;
  };
  const scripts = hashes('script');
  const styles = hashes('style');
  const filled = html.replaceAll(PLACEHOLDER, scripts.join(' ')).replaceAll(` ${STYLE_PLACEHOLDER}`, styles.map((h) => ` ${h}`).join(''));
  return { html: filled, count: scripts.length, styles: styles.length };
}

/**
 * A script without its comment lines and blank lines (`//` lines and `/** … *\/` blocks of its
 * own; comments after code stay): the service worker is part of every first visit, and its
 * comments are for the people who read public/sw.js.
 */
function withoutComments(source) {
  return source
    .replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace(/\n{2,}/g, '\n');
}

/**
 * The stylesheets without comments and indentation (they are for people reading style/), in
 * the page itself: a first paint waits for no request but the page's (issue 25: Lighthouse
 * counted a round trip per stylesheet before it). Only whole comments and leading or trailing
 * spaces go, so no rule or string changes; the files leave staging.
 */
async function inlineStylesheets(staging) {
  let html = await readFile(join(staging, 'index.html'), 'utf8');
  const links = [...html.matchAll(/<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*>/g)];
  if (links.length === 0) fail('index.html links no stylesheet to inline');
  for (const [link, name] of links) {
    const path = join(staging, name);
    const css = (await readFile(path, 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^[ \t]+|[ \t]+$/gm, '')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (css.includes('</')) fail(`${name} holds "</", which would end its <style> element early`);
    html = html.replace(link, () => `<style>${css}</style>`);
    await rm(path);
  }
  await writeFile(join(staging, 'index.html'), html);
}

/**
 * The worker's code minified (terser, as the script and the loader are), all but the
 * `const NAME = …;` lines this step fills in, which stay first and whole: tests and tools read
 * them. Release builds only.
 */
async function minifyWorker(code, names) {
  const fill = new RegExp(`^const (${names.join('|')}) = .*;$`);
  const lines = code.split('\n');
  const minify = await minifier(source, fail);
  const body = await minify(lines.filter((line) => !fill.test(line)).join('\n'));
  return [...lines.filter((line) => fill.test(line)), body].join('\n');
}

/** sw.js with its `const NAME = …;` lines filled in from `values` (VERSION, PRECACHE, …). */
function fillServiceWorker(source, values) {
  let filled = source;
  for (const [name, value] of Object.entries(values)) {
    const line = new RegExp(`^const ${name} = .*;$`, 'm');
    if (!line.test(filled)) fail(`sw.js has no \`const ${name} = …;\` line to fill`);
    const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
    filled = filled.replace(line, () => `const ${name} = ${text};`);
  }
  return filled;
}

/** Writes the hashed translation files into the staging directory; returns [[lang, name]]. */
async function translations(source, staging) {
  const dir = join(source, 'catalogue');
  const out = [];
  for (const file of (await readdir(dir)).sort()) {
    const lang = file.match(/\.([a-z]{2})\.json$/)?.[1];
    if (!lang) continue;
    let text;
    try {
      text = JSON.stringify(JSON.parse(await readFile(join(dir, file), 'utf8')));
    } catch (e) {
      fail(`catalogue/${file} is not valid JSON: ${e.message}`);
    }
    const name = `catalogue-${lang}-${sha256(text).digest('hex').slice(0, 16)}.json`;
    await writeFile(join(staging, name), text);
    out.push([lang, name]);
  }
  return out;
}

/** The page with the names of the translation files, for the app. */
function nameTranslations(html, files) {
  const content = files.map(([lang, name]) => `${lang}=${name}`).join(' ');
  return html.replace('</head>', `  <meta name="ggi-journey-catalogues" content="${content}">\n</head>`);
}

/** The page with its build id, which the service worker checks before precaching it. */
function markBuild(html, version) {
  if (!html.includes('</head>')) fail('index.html has no </head>');
  return html.replace('</head>', `  <meta name="ggi-journey-build" content="${version}">\n</head>`);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set: run this through trunk (Trunk.toml [[hooks]])');

const indexPath = join(staging, 'index.html');
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const { chunks } = await shipChunks({ staging, source, profile: process.env.TRUNK_PROFILE ?? 'debug', fail });
const onDemand = await translations(source, staging);
if ((process.env.TRUNK_PROFILE ?? 'debug') === 'release') await inlineStylesheets(staging);
// The page's comments are for people reading index.html in the repository.
const page = (await readFile(indexPath, 'utf8'))
  .replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '')
  .replace(/[ \t]*<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>\n?/g, '');
const built = (shells) => nameTranslations(withAwayCheck(page, fail, shells), onDemand);
// The page as built so far is served to draw the shell from (scripts/shell.mjs).
await writeFile(indexPath, hashInlineCode(built({})).html);
const drawn = await drawShells({ staging, fail });
// The guided start in French and German: a file each, fetched by the loader when the app shows
// that language (a first visit shows it, a later one its header and footer). Not precached: the
// worker keeps it once fetched, as the translations (ON_DEMAND).
const shells = {};
for (const lang of ['fr', 'de']) {
  if (!drawn) break;
  shells[lang] = `shell-${lang}-${sha256(drawn[lang]).digest('hex').slice(0, 16)}.html`;
  await writeFile(join(staging, shells[lang]), drawn[lang]);
}
const hashed = hashInlineCode(drawn ? withShell(built(shells), drawn.en) : built(shells));
const { html, count, styles } = hashed;
// The reading of stored work is precached (pack.mjs `PRECACHED`); every other chunk is a page's.
const pages = chunks.filter((name) => !precached(name));
const onDemandNames = [...onDemand.map(([, name]) => name), ...Object.values(shells), ...pages];

// The version covers every precached file, the page included (before its build id, which is
// derived from it): any change anywhere makes a new worker.
const entries = [];
for (const path of (await files(staging)).sort()) {
  const name = relative(staging, path).split(sep).join('/');
  if (name === 'sw.js' || name === 'index.html' || OPTIONAL.includes(name) || onDemandNames.includes(name) || FOR_TOOLS.includes(name) || FOR_INSTALL.includes(name)) continue;
  entries.push([name, sha256(await readFile(path)).digest('hex')]);
}
entries.push(['./', sha256(html).digest('hex')]);
const version = sha256(entries.map(([name, hash]) => `${name}\0${hash}\n`).join('')).digest('hex').slice(0, 16);
await writeFile(indexPath, markBuild(html, version));

const swPath = join(staging, 'sw.js');
const worker = {
  VERSION: version,
  PRECACHE: entries.map(([name]) => name),
  ON_DEMAND: [...onDemand.map(([, name]) => name), ...Object.values(shells)],
  PAGES: pages,
  ICONS: FOR_INSTALL,
};
let workerSource = withoutComments(await readFile(swPath, 'utf8'));
if ((process.env.TRUNK_PROFILE ?? 'debug') === 'release') workerSource = await minifyWorker(workerSource, Object.keys(worker));
await writeFile(swPath, fillServiceWorker(workerSource, worker));

console.log(`post-build: CSP with ${count} inline script and ${styles} inline style hash(es); sw.js ${version} precaches ${entries.length} files; ${onDemand.length} translation(s) and ${pages.length} Wasm chunk(s) on demand`);
