// A private nginx for the tests: Debian's nginx with a main configuration like Debian's own
// (/etc/nginx/nginx.conf: its modules, brotli included, its mime.types, www-data workers when run
// as root), but with its pid, logs and temporary folders in a folder of its own. No system
// service is involved; `stop()` ends exactly the instance that was started.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AS_ROOT, listening, workdir } from './private-server.mjs';

const run = promisify(execFile);
export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

/** `nginx/1.22.1`: the version under test, for the README. */
export async function version() {
  const { stderr } = await run(NGINX, ['-v']);
  return stderr.trim().replace(/^nginx version: /, '');
}

/**
 * Writes a main configuration that includes `site` in `http { }`, where Debian includes
 * /etc/nginx/conf.d/*.conf, with `files` beside it (a relative `include NAME;` in `site` finds
 * them, as it finds /etc/nginx/NAME on a real server). Returns the folder and how to call nginx on it.
 */
export async function configure({ site, files = {} }) {
  const dir = await workdir('nginx');
  const temp = join(dir, 'temp');
  await mkdir(temp);
  const paths = Object.fromEntries(['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => [k, join(temp, k)]));
  await writeFile(join(dir, 'nginx.conf'), `${AS_ROOT ? 'user www-data;\n' : ''}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 768; }
http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${join(dir, 'access.log')};
${Object.entries(paths).map(([k, p]) => `    ${k}_temp_path ${p};`).join('\n')}
    include ${join(dir, 'site.conf')};
}
`);
  await writeFile(join(dir, 'site.conf'), site);
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
  // Debian's prefix stays (its modules-enabled/ names modules relative to it); relative includes
  // are found beside the main configuration.
  const args = ['-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  return {
    dir,
    /** `nginx -t` on it: { ok, output }. */
    async check() {
      try {
        const { stderr } = await run(NGINX, ['-t', ...args]);
        return { ok: true, output: stderr.trim() };
      } catch (e) {
        return { ok: false, output: `${e.stderr ?? e.message}`.trim() };
      }
    },
    /** Starts it (a daemon, as a service would run it) and waits until `port` answers. */
    async start(port) {
      await run(NGINX, args);
      await listening(port);
      return {
        errors: () => readFile(join(dir, 'error.log'), 'utf8'),
        stop: () => run(NGINX, [...args, '-s', 'stop']),
      };
    },
  };
}
