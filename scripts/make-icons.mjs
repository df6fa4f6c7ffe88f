#!/usr/bin/env node
// Renders public/icon.svg to the PNG icons of the web app manifest with the test suite's
// headless Chromium (offline, no image tools needed): `node scripts/make-icons.mjs`.
// The PNGs are committed; run this again only when the SVG changes.
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
    await writeFile(resolve(root, `public/icon-${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('wrote public/icon-192.png and public/icon-512.png');
