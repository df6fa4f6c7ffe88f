// Firefox ESR through puppeteer-core over WebDriver BiDi (Firefox's own remote agent: no
// geckodriver, which Debian does not package, and no download). One browser for the suite; each
// flow has a page of its own, on an origin of its own (suite.mjs), so storage, caches and
// service workers never leak between flows.
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { find } from './find.mjs';

const BINARY = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
// The app looks for the optional deployment files config.json and catalogue.json at every start.
const OPTIONAL_FILE_MISSING = /\/(config|catalogue(\.[a-z]{2})?)\.json\b.*(404|not found)/i;

export async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BINARY,
    headless: true,
    // Downloads (exports) land in the temporary folder, without a dialog.
    extraPrefsFirefox: { 'browser.download.dir': tmpdir(), 'browser.download.folderList': 2 },
  });
  const version = (await browser.version()).replace('firefox/', 'Firefox ');
  return {
    name: 'firefox',
    version,
    async newPage(problems = []) {
      const page = await browser.newPage();
      // A desktop window, as the Chromium suite's (puppeteer's default, 800 px, is a phone's layout).
      await page.setViewport({ width: 1280, height: 800 });
      // Firefox ends the fetches of a page being left with an error its own code still sees (Chromium
      // drops the page without a word): the chunk loader's "could not fetch" for a page reloaded
      // while a chunk was on its way. What a page says once it is being left is not counted; the
      // next document's words are, from its first.
      let leaving = false;
      page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) leaving = false; });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', async (m) => {
        if (leaving || m.type() !== 'error' || OPTIONAL_FILE_MISSING.test(m.text())) return;
        // An Error object prints as "JSHandle@error": its message and stack say more.
        const said = await Promise.all(m.args().map((a) => a.evaluate((v) => (v instanceof Error ? `${v}\n${v.stack}` : String(v))).catch(() => undefined)));
        problems.push(`console error: ${said.length > 0 && said.every((v) => typeof v === 'string') ? said.join(' ') : `${m.text()} (at ${JSON.stringify(m.location())})`}`);
      });
      const leave = () => { leaving = true; };
      return { ...adapter(page, problems, leave), secondTab: () => this.newPage(problems) };
    },
    alive: async () => browser.connected,
    close: () => browser.close(),
  };
}

function adapter(page, problems, leave) {
  return {
    problems,
    async find(q) {
      const handle = await page.evaluateHandle(find, q);
      const el = handle.asElement();
      if (!el) await handle.dispose();
      return el;
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    /** Runs a script's source text as the driver's own (not subject to the page's CSP). */
    run: (source) => page.evaluate(source),
    click: (el) => el.click(),
    async type(el, value) {
      await el.click({ count: 3 });
      await el.evaluate((e) => e.select?.());
      await page.keyboard.press('Backspace');
      await el.type(value);
    },
    async select(el, optionLabel) {
      const value = await el.evaluate((s, l) => [...s.options].find((o) => o.label.trim() === l || o.value === l)?.value, optionLabel);
      if (value === undefined) throw new Error(`no option ${optionLabel}`);
      await el.select(value);
    },
    /**
     * A date typed as a user of an en-US Firefox does: month, day and year digits (its date
     * field moves on by itself), then Tab (the change event comes on leaving it).
     */
    async typeDate(el, iso) {
      const [y, m, d] = iso.split('-');
      await el.focus();
      await el.type(`${m}${d}${y}`);
      await page.keyboard.press('Tab');
    },
    upload: (el, path) => el.uploadFile(path),
    async goto(url) {
      // Another address, not only another #fragment, replaces the document.
      if (url.split('#')[0] !== page.url().split('#')[0]) leave();
      await page.goto(url);
    },
    async reload() {
      leave();
      await page.reload();
    },
    async setViewport(width, height) { await page.setViewport({ width, height }); },
    close: () => page.close(),
  };
}
