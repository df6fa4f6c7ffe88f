// Where the Wasm goes: code bytes per crate and data bytes, read from the pre-optimisation file
// cargo writes (it keeps function names; the shipped file has none). Node only, no packages;
// `twiggy top` (README "Size") gives the same per function.

import { readFile } from 'node:fs/promises';

function reader(bytes) {
  let at = 0;
  const r = {
    get at() { return at; },
    set at(v) { at = v; },
    byte: () => bytes[at++],
    leb() {
      let result = 0, shift = 0, b;
      do { b = bytes[at++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
      return result;
    },
    name() { const n = r.leb(); const s = Buffer.from(bytes.subarray(at, at + n)).toString('utf8'); at += n; return s; },
  };
  return r;
}

function skipLimits(r) { const flags = r.byte(); r.leb(); if (flags & 1) r.leb(); }

const ESCAPES = { LT: '<', GT: '>', RF: '&', BP: '*', C: ',', SP: '@' };

/** Rust's legacy mangling (`_ZN3foo3bar17h…E`) back to `foo::bar`; other names unchanged. */
export function demangle(symbol) {
  if (!symbol.startsWith('_ZN')) return symbol;
  const parts = [];
  let at = 3;
  while (at < symbol.length && symbol[at] !== 'E') {
    const digits = symbol.slice(at).match(/^\d+/);
    if (!digits) break;
    at += digits[0].length;
    parts.push(symbol.slice(at, at + Number(digits[0])));
    at += Number(digits[0]);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('::').replace(/^_\$/, '$').replaceAll('..', '::')
    .replace(/\$([A-Z]+|u[0-9a-f]+)\$/g, (_, e) => ESCAPES[e] ?? (/^u[0-9a-f]+$/.test(e) ? String.fromCodePoint(parseInt(e.slice(1), 16)) : '?'));
}

/** The crate a function belongs to, from its (demangled) name: the first path in it, so a
 *  generic copy such as `<F as tachys::…::ReactiveFunction>::invoke` counts for tachys. */
export function crateOf(symbol) {
  const name = demangle(symbol);
  if (name.startsWith('__wbg') || name.startsWith('__wbindgen')) return 'wasm-bindgen shims (bindgen drops most)';
  // v0 mangling (`_RNv…Cs<hash>_4core…`): the first crate root named in it.
  const v0 = name.startsWith('_R') && name.match(/C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_]\w*)/);
  if (v0) return v0[2].slice(0, Number(v0[1]));
  const m = name.match(/([A-Za-z_][A-Za-z0-9_]*)::/);
  return m ? m[1] : 'other (no path: memcpy, allocator, intrinsics)';
}

/** { total, code, data, byCrate: [[crate, bytes]], functions } of a Wasm file with a name section. */
export async function contributors(path) {
  const bytes = new Uint8Array(await readFile(path));
  const r = reader(bytes);
  r.at = 8;
  let imported = 0, data = 0, code = 0;
  const sizes = [];
  const names = new Map();
  while (r.at < bytes.length) {
    const id = r.byte();
    const size = r.leb();
    const end = r.at + size;
    if (id === 2) {
      for (let n = r.leb(); n > 0; n--) {
        r.name(); r.name();
        const kind = r.byte();
        if (kind === 0) { r.leb(); imported++; } else if (kind === 1) { r.byte(); skipLimits(r); } else if (kind === 2) skipLimits(r); else if (kind === 3) { r.byte(); r.byte(); } else { r.byte(); r.leb(); }
      }
    } else if (id === 10) {
      code = size;
      for (let n = r.leb(); n > 0; n--) { const s = r.leb(); sizes.push(s); r.at += s; }
    } else if (id === 11) {
      data = size;
    } else if (id === 0 && r.name() === 'name') {
      while (r.at < end) {
        const sub = r.byte();
        const subSize = r.leb();
        const subEnd = r.at + subSize;
        if (sub === 1) for (let n = r.leb(); n > 0; n--) { const idx = r.leb(); names.set(idx, r.name()); }
        r.at = subEnd;
      }
    }
    r.at = end;
  }
  const byCrate = new Map();
  sizes.forEach((s, i) => {
    const crate = crateOf(names.get(imported + i) ?? '');
    byCrate.set(crate, (byCrate.get(crate) ?? 0) + s);
  });
  return { total: bytes.length, code, data, functions: sizes.length, byCrate: [...byCrate].sort((a, b) => b[1] - a[1]) };
}
