// Packs the small Wasm chunks that split modules share into one download per group (split.mjs
// calls this). Node only, no packages.
//
// wasm-split makes one chunk per set of split modules that use a piece of code: 61 chunks here,
// most under 1 KB, and opening the activity page fetched 34 files. A browser fetches at most six
// at a time from an HTTP/1.1 host, so the page waited on round trips, not bytes. Now every
// chunk a group's modules need is in one file, `shared_<group>-<hash>.wasm` (the chunks' Wasm
// bytes end to end, so hosts compress it as Wasm), fetched once when the first module of the
// group loads, except the chunks only one module of the group needs, which go into that
// module's own file `own_<module>-<hash>.wasm` when they are large enough (`OWN_FROM`); the
// loader instantiates each chunk from its slice, as before, only when needed.
//
// Three groups: the modules a visit may load at start (a deployment's files, the catalogue's
// translation, the French and German messages, the durability code, the team sync, the
// explanation of a storage problem) must not pull in the pages' shared code; the reading of
// stored work, which the worker precaches (`PRECACHED`), must not pull in either; every other
// module is a page (or the sample, which opens the dashboard). A chunk several groups use is in
// each of their files; whichever file arrived serves it.
//
// A file that failed is fetched again on the next attempt ("Try again"): one that did not
// arrive, and one that arrived but is not Wasm (a login page or a host's HTML fallback answered
// with 200), which is forgotten when a chunk cannot be made from it.

// Fetched ahead: the catalogue's code (where the guided start's "Skip" leads), and the modules
// the page most visitors open next (an activity, from the catalogue) needs, its code and the
// catalogue's long texts. The loader loads them at idle once the app is
// there (the `ggi-mounted` mark, src/lib.rs), unless the browser is offline, the tab hidden or
// the visitor saves data (`navigator.connection.saveData`); the app's own load of them later
// finds them done, so the first activity opened is only drawn (issue 25: 132 ms, most of it
// fetching and compiling these). A failure shows nothing: the app's load fetches again.
export const AHEAD = ['home', 'activity', 'catalogue_text'];

const AHEAD_RUNTIME = (loads) => `
new PerformanceObserver((marks, observer) => {
    if (marks.getEntriesByName("ggi-mounted").length === 0) return;
    observer.disconnect();
    const ahead = () => {
        if (!navigator.onLine || document.hidden || navigator.connection?.saveData) return;
        for (const load of [${loads.join(', ')}]) load().catch(() => {});
    };
    if (self.requestIdleCallback) requestIdleCallback(ahead, { timeout: 2000 }); else setTimeout(ahead, 2000);
}).observe({ type: "mark", buffered: true });
`;

// Deep links: the modules the page a fragment names needs (src/pages.rs `code_of`), by the
// fragment's first segment (core's `Route::parse`: `#/` and `#/?goal=trust` are the catalogue).
// A visit that opens on such a page starts fetching their files with the main module, not after
// it has started (issue 25: the catalogue's code left the main module, and a shared link to it
// waited one round trip more). The guided start, a first visit's page, needs none. A visit that
// finds work stored (core's `persist::STATE_KEY`) starts the code that reads it too
// (src/state/reading.rs), and opens on the catalogue at the bare address.
export const DEEP_LINKS = {
  '': ['home'],
  activities: ['activity', 'catalogue_text'],
  dashboard: ['dashboard'],
  iterations: ['iterations'],
  report: ['report', 'catalogue_text'],
  portfolio: ['portfolio'],
  data: ['data'],
  workspaces: ['workspaces'],
  about: ['about'],
};
const STATE_KEY = 'ggi-journey/state';

const DEEP_LINK_RUNTIME = (files, reading) => `
const early = new Map();
function fetchFile(name) {
    const file = early.get(name);
    early.delete(name);
    return file ?? fetch(new URL(name, import.meta.url));
}
{
    let stored = false;
    // Whether the key is there, without copying the text (the app reads it once, later).
    try { stored = ${JSON.stringify(STATE_KEY)} in localStorage; } catch {}
    const page = location.hash || stored ? ${JSON.stringify(files)}[location.hash.slice(1).split("?")[0].split("/").find(Boolean) ?? ""] ?? [] : [];
    for (const name of stored ? [...${JSON.stringify(reading)}, ...page] : page) {
        if (name.startsWith("./split_")) {
            const file = fetch(new URL(name, import.meta.url));
            file.catch(() => {});
            early.set(name, file);
        } else openPack(name).catch(() => {});
    }
}
`;

// Precached by the worker at a first visit (post-build.mjs), in a group of their own: the
// reading of stored work (src/state/reading.rs). A start that finds work stored waits for it,
// offline too, and a first visit may save its first change offline: the page never fetches it
// before it is wanted, but the worker keeps it from the start.
export const PRECACHED = ['reading'];

const START = new Set(['deployment', 'translation', 'messages_fr', 'messages_de', 'durability', 'sync', 'persistence']);
export const groupOf = (module) => (PRECACHED.includes(module) ? module : START.has(module) ? 'start' : 'pages');
/** Whether a shipped file (`split_reading-….wasm`, `shared_reading-….wasm`) is precached. */
export const precached = (name) => PRECACHED.some((module) => name.startsWith(`split_${module}-`) || name.startsWith(`shared_${groupOf(module)}-`));

const CHUNK = /\/\* [^*]+ \*\/\nconst (__chunk_\d+) = makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/(chunk_\d+)\.wasm", import\.meta\.url\)\);\n\s*src\.catch\(\(\) => \{\}\);\n\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[\]\);/g;
const MODULE = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\n[^]*?\n\}\n, \[([^\]]*)\]\)\);/g;

const RUNTIME = `
const packs = new Map();
function openPack(name) {
    let pack = packs.get(name);
    if (pack === undefined) {
        pack = fetch(new URL(name, import.meta.url))
            .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(name + ": " + r.status))));
        pack.catch(() => { if (packs.get(name) === pack) packs.delete(name); });
        packs.set(name, pack);
    }
    return pack;
}
function fromPack(places) {
    const place = places.find(([name]) => packs.has(name));
    const pack = place && packs.get(place[0]);
    const bytes = place === undefined
        ? Promise.reject(new Error("no shared file holding this chunk was opened"))
        : pack.then((b) => b.slice(place[1], place[1] + place[2]));
    bytes.catch(() => {});
    return async (imports) => {
        try {
            return await WebAssembly.instantiate(await bytes, imports);
        } catch (e) {
            if (place && packs.get(place[0]) === pack) packs.delete(place[0]);
            throw e;
        }
    };
}
`;

/** Bytes (optimised, uncompressed) from which a module's own chunks get a file of their own. */
const OWN_FROM = 8192;

/**
 * `loader`: wasm-split's `__wasm_split.js`; `bodies`: Map of chunk name (`chunk_13`) to its
 * optimised Wasm; `name(pack, body)`: the shipped file name of a pack (`shared_pages`,
 * `own_data`). Returns the new loader and the packs as [{ name, body }]; `fail` reports a build
 * error and exits.
 */
export function packChunks({ loader, bodies, name, fail }) {
  // Which modules of each group need each chunk, from the modules that list it.
  const users = new Map();
  const members = new Map();
  const modules = [...loader.matchAll(MODULE)];
  if (modules.length === 0) fail('__wasm_split.js: no `export const __wasm_split_load_…` found (wasm-split changed?)');
  for (const [, module, deps] of modules) {
    const group = groupOf(module);
    if (!members.has(group)) members.set(group, new Set());
    members.get(group).add(module);
    for (const dep of deps.split(',').map((d) => d.trim()).filter(Boolean)) {
      if (!users.has(dep)) users.set(dep, new Map());
      if (!users.get(dep).has(group)) users.get(dep).set(group, new Set());
      users.get(dep).get(group).add(module);
    }
  }
  const chunks = [...loader.matchAll(CHUNK)];
  if (chunks.length !== bodies.size) fail(`__wasm_split.js: ${chunks.length} chunk loaders for ${bodies.size} chunk files (wasm-split changed?)`);

  // Each pack, and where each chunk lies in it. A chunk two or more of a group's modules need is
  // in the group's file; the chunks only one of them needs (wasm-split made them chunks because
  // modules of other groups need them too) are in that module's own file, fetched with it, when
  // they weigh OWN_FROM bytes or more: the Data page's reading of files and the team sync's
  // code are not in every page's download (the pages' file 108,779 → 46,641 bytes brotli), and
  // a few hundred bytes are not worth a request of their own.
  const alone = (id, group) => {
    const needing = users.get(id).get(group);
    return needing.size === 1 && members.get(group).size > 1 ? [...needing][0] : undefined;
  };
  const weight = new Map();
  for (const [, id, file] of chunks) {
    for (const group of users.get(id)?.keys() ?? []) {
      const module = alone(id, group);
      if (module) weight.set(module, (weight.get(module) ?? 0) + bodies.get(file).length);
    }
  }
  const packOf = (id, group) => {
    const module = alone(id, group);
    return module && weight.get(module) >= OWN_FROM ? `own_${module}` : `shared_${group}`;
  };
  const places = new Map(chunks.map(([, id]) => [id, []]));
  const contents = new Map();
  for (const group of ['pages', 'start', ...PRECACHED]) {
    for (const [, id, file] of chunks.filter(([, id]) => users.get(id)?.has(group))) {
      const pack = packOf(id, group);
      if (!contents.has(pack)) contents.set(pack, []);
      contents.get(pack).push([id, file]);
    }
  }
  const packs = [];
  for (const [pack, parts] of contents) {
    const bodiesOf = parts.map(([, file]) => bodies.get(file));
    const body = Buffer.concat(bodiesOf);
    const file = `./${name(pack, body)}`;
    let offset = 0;
    parts.forEach(([id], i) => {
      places.get(id).push([file, offset, bodiesOf[i].length]);
      offset += bodiesOf[i].length;
    });
    packs.push({ name: file.slice(2), body, pack });
  }
  const fileOf = Object.fromEntries(packs.map((p) => [p.pack, p.name]));

  let out = loader.replace(CHUNK, (_, id) => {
    const where = places.get(id);
    if (where.length === 0) fail(`__wasm_split.js: no split module needs ${id}`);
    return `const ${id} = makeLoad(() => fromPack(${JSON.stringify(where)}), []);`;
  });
  // Each module's load opens its group's file first; those fetched ahead keep their load in a
  // name of their own, for AHEAD_RUNTIME.
  const loads = [];
  const filesOf = new Map();
  out = out.replace(MODULE, (whole, module, deps) => {
    const packsOf = [fileOf[`shared_${groupOf(module)}`], fileOf[`own_${module}`]].filter(Boolean);
    const opened = packsOf.map((f) => `() => openPack("./${f}")`);
    // The module's own file, through the deep link's early fetch when there is one.
    const own = whole.match(/const src = fetch\(new URL\("(\.\/split_[\w-]+\.wasm)", import\.meta\.url\)\);/);
    if (!own) fail(`__wasm_split.js: the load of ${module} does not fetch its file as expected (wasm-split changed?)`);
    filesOf.set(module, [own[1], ...packsOf.map((f) => `./${f}`)]);
    const fetched = whole.replace(own[0], `const src = fetchFile("${own[1]}");`);
    const load = deps.trim() === '' ? fetched : fetched.replace(`, [${deps}]));`, `, [${opened.join(', ')}, ${deps}]));`);
    if (!AHEAD.includes(module)) return load;
    const head = `export const __wasm_split_load_${module} = wrapAsyncCb(`;
    loads.push(`ahead_${module}`);
    return `const ahead_${module} = ${load.slice(head.length, -2)};\n${head}ahead_${module});`;
  });
  if (loads.length !== AHEAD.length) fail(`__wasm_split.js: ${loads.length} of the ${AHEAD.length} modules fetched ahead (${AHEAD}) found`);
  const deepLinks = {};
  for (const [segment, modules] of Object.entries(DEEP_LINKS)) {
    const unknown = modules.filter((module) => !filesOf.has(module));
    if (unknown.length > 0) fail(`scripts/pack.mjs DEEP_LINKS names modules that are not split: ${unknown}`);
    deepLinks[segment] = [...new Set(modules.flatMap((module) => filesOf.get(module)))];
  }
  const at = out.indexOf('function makeLoad(');
  if (at < 0) fail('__wasm_split.js has no makeLoad (wasm-split changed?)');
  return {
    loader: out.slice(0, at) + RUNTIME.trimStart() + DEEP_LINK_RUNTIME(deepLinks, filesOf.get('reading') ?? fail('__wasm_split.js: no module `reading`')) + out.slice(at) + AHEAD_RUNTIME(loads),
    packs: packs.map(({ name: n, body }) => ({ name: n, body })),
  };
}
