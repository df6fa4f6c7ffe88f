// Short names for the functions the main Wasm module imports from wasm-bindgen's script (split.mjs
// calls this). Node only, no packages.
//
// wasm-bindgen names each import after what it calls plus a 16-digit hash
// (`__wbg_body_5f971cbc6950ca4f`), and the name is written twice: in the Wasm's import section
// and as a key of the script's import object. The hashes do not compress: 3.2 KB brotli of a
// first visit. Each becomes `w$<n>` in both files; nothing else refers to them.

const GLUE_MODULE = './ggi-journey_bg.js';
const HASHED = /^__wb\w+_[0-9a-f]{16}$/;

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
    shift += 7;
  }
}

function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const nameBytes = (text) => {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from(toLeb(utf8.length)), utf8]);
};

/** The end of an import's description (after its kind byte at `at`). */
function skipDescription(bytes, at, fail) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    default: return fail(`imports.mjs: an import of unknown kind ${kind}`);
  }
}

/**
 * `wasm` (a Buffer) and `glue` (wasm-bindgen's script) with the hashed import names shortened.
 * `fail` reports a build error and exits.
 */
export function shortenImports({ wasm, glue, fail }) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) fail('imports.mjs: not a Wasm module');
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    const [count, first] = leb(wasm, body);
    const entries = [];
    const renamed = new Map();
    let p = first;
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleAt] = leb(wasm, p);
      const module = wasm.toString('utf8', moduleAt, moduleAt + moduleLength);
      const [nameLength, nameAt] = leb(wasm, moduleAt + moduleLength);
      const name = wasm.toString('utf8', nameAt, nameAt + nameLength);
      const end = skipDescription(wasm, nameAt + nameLength, fail);
      let short = name;
      if (module === GLUE_MODULE && HASHED.test(name)) {
        short = renamed.get(name) ?? `w$${renamed.size.toString(36)}`;
        renamed.set(name, short);
      }
      entries.push(Buffer.concat([nameBytes(module), nameBytes(short), wasm.subarray(nameAt + nameLength, end)]));
      p = end;
    }
    if (p !== body + size) fail('imports.mjs: the import section did not read to its end');
    if (glue.includes('w$')) fail('imports.mjs: the script already has a name like the short ones (w$…)');
    let script = glue;
    for (const [name, short] of renamed) {
      const key = new RegExp(`\\b${name}\\b`, 'g');
      const uses = script.match(key)?.length ?? 0;
      // Exactly once: the key of the import object. Anything else would be a use we do not know.
      if (uses !== 1) fail(`imports.mjs: ${name} occurs ${uses} times in wasm-bindgen's script, not once`);
      script = script.replace(key, short);
    }
    const section = Buffer.concat([Buffer.from(toLeb(count)), ...entries]);
    const out = Buffer.concat([wasm.subarray(0, at), Buffer.from([2, ...toLeb(section.length)]), section, wasm.subarray(body + size)]);
    return { wasm: out, glue: script };
  }
  return fail('imports.mjs: the Wasm module has no import section');
}
