// A private Apache httpd for the tests: Debian's apache2 with a main configuration of its own
// (`apache2 -f CONF -k start` / `-k stop`), no system service. Its modules are loaded as Debian's
// a2enmod enables them (mods-available/NAME.load and NAME.conf): Debian's defaults that serve
// files, plus the ones a test asks for. Run as root it serves as www-data, like Debian's.
//
//   const site = await start({ root, prefix: '/tools/ggi/', conf: '<Directory …>…</Directory>',
//                              modules: ['headers', 'brotli'], files: { 'name.conf': '…' } });
//   … fetch(site.url) …
//   await site.stop();
//
// `conf` is read after the main configuration, as /etc/apache2/conf-enabled/*.conf are; a
// relative `Include NAME` in it finds `files` (ServerRoot is the instance's folder, as it is
// /etc/apache2 on a real server). `writable` folders are given to www-data (a WebDAV folder and
// its lock folder).
import { execFile } from 'node:child_process';
import { chown, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AS_ROOT, freePort, listening, workdir } from './private-server.mjs';

const run = promisify(execFile);
export const APACHE = process.env.APACHE ?? '/usr/sbin/apache2';
const MODS = '/etc/apache2/mods-available';
// Debian's modules enabled by default that serving static files touches.
const DEFAULT_MODULES = ['mpm_event', 'authz_core', 'authz_host', 'alias', 'dir', 'env', 'filter', 'deflate', 'mime', 'setenvif', 'reqtimeout'];

/** `Apache/2.4.71 (Debian)`: the version under test, for the README. */
export async function version() {
  const { stdout } = await run(APACHE, ['-v']);
  return stdout.match(/^Server version: (.*)$/m)[1].trim();
}

function moduleLines(names) {
  return [...new Set(names)].flatMap((name) => {
    const load = join(MODS, `${name}.load`);
    if (!existsSync(load)) throw new Error(`Apache has no module ${name} (${load})`);
    const conf = join(MODS, `${name}.conf`);
    return [`Include ${load}`, ...(existsSync(conf) ? [`Include ${conf}`] : [])];
  });
}

async function wwwData() {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const [, , uid, gid] = passwd.split('\n').find((l) => l.startsWith('www-data:')).split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Starts Apache serving `root` on 127.0.0.1 (a free port unless `port`); returns
 * { url (origin + prefix), origin, dir, check() (`apache2 -t`), errors(), stop() }.
 */
export async function start({ root, prefix = '/', conf = '', modules = [], files = {}, writable = [], port }) {
  port ??= await freePort();
  const dir = await workdir('apache');
  await mkdir(join(dir, 'run'));
  const user = AS_ROOT ? await wwwData() : null;
  if (user) for (const path of writable) await chown(path, user.uid, user.gid);
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
  await writeFile(join(dir, 'site.conf'), conf);
  const main = join(dir, 'apache2.conf');
  await writeFile(main, `ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${join(dir, 'apache2.pid')}"
DefaultRuntimeDir "${join(dir, 'run')}"
Mutex file:${join(dir, 'run')} default
ErrorLog "${join(dir, 'error.log')}"
LogLevel warn
${user ? 'User www-data\nGroup www-data\n' : ''}${moduleLines([...DEFAULT_MODULES, ...modules]).join('\n')}
TypesConfig /etc/mime.types
AccessFileName .htaccess
<FilesMatch "^\\.ht">
    Require all denied
</FilesMatch>
<Directory />
    Options FollowSymLinks
    AllowOverride None
    Require all denied
</Directory>
DocumentRoot "${root}"
<Directory "${root}">
    Options FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
Include "${join(dir, 'site.conf')}"
`);
  const apache = (...args) => run(APACHE, ['-f', main, ...args]);
  try {
    await apache('-k', 'start');
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`apache2 did not start: ${e.stderr || e.message}`);
  }
  await listening(port);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    dir,
    /** `apache2 -t` on the same configuration: { ok, output }. */
    async check() {
      try {
        const { stdout, stderr } = await apache('-t');
        return { ok: true, output: `${stdout}${stderr}`.trim() };
      } catch (e) {
        return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? e.message}`.trim() };
      }
    },
    errors: () => readFile(join(dir, 'error.log'), 'utf8'),
    /** Stops this instance (`-k stop`, waiting until it is gone) and removes its folder. */
    async stop() {
      await apache('-k', 'stop').catch(() => {});
      const end = Date.now() + 10_000;
      while (existsSync(join(dir, 'apache2.pid')) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `dist` and a team's WebDAV folder `ggi-data/` on one Apache, `config.json` naming it
 * (`"sync": {"webdav": "ggi-data/"}`): the sync bench's and the cross-engine flows' site.
 * Returns { root, data, site }; `site.stop()` then `rm(root)` when done.
 */
export async function davFolderSite(name, dist) {
  const root = await workdir(name);
  await cp(dist, root, { recursive: true });
  const data = join(root, 'ggi-data');
  const locks = join(root, 'locks');
  for (const dir of [data, locks]) await mkdir(dir, { recursive: true });
  await writeFile(join(root, 'config.json'), JSON.stringify({ sync: { webdav: 'ggi-data/' } }));
  const site = await start({
    root,
    modules: ['dav', 'dav_fs'],
    writable: [data, locks],
    // mod_deflate is on (Debian's default): the tags it would alter could never match If-Match.
    conf: `DavLockDB "${locks}/DavLock"\nDeflateAlterETag NoChange\n<Directory "${data}">\n    Dav On\n</Directory>\n`,
  });
  return { root, data, site };
}
