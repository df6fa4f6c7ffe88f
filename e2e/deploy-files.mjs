// The hosting guide's files (deploy/, quoted verbatim in the README) and how a test adapts one to
// this machine: only what any administrator changes (the address it listens on, the folder it
// serves), each found exactly once, so the file the tests run is the file people copy.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DIST } from './server.mjs';
import { workdir } from './private-server.mjs';

const run = promisify(execFile);
export const REPO = resolve(import.meta.dirname, '..');
export const DEPLOY = join(REPO, 'deploy');

export function deployFile(name) {
  return readFile(join(DEPLOY, name), 'utf8');
}

/** `text` with each [from, to] replaced; every `from` must occur exactly once. */
export function adapt(text, pairs) {
  for (const [from, to] of pairs) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`expected "${from}" once in the guide's file, found it ${count} times`);
    text = text.replace(from, () => to);
  }
  return text;
}

/** The guide's command (deploy/csp-header.sh) run on this build: the header line for `server`. */
export async function policyHeader(server) {
  const { stdout } = await run(join(DEPLOY, 'csp-header.sh'), [server, DIST]);
  return stdout;
}

/** The policy the header carries, as the guide's command gives it. */
export async function policy() {
  return (await policyHeader('policy')).trim();
}

// A deployment's own file, beside the build (README: Deploy-time settings).
export const CONFIG = JSON.stringify({ organisation: 'Intranet test' });

/**
 * A site root as an administrator fills it: the build copied into `prefix` (`/tools/ggi/`), with
 * a config.json beside it. Returns the root and the app's folder.
 */
export async function siteRoot(prefix) {
  const root = await workdir('www');
  const app = join(root, prefix);
  await mkdir(app, { recursive: true });
  await cp(DIST, app, { recursive: true });
  await writeFile(join(app, 'config.json'), CONFIG);
  return { root, app };
}

/** A self-signed certificate for 127.0.0.1 (a day's validity), as { cert, key } file paths. */
export async function certificate() {
  const dir = await workdir('tls');
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert]);
  return { dir, cert, key };
}
