// The static shell (post-build.mjs calls this in trunk's staging directory): index.html's #app
// gets the first screen a first visitor sees, the guided start in English, as the built app
// draws it, so the largest paint comes with the first one instead of after the Wasm (issue 25).
// The app replaces it in the task it draws itself in (src/lib.rs `mount`), with the same page.
//
// How: the staged build is served on 127.0.0.1 and loaded once per language in headless
// Chromium with a fresh profile (a first visit), and its #app is taken from `--dump-dom`. Where
// Chromium is missing or fails, the page keeps its plain "Loading" shell and the build says so.
//
// A visitor the English shell does not fit must not read it for the seconds the Wasm takes: the
// loader, the page's one inline script, first marks the shell `data-shell="away"` for them,
// which hides its page (style/app.css), then imports the app's script after the first paint.
// A deep link or saved data: another page first. A French or German browser: the loader
// fetches the guided start drawn in that language (`shell-fr-<hash>.html`, a few KB, only then)
// and shows it in place of the English one, unless the app is there first.
import { spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
// Where the app keeps its record (ggi_core::persist::STATE_KEY), and notes the language it shows
// (src/i18n.rs `LANG_KEY`).
const STATE_KEY = 'ggi-journey/state';
const LANG_KEY = 'ggi-journey/lang';
// The first statement of the loader: runs before the app's script is fetched. The language is
// the one the app noted it showed last (a returning visitor), else the browser's first one the
// app speaks (ggi_core::i18n::Lang::negotiate). Away (its page hidden): a deep link or saved
// data. Wait (all of it hidden, so that nothing visible changes language): French or German;
// the shell in that language (`shells`: language → file) takes the English one's place, away
// again for a deep link or saved data (its header and footer in that language, not a blank
// page), and the app replaces it as it would the English one.
const away = (shells) => `{const a=document.getElementById('app');try{const l=[localStorage.getItem('${LANG_KEY}'),...(navigator.languages||[])].filter(Boolean).map(t=>t.split(/[-_]/)[0].toLowerCase()).find(t=>t==='en'||t==='fr'||t==='de');const o=location.hash.length>1||localStorage.getItem('${STATE_KEY}')!==null;const f=${JSON.stringify(shells)}[l];if(l&&l!=='en')a.dataset.shell='wait';else if(o)a.dataset.shell='away';if(f)fetch(f).then(r=>r.ok?r.text():'').then(t=>{if(t&&a.isConnected&&a.dataset.shell==='wait'){a.innerHTML=t;a.dataset.shell=o?'away':'start';document.documentElement.lang=l}}).catch(()=>{})}catch(e){a.dataset.shell='away'}}`;

// The languages a shell is drawn in, and the browser language each is drawn with.
const LANGUAGES = { en: 'en-GB,en', fr: 'fr-FR,fr', de: 'de-DE,de' };

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
async function dumpDom(chromium, url, languages) {
  const profile = await mkdtemp(join(tmpdir(), 'ggi-shell-'));
  try {
    return await new Promise((resolve) => {
      const child = spawn(chromium, [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${profile}`, `--accept-lang=${languages}`, '--virtual-time-budget=10000', '--dump-dom', url,
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

// Then the loader waits for the first contentful paint (the shell's) to be shown before it
// fetches the app's script, or 250 ms where nothing is painted (a tab opened in the background).
// The paint never waited for the script, but Lighthouse's simulation counts every request
// started before it as something it waited for: LCP read 1.0 or 1.8 s from run to run, by
// whether the chunk loader's request began a few milliseconds before the paint (issue 25).
const AFTER_PAINT = "await new Promise((go)=>{try{new PerformanceObserver((l)=>{if(l.getEntriesByName('first-contentful-paint').length)go()}).observe({type:'paint',buffered:true})}catch(e){go()}setTimeout(go,250)});";

/**
 * The loader with its check first, and the app's script imported after the first paint.
 * `shells`: the file of the guided start in each other language ({ fr: 'shell-fr-….html' }).
 */
export function withAwayCheck(html, fail, shells = {}) {
  const loader = /<script type="module">\s*import init, \* as bindings from '([^']+)';/;
  if (!loader.test(html)) fail("index.html's loader does not start with trunk's `import init, * as bindings from '…';`");
  return html.replace(loader, (_, script) => `<script type="module">\n${away(shells)}\n${AFTER_PAINT}\nconst bindings = await import('${script}');\nconst init = bindings.default;`);
}

const PLAIN = /<div id="app">[\s\S]*<\/div>(\s*<\/body>)/;

/**
 * The guided start as the built app draws it for a first visitor, in each language
 * ({ en, fr, de }: the inside of #app), from the page staged as index.html; null, with a
 * warning, where Chromium cannot draw it.
 */
export async function drawShells({ staging, fail }) {
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!PLAIN.test(await readFile(join(staging, 'index.html'), 'utf8'))) fail('index.html has no <div id="app">…</div> at the end of its body');
  try {
    await access(chromium);
  } catch {
    console.warn(`post-build: no Chromium at ${chromium}: index.html keeps its plain "Loading" shell`);
    return null;
  }
  const server = await serve(staging);
  const shells = {};
  try {
    for (const [lang, languages] of Object.entries(LANGUAGES)) {
      const dom = await dumpDom(chromium, `http://127.0.0.1:${server.address().port}/`, languages);
      const app = dom?.match(/<div id="app">([\s\S]*)<\/div>\s*<\/body>/)?.[1];
      if (!app || !/<h1\b/.test(app) || !/<nav\b/.test(app) || !new RegExp(`<html lang="${lang}"`).test(dom)) {
        console.warn(`post-build: Chromium did not draw the app in ${lang}: index.html keeps its plain "Loading" shell`);
        return null;
      }
      // Nothing in it may differ between two builds of the same sources (the worker's version).
      if (/ws-[0-9a-f]{16}/.test(app)) fail('the drawn shell holds a workspace id, which changes with every build');
      // Leptos's empty placement comments mean nothing without the app. Until the app takes
      // over, the shell's controls would do nothing and what is typed into them would be lost:
      // they are `inert` (no focus, no click, out of the accessibility tree), which
      // `aria-hidden` says to tools that read the page as assistive technology does without
      // knowing `inert`. Its headings, text and links are there for everyone, a screen reader
      // too, and its links work as links: the app opens the page they name. The skip link
      // waits too: `#main` is no page of the app.
      shells[lang] = app.trim().replaceAll('<!---->', '')
        .replace(/<(button|input|select|textarea)\b/g, '<$1 inert aria-hidden="true"')
        .replace(/<a class="skip-link"/g, '<a class="skip-link" inert aria-hidden="true"');
    }
  } finally {
    server.close();
  }
  return shells;
}

/** `html` with `shell` (the English guided start) in its #app. */
export function withShell(html, shell) {
  return html.replace(PLAIN, (_, end) => `<div id="app" data-shell="start">${shell}</div>${end}`);
}
