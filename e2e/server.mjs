// A plain static file server for dist/, as any static host would serve it: no rewrites, no
// fallback to index.html. `prefix` mounts dist/ under a sub-path such as /tools/ggi/; `sites`
// mounts more folders on the same origin ({ '/staging/': '/tmp/other-build' }), as project sites
// under one user domain share it. `extra` maps file names to contents served as if they were in
// dist/ (a deployment's config.json): a string, or { status, type, body } for any answer (a
// server error, a login page), or { delay, fromDist: true } for dist/'s own file, late; tests
// may change it between requests. `redirectIndex` answers
// `…/index.html` with a 301 to `…/`, as hosts with clean URLs and common nginx rules do.
// `headers` are added to every file served (a Content-Security-Policy header). `requests` lists
// every path asked for. `setOffline(true)` makes it drop every connection it is asked on, as a
// network that is gone does (for engines whose driver cannot switch the network off).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// GGI_DIST: another build folder (two engineers, or two builds, on one machine).
export const DIST = resolve(process.env.GGI_DIST ?? resolve(import.meta.dirname, '..', 'dist'));
// GGI_DIST_NEXT: the next release, built after DIST with another release name
// (`GGI_JOURNEY_RELEASE=… scripts/build --dist dist-next`), for the update tests.
export const NEXT = resolve(process.env.GGI_DIST_NEXT ?? `${DIST}-next`);

export async function serve({ root = DIST, prefix = '/', port = 0, extra = {}, sites = {}, redirectIndex = false, headers = {} } = {}) {
  const mounts = Object.entries({ ...sites, [prefix]: root }).sort(([a], [b]) => b.length - a.length);
  // Every path asked for, in order: what reached the server, past every cache.
  const requests = [];
  let offline = false;
  const server = createServer(async (req, res) => {
    if (offline) { req.socket.destroy(); return; }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const mount = mounts.find(([p]) => path.startsWith(p));
    if (!mount) { res.writeHead(404).end('not found'); return; }
    const [base, dir] = mount;
    const name = path.slice(base.length);
    if (redirectIndex && (name === 'index.html' || name.endsWith('/index.html'))) {
      res.writeHead(301, { location: path.slice(0, -'index.html'.length) }).end();
      return;
    }
    // The folder's own address is its index.html, from `extra` too.
    const key = name === '' || name.endsWith('/') ? `${name}index.html` : name;
    if (base === prefix && Object.hasOwn(extra, key)) {
      const answer = typeof extra[key] === 'string' ? { body: extra[key] } : extra[key];
      // { delay, fromDist: true }: dist/'s own file, slowly (a file still on its way).
      if (answer.delay) await new Promise((done) => setTimeout(done, answer.delay));
      if (answer.fromDist) answer.body = await readFile(join(dir, key));
      const type = answer.type ?? TYPES[extname(key)] ?? 'application/octet-stream';
      res.writeHead(answer.status ?? 200, { ...headers, 'content-type': type }).end(answer.body ?? '');
      return;
    }
    let file = normalize(join(dir, name));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const setOffline = (on) => { offline = on; if (on) server.closeIdleConnections(); };
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { url: `${origin}${prefix}`, origin, extra, requests, setOffline, close };
}

// `node server.mjs [port] [prefix]` serves dist/ for a manual look.
if (process.argv[1] === import.meta.filename) {
  const { url } = await serve({ port: Number(process.argv[2] ?? 8081), prefix: process.argv[3] ?? '/' });
  console.log(`serving dist/ at ${url}`);
}
