// The cross-engine suite for one engine: the flows of flows.mjs against the release build
// (GGI_DIST). One browser start per engine; every flow on an origin of its own (a fresh static
// server on another port), so storage and service workers start empty, as for a new visitor.
// Each engine is a test file of its own (firefox.test.mjs, webkit.test.mjs), so `node --test
// --test-concurrency=2 engines/` runs the two side by side, one process each.
// GGI_ENGINES=firefox (or webkit) runs one engine. Chromium runs the full suite (tests/).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../server.mjs';
import { User } from './user.mjs';
import { FLOWS } from './flows.mjs';

const chosen = (process.env.GGI_ENGINES ?? 'firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);

/** Registers every flow for `name`, whose adapter is ./`name`.mjs. */
export function suite(name) {
  describe(name, { skip: !chosen.includes(name) && `GGI_ENGINES=${chosen.join(',')}` }, () => {
    let browser;
    const servers = [];
    const launch = async () => (await import(`./${name}.mjs`)).launch();
    before(async () => {
      browser = await launch();
      console.log(`# ${name}: ${browser.version}`);
    });
    after(async () => {
      await browser?.close();
      await Promise.all(servers.map((s) => s.close()));
    });

    for (const [title, flow] of Object.entries(FLOWS)) {
      test(title, async () => {
        // A blank page of the app's origin, for engines that show a phone as a frame (webkit.mjs).
        const site = await serve({ extra: { 'frame.html': '<!doctype html><title>frame</title><body></body>' } });
        servers.push(site);
        const driver = await browser.newPage();
        try {
          await flow({ user: new User(driver), site, driver, engine: name });
          assert.deepEqual(driver.problems, []);
        } catch (e) {
          // A browser that crashed (WebKitGTK 2.50.6's web process once segfaulted in
          // JavaScriptCore here) fails this flow, said as such; the next flows get a new one.
          if (await browser.alive()) throw e;
          browser.close().catch(() => {});
          browser = await launch();
          throw new Error(`${name} crashed during this flow (relaunched for the next flows): ${e.message}`, { cause: e });
        } finally {
          await driver.close().catch(() => {});
        }
      });
    }
  });
}
