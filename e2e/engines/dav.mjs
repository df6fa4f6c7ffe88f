// A team's WebDAV folder for the sync flows (flows/sync.mjs): Debian's Apache with mod_dav serving
// the release build and the folder ggi-data/ at one origin, config.json naming it
// (`"sync": {"webdav": "ggi-data/"}`), as e2e/tests/sync.test.mjs does for Chromium.
//
// The browser reaches Apache through a relay of this process (`url`), which `setOffline(true)`
// closes as a network that is gone does (neither engine's driver can take a page offline); a
// colleague (`put`) reaches Apache directly, the way another member of the team writes the file
// while this browser is cut off.
import { connect, createServer } from 'node:net';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { davFolderSite } from '../apache.mjs';
import { DIST } from '../server.mjs';

export async function davSite() {
  const { root, data, site: server } = await davFolderSite('engines-dav', DIST);
  const apachePort = Number(new URL(server.origin).port);

  let offline = false;
  const sockets = new Set();
  const relay = createServer((socket) => {
    if (offline) { socket.destroy(); return; }
    const upstream = connect(apachePort, '127.0.0.1');
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => { sockets.delete(s); socket.destroy(); upstream.destroy(); });
    }
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise((ok) => relay.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${relay.address().port}/`;

  /** The workspace files in the folder (backups aside). */
  const files = async () => (await readdir(data)).filter((n) => /^[\w-]+\.json$/.test(n));
  return {
    url,
    data,
    files,
    /** The one workspace file, parsed (null while there is none or it is being written). */
    async file() {
      const [name] = await files();
      return name ? JSON.parse(await readFile(join(data, name), 'utf8').catch(() => 'null')) : null;
    },
    setOffline(on) {
      offline = on;
      if (on) for (const s of sockets) s.destroy();
    },
    /**
     * A colleague's edit: reads the file with its ETag, changes it with `edit(json)` and writes
     * it back with `If-Match`, as a WebDAV client does. A tag Apache calls weak (a file written
     * within the last second) can never match: read again a second later. A 412 (this browser
     * wrote in between) is read again too. Returns when Apache has taken the change.
     */
    async put(edit) {
      const [name] = await files();
      const address = `${server.origin}/ggi-data/${name}`;
      const end = Date.now() + 20_000;
      for (;;) {
        const read = await fetch(address, { cache: 'no-store' });
        const tag = read.headers.get('etag');
        const json = await read.json();
        if (tag && !tag.startsWith('W/')) {
          edit(json);
          // Signed as the app signs a write: by whom, after which writes.
          const lineage = [`colleague-${Date.now()}`, ...(json.written?.lineage ?? [])].slice(0, 8);
          json.written = { by: 'A colleague', lineage };
          const written = await fetch(address, { method: 'PUT', headers: { 'If-Match': tag, 'Content-Type': 'application/json' }, body: JSON.stringify(json, null, 2) });
          if (written.ok) return;
          if (written.status !== 412) throw new Error(`the colleague's PUT: ${written.status}`);
        }
        if (Date.now() > end) throw new Error(`the colleague could not write ${name} (last tag ${tag})`);
        await new Promise((r) => setTimeout(r, 1_100));
      }
    },
    async close() {
      this.setOffline(true);
      await new Promise((ok) => relay.close(ok));
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
