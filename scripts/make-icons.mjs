#!/usr/bin/env node
// Renders public/icon.svg to the PNG icons of the web app manifest with the test suite's
// headless Chromium (offline, no image tools needed): `node scripts/make-icons.mjs`.
// The PNGs are committed; run this again only when the SVG changes. They are precached on every
// first visit, so they are then shrunk (13 KB -> 4 KB, README: Size) with Debian's pngquant and
// optipng when installed (`apt-get install pngquant optipng`).
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch } from '../e2e/browser.mjs';

const root = resolve(import.meta.dirname, '..');
const svg = await readFile(resolve(root, 'public/icon.svg'), 'utf8');
const browser = await launch();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = resolve(root, `public/icon-${size}.png`);
    await writeFile(png, await page.screenshot({ omitBackground: true }));
    await page.close();
    try {
      execFileSync('pngquant', ['--quality=80-98', '--speed', '1', '--strip', '--force', '--output', png, png]);
      execFileSync('optipng', ['-quiet', '-o7', '-strip', 'all', png]);
    } catch (e) {
      console.warn(`icon-${size}.png left unshrunk (${e.message.split('\n')[0]})`);
    }
  }
} finally {
  await browser.close();
}
console.log('wrote public/icon-192.png and public/icon-512.png');
