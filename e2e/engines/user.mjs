// A user of the app in any engine: finds things by role, label and visible text (find.mjs) and
// acts with the engine's own input (a driver adapter: firefox.mjs, webkit.mjs), waiting as a
// person would until what they look for is there.

/** A name to match: a string (the whole name) or a RegExp, made sendable to the page. */
const sendable = (name) => (name instanceof RegExp ? { re: name.source, flags: name.flags } : name);
const query = (q) => Object.fromEntries(Object.entries(q).map(([k, v]) => [k, k === 'within' ? query(v) : sendable(v)]));

export const role = (r, name, more = {}) => query({ role: r, name, ...more });
export const heading = (name, level = 1) => query({ role: 'heading', name, level });
export const label = (name, more = {}) => query({ label: name, ...more });
export const text = (t, more = {}) => query({ text: t, ...more });
/** `q` inside the first element matching `scope`. */
export const within = (scope, q) => ({ ...q, within: scope });

const describe = (q) => JSON.stringify(q);

export class User {
  /** @param driver an adapter: find, evaluate, click, type, select, upload, goto, reload. */
  constructor(driver, timeout = 20_000) {
    this.driver = driver;
    this.timeout = timeout;
  }

  /** Waits until `q` is on screen; returns the element. */
  async see(q, timeout = this.timeout) {
    const end = Date.now() + timeout;
    let error;
    for (;;) {
      try {
        const el = await this.driver.find(q);
        if (el) return el;
      } catch (e) {
        error = e; // the page was being replaced
      }
      if (Date.now() > end) {
        const where = await this.driver.evaluate(() => `${location.hash || '(no hash)'}, h1 ${JSON.stringify(document.querySelector('main h1')?.textContent ?? null)}`).catch(() => '?');
        throw new Error(`not found within ${timeout} ms: ${describe(q)}${error ? ` (${error.message})` : ''}; the page is at ${where}`);
      }
      await sleep(100);
    }
  }

  /**
   * Waits until `q` is on screen and stays the same element, in the same place, for `ms`: for a
   * part of a page that is drawn twice in its first moments, or pushed down by a notice that
   * arrives late, where a click aimed at it can be lost.
   */
  async settled(q, ms = 500) {
    const end = Date.now() + this.timeout;
    for (;;) {
      const el = await this.see(q);
      const age = await this.evaluate((e) => {
        const at = Math.round(e.getBoundingClientRect().top + scrollY);
        if (e.__ggiAt !== at) Object.assign(e, { __ggiAt: at, __ggiSeen: performance.now() });
        return performance.now() - e.__ggiSeen;
      }, el).catch(() => 0);
      if (age >= ms) return el;
      if (Date.now() > end) throw new Error(`never settled: ${describe(q)}`);
      await sleep(100);
    }
  }

  /** Whether `q` is on screen now, without waiting. */
  async sees(q) {
    return Boolean(await this.driver.find(q));
  }

  /** Waits until `q` is no longer on screen. */
  async seesNoMore(q, timeout = this.timeout) {
    await this.until(() => this.driver.find(q).then((el) => !el), timeout, `still there: ${describe(q)}`);
  }

  async click(q) {
    // An element found may be replaced by the app's next render before the click lands (the
    // static shell's link by the app's): find it again, as a user's eyes would. Firefox says
    // "Node is either not clickable or not an Element" for a node no longer in the page.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.driver.click(await this.see(q));
      } catch (e) {
        if (attempt >= 3 || !/detached|stale|not clickable or not an Element/i.test(e.message)) throw e;
      }
    }
  }

  /**
   * Types `value` into a field, then looks until the field (found again) shows it. WebKit's
   * driver can answer before the last keys have reached the page; the next click would then
   * take the focus away from them.
   */
  async fill(q, value) {
    await this.driver.type(await this.see(q), value);
    const end = Date.now() + 5_000;
    let shown = await this.evaluate((el) => el.value, await this.see(q));
    while (shown !== value && Date.now() < end) {
      await sleep(100);
      shown = await this.evaluate((el) => el.value, await this.see(q));
    }
    if (shown !== value) throw new Error(`typed ${JSON.stringify(value)} into ${describe(q)}, which shows ${JSON.stringify(shown)}`);
  }

  /** Types a date (`YYYY-MM-DD`) into a date field, the way this engine's field takes it. */
  async date(q, iso) { await this.driver.typeDate(await this.see(q), iso); }
  async select(q, optionLabel) { await this.driver.select(await this.see(q), optionLabel); }
  async upload(q, path) { await this.driver.upload(await this.see(q, this.timeout), path); }

  async open(url) { await this.driver.goto(url); }
  async reload() { await this.driver.reload(); }

  /** Runs `fn(...args)` in the page (an async function's promise is awaited). */
  evaluate(fn, ...args) { return this.driver.evaluate(fn, ...args); }

  /** Polls `check()` (in node) until it is truthy, across reloads, or throws `why`. */
  async until(check, timeout = this.timeout, why = `timed out: ${check}`) {
    const end = Date.now() + timeout;
    let error;
    for (;;) {
      try {
        const v = await check();
        if (v) return v;
      } catch (e) {
        error = e;
      }
      if (Date.now() > end) throw new Error(`${why}${error ? ` (${error.message})` : ''}`);
      await sleep(100);
    }
  }

  /** Polls `fn(...args)` in the page until it is truthy. */
  waitInPage(fn, ...args) {
    return this.until(() => this.evaluate(fn, ...args), this.timeout, `timed out waiting in the page for ${fn}`);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
