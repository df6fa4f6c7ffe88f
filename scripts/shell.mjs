// The static shell (post-build.mjs calls this in trunk's staging directory): index.html's #app
// gets the first screen a first visitor sees, the guided start in English, as the built app
// draws it, so the largest paint comes with the first one instead of after the Wasm (issue 25).
// The app replaces it in the task it draws itself in (src/lib.rs `mount`), with the same page.
//
// How: the staged build is served on 127.0.0.1 and loaded once in headless Chromium with a
// fresh profile (a first visit), and its #app is taken from `--dump-dom`. Where Chromium is
// missing or fails, the page keeps its plain "Loading" shell and the build says so.
//
// A visitor the shell does not fit (a deep link, saved data, a French or German browser: another
// page or language first) must not read it for the seconds the Wasm takes: the loader, the page's one inline
// script, first marks the shell `data-shell="away"` for them, which hides its page
// (style/app.css), then imports the app's script as before.
import { spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
// Where the app keeps its record (ggi_core::persist::STATE_KEY).
const STATE_KEY = 'ggi-journey/state';
// The first statement of the loader: runs before the app's script is fetched. Away: a deep link,
// saved data, or a browser whose first language the app speaks is French or German (the app
// speaks it at once: ggi_core::i18n::Lang::negotiate).
const AWAY = `{const a=document.getElementById('app');try{const l=(navigator.languages||[]).map(t=>t.split(/[-_]/)[0].toLowerCase()).find(t=>t==='en'||t==='fr'||t==='de');if(location.hash.length>1||localStorage.getItem('${STATE_KEY}')!==null||(l&&l!=='en'))a.dataset.shell='away'}catch(e){a.dataset.shell='away'}}`;

/** Serves `dir` on 127.0.0.1 (files only; a missing one is a 404). */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The page as headless Chromium has it once the app has drawn itself, or null. */
async function dumpDom(chromium, url) {
  const profile = await mkdtemp(join(tmpdir(), 'ggi-shell-'));
  try {
    return await new Promise((resolve) => {
      const child = spawn(chromium, [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${profile}`, '--virtual-time-budget=10000', '--dump-dom', url,
      ], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (d) => { out += d; });
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('error', () => { clearTimeout(timer); resolve(null); });
      child.on('close', (code) => { clearTimeout(timer); resolve(code === 0 ? out : null); });
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** The loader with its check first, and the app's script imported after it (not hoisted). */
export function withAwayCheck(html, fail) {
  const loader = /<script type="module">\s*import init, \* as bindings from '([^']+)';/;
  if (!loader.test(html)) fail("index.html's loader does not start with trunk's `import init, * as bindings from '…';`");
  return html.replace(loader, (_, script) => `<script type="module">\n${AWAY}\nconst bindings = await import('${script}');\nconst init = bindings.default;`);
}

/**
 * `html` (the staged page, as written to staging/index.html) with the guided start drawn into
 * its #app; unchanged, with a warning, where Chromium cannot draw it.
 */
export async function renderShell({ staging, html, fail }) {
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  const plain = /<div id="app">[\s\S]*<\/div>(\s*<\/body>)/;
  if (!plain.test(html)) fail('index.html has no <div id="app">…</div> at the end of its body');
  try {
    await access(chromium);
  } catch {
    console.warn(`post-build: no Chromium at ${chromium}: index.html keeps its plain "Loading" shell`);
    return html;
  }
  const server = await serve(staging);
  let dom;
  try {
    dom = await dumpDom(chromium, `http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.close();
  }
  const app = dom?.match(/<div id="app">([\s\S]*)<\/div>\s*<\/body>/)?.[1];
  if (!app || !/<h1\b/.test(app) || !/<nav\b/.test(app)) {
    console.warn('post-build: Chromium did not draw the app: index.html keeps its plain "Loading" shell');
    return html;
  }
  // Nothing in it may differ between two builds of the same sources (the worker's version).
  if (/ws-[0-9a-f]{16}/.test(app)) fail('the drawn shell holds a workspace id, which changes with every build');
  // Leptos's empty placement comments mean nothing without the app. `inert`: until the app
  // takes over, the shell's buttons and fields would do nothing, and text typed would be lost;
  // `aria-hidden` says the same to tools that read the page as assistive technology does
  // (inert content is already out of the accessibility tree).
  const shell = app.trim().replaceAll('<!---->', '');
  return html.replace(plain, (_, end) => `<div id="app" data-shell="start" inert aria-hidden="true">${shell}</div>${end}`);
}
