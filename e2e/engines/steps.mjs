// Steps several flows share (flows/): a tick saved, an export as the browser receives it, the
// sample organisation, axe-core run as the driver's own script, held animation frames.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { role, heading } from './user.mjs';

export const KEY = 'ggi-journey/state';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const stored = (user) => user.evaluate((k) => localStorage.getItem(k), KEY);
export const wasmAsked = (site) => site.requests.map((p) => p.split('/').pop()).filter((n) => n.endsWith('.wasm'))
  .map((n) => n.replace(/-[0-9a-f]+(_bg)?\.wasm$/, ''));

/** Writes `contents` to a file of a fresh temporary folder, for a file input. */
export async function tempFile(name, contents) {
  const path = join(await mkdtemp(join(tmpdir(), 'ggi-engines-')), name);
  await writeFile(path, contents);
  return path;
}

/** Ticks the first verification point of an activity and waits until it is stored. */
/** Where `el` is in the page, in whole CSS pixels: what a user aiming at it relies on. */
export const placeOf = (user, el) => user.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { x: Math.round(r.left + scrollX), y: Math.round(r.top + scrollY), inView: Math.round(r.top) };
}, el);

export async function tick(user, site, activity) {
  await user.open(`${site.url}#/activities/${activity}`);
  await user.see(heading(new RegExp(activity)));
  await user.click(role('checkbox'));
  await user.waitInPage((k, a) => {
    const doc = JSON.parse(localStorage.getItem(k) ?? '{}');
    return Object.values(doc.workspaces?.[0]?.activities?.[a]?.verification ?? {}).some((c) => c.met);
  }, KEY, activity);
}

/**
 * What the export button hands the browser: the app downloads a Blob through an <a download>
 * it clicks. The page keeps each Blob it makes an address for (the app's CSP allows no fetch of
 * a blob: address), and the download goes on as usual.
 */
export async function exportAll(user) {
  await user.evaluate(() => {
    if (window.__downloads) return;
    window.__downloads = [];
    const blobs = new Map();
    const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => { const url = make.call(URL, blob); blobs.set(url, blob); return url; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      if (this.download && blob) window.__downloads.push(blob.text().then((t) => ({ name: this.download, text: t })));
      return click.call(this);
    };
  });
  await user.click(role('button', 'Export everything (JSON)'));
  await user.waitInPage(() => window.__downloads.length > 0);
  return user.evaluate(() => window.__downloads.at(-1));
}

export async function loadSample(user, site) {
  await user.open(site.url);
  // On a first visit the guided start's sample section is drawn anew a moment after it shows
  // (WebKit's driver then finds its button gone, or clicks one that no longer counts): the
  // user clicks once it stays.
  await user.settled(role('button', 'Load a sample organisation'));
  await user.click(role('button', 'Load a sample organisation'));
  await user.see(heading('Dashboard'));
}

export async function axe(user) {
  const source = await readFile(AXE, 'utf8');
  // Run as the driver's own script: the app's Content-Security-Policy allows neither an inline
  // <script> nor eval.
  if (!(await user.evaluate(() => Boolean(window.axe)))) await user.driver.run(source);
  return user.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (r.passes.length === 0) return ['axe checked nothing'];
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

export const sidewaysScroll = (user) => user.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const scroll = document.documentElement.scrollWidth;
  return scroll <= width ? null : `scrollWidth ${scroll} > ${width}`;
});

/**
 * Opens the app, then holds the page's animation frames (as a busy engine delays them) and goes
 * to `hash`; releaseFrames lets them run.
 */
export async function holdFramesAndGo(user, site, hash) {
  await user.open(`${site.url}#/about`);
  await user.see(role('navigation', 'Main'));
  await user.evaluate((to) => {
    const frame = window.requestAnimationFrame;
    const held = [];
    window.requestAnimationFrame = (callback) => held.push(callback);
    window.__releaseFrames = () => {
      window.requestAnimationFrame = frame;
      for (const callback of held.splice(0)) frame.call(window, callback);
    };
    location.hash = to;
  }, hash);
}

export const releaseFrames = (user) =>
  user.evaluate(() => new Promise((done) => { window.__releaseFrames(); requestAnimationFrame(() => requestAnimationFrame(done)); }));

