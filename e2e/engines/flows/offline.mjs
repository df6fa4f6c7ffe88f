// Offline after the first visit: the service worker opens the app, navigates and saves.
import assert from 'node:assert/strict';
import { role, heading, text, within } from '../user.mjs';
import { KEY, wasmAsked, tick } from '../steps.mjs';

export default {
  async 'offline after the first visit: the service worker opens the app, navigates and saves'({ user, site }) {
    // A first visit that changes something (the durability code comes with the first change).
    await tick(user, site, 'GGI-A-24');
    await user.waitInPage(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    // What the first visit fetched before the worker took over, the worker keeps on taking over.
    const loaded = () => wasmAsked(site).filter((n) => /^(split|shared)_/.test(n));
    await user.until(() => user.evaluate(async (names) => {
      const kept = new Set();
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) kept.add(new URL(request.url).pathname.split('/').pop().replace(/-[0-9a-f]+\.wasm$/, ''));
      }
      return names.every((n) => kept.has(n));
    }, loaded()), 30_000, `the service worker does not keep ${loaded()}`);

    site.setOffline(true);
    const before = site.requests.length;
    await user.reload();
    await user.see(heading(/GGI-A-24/));
    await user.see(text('1 of 3 verification points met'));
    await user.click(role('checkbox', undefined, { nth: 1 }));
    await user.see(text('2 of 3 verification points met'));
    await user.waitInPage((k) => (localStorage.getItem(k) ?? '').split('"met":true').length === 3, KEY);
    await user.click(within(role('navigation', 'Main'), role('link', 'Catalogue')));
    await user.see(heading('The GGI activity catalogue'));
    await user.reload();
    await user.see(heading('The GGI activity catalogue'));
    assert.deepEqual(site.requests.slice(before), [], 'nothing reached the server while offline');
    site.setOffline(false);
  },
};
