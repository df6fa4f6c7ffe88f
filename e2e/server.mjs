// A plain static file server for dist/, as any static host would serve it: no rewrites, no
// fallback to index.html. `prefix` mounts dist/ under a sub-path such as /tools/ggi/. `extra`
// maps file names to contents served as if they were in dist/ (a deployment's config.json);
// tests may change it between requests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serve({ root = resolve(import.meta.dirname, '..', 'dist'), prefix = '/', port = 0, extra = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    const name = path.slice(prefix.length);
    if (Object.hasOwn(extra, name)) {
      res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(extra[name]);
      return;
    }
    let file = normalize(join(root, name));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, extra, close: () => new Promise((ok) => server.close(ok)) };
}

// `node server.mjs [port] [prefix]` serves dist/ for a manual look.
if (process.argv[1] === import.meta.filename) {
  const { url } = await serve({ port: Number(process.argv[2] ?? 8081), prefix: process.argv[3] ?? '/' });
  console.log(`serving dist/ at ${url}`);
}
