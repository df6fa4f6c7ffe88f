// The hosting guide's DAV folder for nginx (deploy/nginx-dav.conf) in a real nginx (Debian's,
// with libnginx-mod-http-dav-ext for PROPFIND): what team sync needs of a folder, asked the way
// the app asks it. nginx lists, creates and updates, but it ignores the conditions of a PUT
// (If-None-Match: *, If-Match): a write that lost a race is not refused but replaces the
// other's file. This test holds that down, so the README says it for as long as it is true.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { configure } from '../nginx.mjs';
import { AS_ROOT, freePort, workdir } from '../private-server.mjs';

let root, nginx, server, folder;
const TEAM = `Basic ${Buffer.from('team:secret').toString('base64')}`;

before(async () => {
  root = await workdir('sync-nginx');
  await mkdir(join(root, 'tools', 'ggi', 'ggi-data'), { recursive: true });
  // The workers run as www-data and write the folder.
  if (AS_ROOT) await promisify(execFile)('chown', ['-R', 'www-data:www-data', root]);
  const port = await freePort();
  const location = (await readFile(new URL('../../deploy/nginx-dav.conf', import.meta.url), 'utf8'))
    .replace('/etc/nginx/ggi-team.htpasswd', 'ggi-team.htpasswd');
  nginx = await configure({
    site: `server {\n    listen 127.0.0.1:${port};\n    root ${root};\n${location}}\n`,
    files: { 'ggi-team.htpasswd': `team:{SHA}${createHash('sha1').update('secret').digest('base64')}\n` },
  });
  const { ok, output } = await nginx.check();
  assert.ok(ok, output);
  server = await nginx.start(port);
  folder = `http://127.0.0.1:${port}/tools/ggi/ggi-data/`;
});

after(async () => {
  await server?.stop();
  for (const dir of [root, nginx?.dir]) if (dir) await rm(dir, { recursive: true, force: true });
});

const ask = (name, method, headers = {}, body) =>
  fetch(folder + name, { method, headers: { Authorization: TEAM, ...headers }, body });
const put = (name, body, headers) => ask(name, 'PUT', { 'Content-Type': 'application/json', ...headers }, body);
const read = async (name) => {
  const answer = await ask(name, 'GET');
  return { status: answer.status, etag: answer.headers.get('etag'), text: await answer.text() };
};

test('the folder asks the team to sign in, and lists its files (PROPFIND depth 1)', async () => {
  assert.equal((await fetch(folder, { method: 'PROPFIND', headers: { Depth: '1' } })).status, 401);
  assert.equal((await put('ws-a.json', '{"n":1}', { 'If-None-Match': '*' })).status, 201);
  const listing = await ask('', 'PROPFIND', { Depth: '1' });
  assert.equal(listing.status, 207);
  assert.match(await listing.text(), /<D:href>\/tools\/ggi\/ggi-data\/ws-a\.json<\/D:href>/);
});

test('a read is tagged and a conditional read of an unchanged file is a 304', async () => {
  const { status, etag } = await read('ws-a.json');
  assert.equal(status, 200);
  assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
  assert.equal((await ask('ws-a.json', 'GET', { 'If-None-Match': etag })).status, 304);
});

test('nginx does not refuse a create over an existing file (If-None-Match: * is ignored)', async () => {
  const answer = await put('ws-a.json', '{"n":2}', { 'If-None-Match': '*' });
  // Apache answers 412 here; nginx replaces the file.
  assert.equal(answer.status, 204);
  assert.equal((await read('ws-a.json')).text, '{"n":2}');
});

test('an update with the current tag goes through, and one that lost a race is not refused (If-Match is ignored, no tag in the answer)', async () => {
  const before = await read('ws-a.json');
  const updated = await put('ws-a.json', '{"n":3}', { 'If-Match': before.etag });
  assert.equal(updated.status, 204);
  // No ETag in the answer to a PUT: the app must read again to learn the new version.
  assert.equal(updated.headers.get('etag'), null);
  // A colleague still holding the old tag writes: Apache answers 412; nginx replaces the file.
  const raced = await put('ws-a.json', '{"n":"stale"}', { 'If-Match': before.etag });
  assert.equal(raced.status, 204);
  assert.equal((await read('ws-a.json')).text, '{"n":"stale"}');
  // The guide's own probe: a made-up tag must answer 412 on a server safe for team sync.
  assert.equal((await put('ws-a.json', '{}', { 'If-Match': '"stale"' })).status, 204);
});
