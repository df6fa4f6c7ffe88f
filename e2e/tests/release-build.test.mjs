// The release build as a toolchain sees it: the compiler it declares is one its dependencies
// accept, and the unstable settings of the size build (scripts/build) reach only what needs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const version = (v) => (v ?? '0').split('.').map(Number);
const older = (a, b) => {
  const [x, y] = [version(a), version(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
};

test('every package declares a rust-version its dependencies accept', () => {
  const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--locked', '--offline'], { cwd: ROOT, maxBuffer: 64 << 20 }));
  const byId = new Map(metadata.packages.map((p) => [p.id, p]));
  const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
  for (const id of metadata.workspace_members) {
    const own = byId.get(id);
    if (!own.rust_version) continue;
    // Every crate this package builds with, at any depth.
    const seen = new Set();
    const queue = [id];
    while (queue.length) for (const dep of nodes.get(queue.pop()).dependencies) if (!seen.has(dep)) seen.add(dep) && queue.push(dep);
    const needs = [...seen].map((d) => byId.get(d)).filter((p) => p.rust_version && older(own.rust_version, p.rust_version));
    assert.deepEqual(needs.map((p) => `${p.name} ${p.version} needs ${p.rust_version}`), [], `${own.name} declares rust-version ${own.rust_version}`);
  }
});

/**
 * What every run of `name`'s build script in the release build printed: host crates run under
 * target/release, the Wasm's own crates under target/wasm32-unknown-unknown/release.
 */
async function buildOutputs(name) {
  // The latest run in each folder: a target folder kept between builds holds the runs of older
  // builds (and settings) too.
  const outputs = [];
  for (const dir of [join(TARGET, 'release', 'build'), join(TARGET, 'wasm32-unknown-unknown', 'release', 'build')]) {
    let entries = [];
    try {
      entries = await readdir(dir);
    } catch {
      continue;
    }
    let latest;
    for (const entry of entries) {
      if (!entry.startsWith(`${name}-`) || !/^[0-9a-f]{16}$/.test(entry.slice(name.length + 1))) continue;
      try {
        const output = join(dir, entry, 'output');
        const { mtimeMs } = await stat(output);
        if (!latest || mtimeMs > latest.mtimeMs) latest = { mtimeMs, text: await readFile(output, 'utf8') };
      } catch {
        // The build script's own folder (its compiled program), not a run of it.
      }
    }
    if (latest) outputs.push(latest.text);
  }
  assert.ok(outputs.length, `no build-script run of ${name} under ${TARGET}: run scripts/build first`);
  return outputs.join('\n');
}

test('the size build does not switch the crates to their nightly-only code', async () => {
  // RUSTC_BOOTSTRAP lets the build use two unstable settings; a crate's feature probe that saw it
  // would build code that the next compiler may reject (proc-macro2's Span API, thiserror's
  // generic member access).
  assert.doesNotMatch(await buildOutputs('proc-macro2'), /rustc-cfg=(proc_macro_span|super_unstable)$/m);
  assert.doesNotMatch(await buildOutputs('thiserror'), /rustc-cfg=error_generic_member_access$/m);
});

/**
 * Runs scripts/build with a trunk that records how it was called and, when `failSizeBuild`,
 * fails as a compiler that rejects the size settings would. Returns the exit status, what the
 * script said, and each call as { bootstrap, buildStd, args }.
 */
async function buildWith({ failSizeBuild, env = {} }) {
  const dir = await mkdtemp(join(tmpdir(), 'ggi-build-'));
  try {
    const trunk = join(dir, 'trunk');
    const log = join(dir, 'calls');
    await writeFile(trunk, `#!/bin/sh
printf '%s|%s|%s\\n' "\${RUSTC_BOOTSTRAP:-}" "\${CARGO_UNSTABLE_BUILD_STD:-}" "$*" >> '${log}'
if [ -n "\${RUSTC_BOOTSTRAP:-}" ] && [ '${failSizeBuild ? 1 : 0}' = 1 ]; then
  echo 'error[E0635]: unknown feature' >&2; exit 101
fi
`);
    await chmod(trunk, 0o755);
    const run = spawnSync(join(ROOT, 'scripts', 'build'), ['--dist', join(dir, 'dist')], {
      cwd: ROOT,
      env: { ...process.env, TRUNK: trunk, ...env },
      encoding: 'utf8',
    });
    const calls = (await readFile(log, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((line) => {
      const [bootstrap, buildStd, args] = line.split('|');
      return { bootstrap, buildStd, args };
    });
    return { status: run.status, said: run.stderr, calls };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('when the size settings fail, scripts/build says so and builds again with plain stable settings', async () => {
  const { status, said, calls } = await buildWith({ failSizeBuild: true });
  assert.equal(status, 0, said);
  assert.match(said, /the size settings .* failed with rustc/);
  assert.match(said, /building again with plain stable settings/);
  assert.equal(calls.length, 2, JSON.stringify(calls));
  assert.deepEqual([calls[0].bootstrap, calls[0].buildStd], ['1', 'std,panic_abort']);
  // The fallback is a plain stable build: nothing unstable reaches it, the arguments do.
  assert.deepEqual([calls[1].bootstrap, calls[1].buildStd], ['', '']);
  assert.match(calls[1].args, /^build --release --offline --dist \S+dist$/);
});

test('a size build that works is the only build; GGI_SIZE_BUILD=off asks for the plain one at once', async () => {
  const sized = await buildWith({ failSizeBuild: false });
  assert.equal(sized.status, 0, sized.said);
  assert.deepEqual(sized.calls.map((c) => c.bootstrap), ['1']);
  assert.doesNotMatch(sized.said, /building again/);
  const plain = await buildWith({ failSizeBuild: true, env: { GGI_SIZE_BUILD: 'off' } });
  assert.equal(plain.status, 0, plain.said);
  assert.deepEqual(plain.calls.map((c) => c.bootstrap), ['']);
});
