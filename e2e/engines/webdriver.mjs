// A tiny W3C WebDriver client (https://www.w3.org/TR/webdriver2/): the few commands the
// cross-engine suite needs, over HTTP with node's own fetch. WebKitGTK's WebKitWebDriver speaks
// plain W3C WebDriver and nothing else; this is all a client for it needs to be.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Starts a driver binary on a free port and waits until it answers /status. */
export async function startDriver(binary, args = [], { env = process.env } = {}) {
  const port = await freePort();
  const child = spawn(binary, [`--port=${port}`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  // The driver's last words, for a failure to start.
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => { log = (log + d).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch { /* not listening yet */ }
    if (child.exitCode !== null || Date.now() > end) throw new Error(`${binary} did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, child, log: () => log };
}

/** One WebDriver session; `cmd(method, path, body)` is relative to the session. */
export async function newSession(base, capabilities) {
  const answer = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
  const id = answer.sessionId;
  const cmd = (method, path = '', body) => call(base, method, `/session/${id}${path}`, body);
  return { id, cmd, delete: () => cmd('DELETE') };
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => ({ value: null }));
  if (!res.ok) {
    const v = json.value ?? {};
    const error = new Error(`WebDriver ${method} ${path}: ${v.error ?? res.status}: ${v.message ?? ''}`);
    error.webdriver = v.error;
    throw error;
  }
  return 'value' in json ? json.value : json;
}
