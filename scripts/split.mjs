// Ships the Wasm chunks of the pages (post-build.mjs calls this in trunk's staging directory).
// Node, with binaryen and terser from .tools/ (scripts/setup).
//
// scripts/bin/wasm-bindgen split cargo's Wasm into a main module (which trunk then runs through
// wasm-bindgen and wasm-opt as usual) and, in <target>/wasm-bindgen/<profile>/wasm-split/, one
// Wasm chunk per page, chunks of code pages share, and the loader `__wasm_split.js` that fetches
// them. This step:
// 1. optimises each chunk like trunk's wasm-opt -Oz (binaryen's own JS build from .tools/, loaded
//    once: the wasm-opt command needs seconds to start, per file) and names it by its content
//    (`split_report-<hash>.wasm`), so a host or browser cache can never mix two builds; the
//    small chunks pages share go into one file per group instead (pack.mjs);
// 2. writes the loader as `__wasm_split-<build>.js`, pointing at those names and at the script;
// 3. renames trunk's script `ggi-journey-<hash>.js` to `ggi-journey-<build>.js` (it imports the
//    loader, whose name changed) and updates the page's references and its integrity hash;
// 4. in a release build, shortens the names the main module imports from that script
//    (imports.mjs) and minifies the script and the loader (terser).
// <build> is a hash of the script, the loader and every Wasm file, so any change renames both.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packChunks } from './pack.mjs';
import { shortenImports } from './imports.mjs';

const LOADER = './__wasm_split.js';
const hex = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * Ships the chunks into `staging` and rewrites the names; returns the chunk names (the service
 * worker keeps them on first use, and all of them from the next visit on) and the loader's.
 * `fail` reports a build error and exits.
 */
export async function shipChunks({ staging, source, profile, fail }) {
  const html = await readFile(join(staging, 'index.html'), 'utf8');
  const script = html.match(/href="\.\/(ggi-journey-[0-9a-f]+\.js)"/)?.[1];
  if (!script) fail('index.html names no ggi-journey-<hash>.js script');
  const glue = await readFile(join(staging, script), 'utf8');
  if (glue.includes('__wasm_split_placeholder__')) {
    fail('the Wasm was not split by page: build with `source scripts/env.sh` first (it puts scripts/bin/wasm-bindgen on PATH)');
  }
  if (!glue.includes(LOADER)) fail(`${script} does not import ${LOADER}: no split points, or wasm-bindgen changed`);

  const target = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const dir = join(target, 'wasm-bindgen', profile, 'wasm-split');
  if (!existsSync(join(dir, '__wasm_split.js'))) fail(`${dir} has no __wasm_split.js (scripts/bin/wasm-bindgen did not run)`);

  const optimise = profile === 'release' ? await optimiser(source, fail) : (body) => body;
  const files = (await readdir(dir)).filter((n) => n.endsWith('.wasm') && !n.startsWith('ggi-journey')).sort();
  let loader = await readFile(join(dir, '__wasm_split.js'), 'utf8');
  const names = [];
  const hashes = [];
  const ship = async (name, body) => {
    await writeFile(join(staging, name), body);
    names.push(name);
    hashes.push(hex(body));
  };
  // A page's own module ships alone; the chunks modules share go into one file per group.
  const shared = new Map();
  for (const file of files) {
    const body = optimise(await readFile(join(dir, file)));
    if (file.startsWith('chunk_')) {
      shared.set(file.replace(/\.wasm$/, ''), body);
      continue;
    }
    const name = file.replace(/\.wasm$/, `-${hex(body)}.wasm`);
    const reference = `"./${file}"`;
    if (!loader.includes(reference)) fail(`__wasm_split.js does not name ${file}`);
    loader = loader.replaceAll(reference, `"./${name}"`);
    await ship(name, body);
  }
  const packed = packChunks({ loader, bodies: shared, name: (pack, body) => `${pack}-${hex(body)}.wasm`, fail });
  loader = packed.loader;
  for (const { name, body } of packed.packs) await ship(name, body);
  names.sort();

  const wasm = html.match(/href="\.\/(ggi-journey-[0-9a-f]+_bg\.wasm)"/)?.[1];
  if (!wasm) fail('index.html names no ggi-journey-<hash>_bg.wasm');
  const build = hex([glue, loader, hex(await readFile(join(staging, wasm))), ...hashes.sort()].join('\n'));
  const loaderName = `__wasm_split-${build}.js`;
  const scriptName = `ggi-journey-${build}.js`;
  const from = `import { initSync } from "./${script.replace(/-[0-9a-f]+\.js$/, '.js')}";`;
  if (!loader.includes(from)) fail(`__wasm_split.js does not start with ${from}`);
  loader = loader.replace(from, `import { initSync } from "./${scriptName}";`);
  const minify = profile === 'release' ? await minifier(source, fail) : async (code) => code;
  await writeFile(join(staging, loaderName), await minify(loader));

  // Only the module imports: the import object keeps the name the Wasm module asks for, which
  // the release build then shortens in both files (imports.mjs).
  let newGlue = glue.replaceAll(`from "${LOADER}"`, `from "./${loaderName}"`);
  if (profile === 'release') {
    await writeFile(join(staging, wasm), optimise(await readFile(join(staging, wasm)), UNCALLED_EXPORTS));
    const short = shortenImports({ wasm: await readFile(join(staging, wasm)), glue: newGlue, fail });
    await writeFile(join(staging, wasm), short.wasm);
    newGlue = short.glue;
  }
  newGlue = await minify(newGlue);
  await writeFile(join(staging, scriptName), newGlue);
  if (scriptName !== script) await rm(join(staging, script));
  let page = html.replaceAll(`./${script}`, `./${scriptName}`);
  for (const file of [scriptName, wasm]) page = withIntegrity(page, file, await readFile(join(staging, file)), fail);
  await writeFile(join(staging, 'index.html'), page);
  return { chunks: names, loader: loaderName };
}

/** `html` with the integrity hash of the file it links as `./name` set to that of `body`. */
function withIntegrity(html, name, body, fail) {
  const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
  const out = html.replace(new RegExp(`(href="\\./${name.replaceAll('.', '\\.')}"[^>]*integrity=")[^"]*"`), `$1${integrity}"`);
  if (!out.includes(integrity)) fail(`index.html has no integrity attribute for ${name}`);
  return out;
}

/**
 * terser from .tools/ (scripts/setup): wasm-bindgen's script and the loader without comments,
 * spaces and long local names, for every first visit (−2.0 KB brotli). Their names for the
 * outside (exports, the import object's keys) are kept.
 */
export async function minifier(source, fail) {
  const path = join(source, '.tools', 'node_modules', 'terser', 'main.js');
  if (!existsSync(path)) fail(`${path} is missing (run scripts/setup)`);
  const { minify } = await import(pathToFileURL(path).href);
  return async (code) => (await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } })).code;
}

/**
 * Exports of the main module nothing calls: the stream adapters of `wasm-streams`, which
 * Leptos's `csr` feature brings in through `server_fn`. wasm-bindgen exports every
 * `#[wasm_bindgen]` type of every crate, and an export is never dead code to wasm-opt; without
 * them it drops their code (10 KB before wasm-opt). The script keeps their classes, which would
 * only call them if something made one.
 */
const UNCALLED_EXPORTS = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;

/**
 * -Oz without debug names, as trunk runs wasm-opt on the main module; `uncalled`: exports to
 * remove first, whose code the optimisation then drops.
 */
async function optimiser(source, fail) {
  const path = join(source, '.tools', 'node_modules', 'binaryen', 'index.js');
  if (!existsSync(path)) fail(`${path} is missing (run scripts/setup)`);
  const { default: binaryen } = await import(pathToFileURL(path).href);
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(2);
  binaryen.setDebugInfo(false);
  return (body, uncalled) => {
    const module = binaryen.readBinary(body);
    try {
      if (uncalled) {
        const names = [];
        for (let i = 0; i < module.getNumExports(); i++) {
          const name = binaryen.getExportInfo(module.getExportByIndex(i)).name;
          if (uncalled.test(name)) names.push(name);
        }
        if (names.length === 0) fail(`the main module has no export matching ${uncalled}: remove UNCALLED_EXPORTS`);
        for (const name of names) module.removeExport(name);
      }
      module.optimize();
      return Buffer.from(module.emitBinary());
    } finally {
      module.dispose();
    }
  };
}
