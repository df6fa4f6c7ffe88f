// What the private nginx and Apache instances of the tests share (nginx.mjs, apache.mjs): a free
// port on 127.0.0.1, a folder of their own that the server's workers can read, and waiting until
// the server answers.
import { createServer, connect } from 'node:net';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port free on 127.0.0.1 at the time of asking. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A new folder under the system's temporary folder, readable by everyone: run as root, the servers
 * hand requests to unprivileged workers (www-data), which must reach the files to serve.
 */
export async function workdir(name) {
  const dir = await mkdtemp(join(tmpdir(), `ggi-${name}-`));
  await chmod(dir, 0o755);
  return dir;
}

/** Resolves once something accepts connections on 127.0.0.1:`port`, or throws after `timeout`. */
export async function listening(port, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > end) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether this process runs as root (the servers then drop to www-data). */
export const AS_ROOT = process.getuid?.() === 0;
