// WebKitGTK (Debian's MiniBrowser, the WebKit of Epiphany and close kin of Safari's) through
// WebKitWebDriver, which speaks plain W3C WebDriver: a tiny client is all it takes
// (webdriver.mjs). MiniBrowser needs a display: a private Xvfb, started here and stopped at the
// end. One browser for the suite; each flow has an origin of its own (suite.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { find } from './find.mjs';
import { ELEMENT, startDriver, newSession } from './webdriver.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * WebDriver classic has no console to listen to, and MiniBrowser in automation mode does not
 * write it out (its --enable-write-console-messages-to-stdout applies to its own windows
 * only). So the page watches itself: console.error, uncaught errors and unhandled rejections
 * are noted in the page from the first command after each load (the suite's users poll every
 * 100 ms) and handed over with every command's answer. What a page logs before that is missed.
 */
function watch() {
  if (!window.__ggiProblems) {
    const problems = (window.__ggiProblems = []);
    const error = console.error.bind(console);
    console.error = (...args) => { problems.push(`console error: ${args.map(String).join(' ')}`); error(...args); };
    addEventListener('error', (e) => problems.push(`page error: ${e.message}`));
    addEventListener('unhandledrejection', (e) => problems.push(`page error: unhandled rejection: ${e.reason}`));
  }
  return window.__ggiProblems.splice(0);
}

/** Xvfb on a display it picks itself (-displayfd), so two runs never collide. */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise((ok, fail) => {
    let out = '';
    xvfb.stdout.on('data', (d) => { out += d; if (out.includes('\n')) ok(`:${out.trim()}`); });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
  });
  return { display, stop: () => xvfb.kill() };
}

export async function launch() {
  const xvfb = await startXvfb();
  let driver;
  let session;
  try {
    driver = await startDriver('WebKitWebDriver', [], { env: { ...process.env, DISPLAY: xvfb.display } });
    session = await newSession(driver.base, {
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    });
  } catch (e) {
    // Nothing of a failed start is left running.
    driver?.child.kill();
    xvfb.stop();
    throw e;
  }
  // Each page (a window of MiniBrowser) sends its commands to its own window.
  const main = await session.cmd('GET', '/window');
  let active = main;
  const inWindow = (handle) => async (method, path, body) => {
    if (active !== handle) {
      await session.cmd('POST', '/window', { handle });
      active = handle;
    }
    return session.cmd(method, path, body);
  };
  const newTab = async () => {
    const { handle } = await session.cmd('POST', '/window/new', { type: 'tab' });
    const cmd = inWindow(handle);
    const close = async () => {
      await cmd('DELETE', '/window');
      active = null;
    };
    return { ...adapter(cmd, newTab), close };
  };
  const version = `WebKitGTK ${execFileSync(MINIBROWSER, ['--version'], { encoding: 'utf8', env: { ...process.env, DISPLAY: xvfb.display } }).trim().replace(/^\D*/, '')}`;
  return {
    name: 'webkit',
    version,
    async newPage() {
      // A desktop window, as the Chromium suite's.
      const cmd = inWindow(main);
      await cmd('POST', '/window/rect', { width: 1280, height: 800 });
      return adapter(cmd, newTab);
    },
    /** Whether the browser still answers (a crash ends the session). */
    alive: () => session.cmd('GET', '/window').then(() => true, () => false),
    async close() {
      await session.delete().catch(() => {});
      driver.child.kill();
      xvfb.stop();
    },
  };
}

function adapter(cmd, newTab) {
  const problems = [];
  const script = async (fn, args) => {
    const [value, noted] = await cmd('POST', '/execute/sync', {
      script: `const watch = ${watch}; const noted = watch();
        return Promise.resolve((${fn}).apply(null, arguments)).then((value) => [value, noted.concat(watch())]);`,
      args,
    });
    problems.push(...noted);
    return value;
  };
  const id = (el) => el[ELEMENT];
  let frame = null; // { width, height } once the page is shown in a phone-sized frame
  const intoFrame = async () => {
    const iframe = await script(() => document.getElementById('phone'), []);
    await cmd('POST', '/frame', { id: iframe });
  };
  return {
    problems,
    /** Another tab of the same browser (same storage), as a user opens one. */
    async secondTab() {
      const tab = await newTab();
      tab.problems = problems;
      return tab;
    },
    find: (q) => script(find, [q]),
    evaluate: (fn, ...args) => script(fn, args),
    /** Runs a script's source text as the driver's own (not subject to the page's CSP). */
    run: (source) => cmd('POST', '/execute/sync', { script: source, args: [] }),
    click: (el) => cmd('POST', `/element/${id(el)}/click`, {}),
    async type(el, value) {
      await cmd('POST', `/element/${id(el)}/clear`, {});
      await cmd('POST', `/element/${id(el)}/value`, { text: value });
    },
    async select(el, optionLabel) {
      const option = await script((s, l) => [...s.options].find((o) => o.label.trim() === l || o.value === l) ?? null, [el, optionLabel]);
      if (!option) throw new Error(`no option ${optionLabel}`);
      await cmd('POST', `/element/${id(option)}/click`, {});
    },
    /**
     * A date typed as a user of an en-US browser does: month, day, year, each followed by a
     * slash that moves to the next part of WebKit's date field, then Tab (the change event
     * comes on leaving it).
     */
    async typeDate(el, iso) {
      const [y, m, d] = iso.split('-');
      await script((e) => e.focus(), [el]);
      await cmd('POST', `/element/${id(el)}/value`, { text: `${m}/${d}/${y}\uE004` });
    },
    upload: (el, path) => cmd('POST', `/element/${id(el)}/value`, { text: path }),
    async goto(url) {
      if (!frame) return cmd('POST', '/url', { url });
      await cmd('POST', '/frame/parent', {});
      await script((u) => { document.getElementById('phone').src = u; }, [url]);
      await intoFrame();
    },
    async reload() {
      if (!frame) return cmd('POST', '/refresh', {});
      await script(() => location.reload(), []);
    },
    /**
     * MiniBrowser's window cannot be narrower than its toolbar (447 px), so a phone's width is
     * a same-origin frame of that size (`frameHost`: a blank page of the app's origin; the
     * frame is a first party, with the app's own storage and service worker), and the CSS
     * viewport, media queries and layout are the frame's.
     */
    async setViewport(width, height, frameHost) {
      await cmd('POST', '/url', { url: frameHost });
      await script((w, h) => {
        document.body.style.margin = '0';
        const f = document.createElement('iframe');
        Object.assign(f, { id: 'phone', title: 'phone', width: w, height: h });
        f.style.border = '0';
        document.body.append(f);
      }, [width, height]);
      frame = { width, height };
      await intoFrame();
    },
    async close() {
      if (frame) await cmd('POST', '/frame', { id: null });
    },
  };
}
