// The README's hosting guide against what runs: every configuration it shows is a file of
// deploy/, quoted byte for byte (hosting-nginx and hosting-apache run those files); the Pages
// workflows are YAML that runs the real build and publishes its output; the policy command and
// the quick-try server work on this build; the server versions it names are those tested.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { access, constants, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { DIST } from '../server.mjs';
import { DEPLOY, REPO, deployFile, policyHeader } from '../deploy-files.mjs';
import { launch, watchedPage } from '../hosted.mjs';
import { freePort, listening } from '../private-server.mjs';
import { version as nginxVersion } from '../nginx.mjs';
import { version as apacheVersion } from '../apache.mjs';

const run = promisify(execFile);
const README = await readFile(join(REPO, 'README.md'), 'utf8');
const GUIDE = README.slice(README.indexOf('\n## Hosting guide\n'), README.indexOf('\n## ', README.indexOf('\n## Hosting guide\n') + 1));

/** The guide's fenced blocks: language, text, and the deploy/ file a `<!-- deploy/NAME -->` line before it says it quotes. */
function fencedBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^```(\S*)$/);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    const quotes = lines[i - 1]?.match(/^<!-- (deploy\/[\w.-]+) -->$/)?.[1] ?? null;
    blocks.push({ lang: open[1], body: `${lines.slice(i + 1, end).join('\n')}\n`, quotes, line: i + 1 });
    i = end;
  }
  return blocks;
}

test('the README quotes every file of deploy/ byte for byte, and shows no configuration that is not one', async () => {
  assert.ok(GUIDE.length > 1000, 'no hosting guide in the README');
  const blocks = fencedBlocks(GUIDE);
  const files = await readdir(DEPLOY);
  for (const name of files) {
    const quoted = blocks.filter((b) => b.quotes === `deploy/${name}`);
    assert.ok(quoted.length > 0, `the hosting guide does not quote deploy/${name} (a "<!-- deploy/${name} -->" line, then the fenced file)`);
    const file = await deployFile(name);
    for (const block of quoted) {
      const at = block.body.split('\n').findIndex((l, i) => l !== file.split('\n')[i]);
      assert.ok(block.body === file, `the README's copy of deploy/${name} differs from the file at its line ${at + 1}: copy the file again`);
    }
  }
  for (const block of blocks.filter((b) => b.quotes)) assert.ok(files.includes(block.quotes.slice('deploy/'.length)), `${block.quotes} does not exist`);
  // A server's configuration shown in the guide is one the tests run.
  for (const block of blocks.filter((b) => ['nginx', 'apache', 'yaml'].includes(b.lang))) {
    assert.ok(block.quotes, `the ${block.lang} block of the hosting guide at its line ${block.line} is not a file of deploy/`);
  }
});

/** Where a `scripts/build …` command writes: its `--dist`, or Trunk.toml's. */
async function buildOutput(command) {
  const args = command.trim().split(/\s+/).slice(1);
  const dist = args.indexOf('--dist');
  if (dist >= 0) return args[dist + 1];
  return (await readFile(join(REPO, 'Trunk.toml'), 'utf8')).match(/^dist = "([^"]+)"$/m)[1];
}

/** The `scripts/…` commands of a shell line: each runs a script of this repository, with arguments it takes. */
async function scriptsRunBy(line) {
  const commands = line.split(/&&|\|\||;|\|/).map((c) => c.trim()).filter((c) => c.startsWith('scripts/'));
  for (const command of commands) {
    const [script, ...args] = command.split(/\s+/);
    await access(join(REPO, script), constants.X_OK);
    if (script === 'scripts/build' && args.length > 0) {
      // scripts/build hands its arguments to `trunk build`.
      assert.match(await readFile(join(REPO, script), 'utf8'), /trunk build --release --offline "\$@"/);
      const help = execFileSync('trunk', ['build', '--help'], { encoding: 'utf8' });
      for (const arg of args.filter((a) => a.startsWith('-'))) assert.ok(help.includes(arg.split('=')[0]), `trunk build takes no ${arg}`);
    }
  }
  return commands;
}

function parseYaml(name, text) {
  const doc = parseDocument(text, { uniqueKeys: true });
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], `deploy/${name} is not valid YAML`);
  return doc.toJS();
}

test('the GitHub Pages workflow is YAML that runs scripts/build and publishes the folder it writes', async () => {
  const workflow = parseYaml('github-pages.yml', await deployFile('github-pages.yml'));
  assert.deepEqual(workflow.on.push.branches, ['main']);
  assert.equal(workflow.permissions.pages, 'write');
  assert.equal(workflow.permissions['id-token'], 'write');
  const steps = workflow.jobs.deploy.steps;
  const runs = steps.filter((s) => s.run).map((s) => s.run);
  const build = (await Promise.all(runs.map(scriptsRunBy))).flat().find((c) => c.startsWith('scripts/build'));
  assert.ok(build, `no step runs scripts/build: ${runs}`);
  assert.ok(runs.some((r) => r.includes('scripts/setup')), 'no step runs scripts/setup');
  const output = await buildOutput(build);
  assert.ok(runs.some((r) => r.startsWith(`touch ${output}/.nojekyll`)), `${output}/ is published without .nojekyll`);
  const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
  assert.equal(upload?.with?.path, output, 'the workflow publishes another folder than the build writes');
  assert.ok(steps.at(-1).uses.startsWith('actions/deploy-pages@'));
});

test('the GitLab Pages job is YAML that runs scripts/build and publishes the folder it writes as public/', async () => {
  const { pages } = parseYaml('gitlab-pages.yml', await deployFile('gitlab-pages.yml'));
  const build = (await Promise.all(pages.script.map(scriptsRunBy))).flat().find((c) => c.startsWith('scripts/build'));
  assert.ok(build, `no line runs scripts/build: ${pages.script}`);
  const output = await buildOutput(build);
  assert.ok(pages.script.some((l) => l.includes(`mv ${output} public`)), `${output}/ is not moved to public/`);
  assert.deepEqual(pages.artifacts.paths, ['public']);
  assert.equal(pages.rules[0].if, '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
});

test('deploy/csp-header.sh turns the build\'s policy into a header line for nginx and Apache', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const policy = `${meta}; frame-ancestors 'none'`;
  assert.equal(await policyHeader('nginx'), `add_header Content-Security-Policy "${policy}" always;\n`);
  assert.equal(await policyHeader('apache'), `Header always set Content-Security-Policy "${policy}"\n`);
  assert.equal(await policyHeader('policy'), `${policy}\n`);
  // The sources' index.html (a template) or a folder without a page: an error, not a header
  // that would block the app.
  await assert.rejects(run(join(DEPLOY, 'csp-header.sh'), ['nginx', REPO]), /is not a build's page: its policy names no script hash/);
  await assert.rejects(run(join(DEPLOY, 'csp-header.sh'), ['nginx', join(REPO, 'deploy')]), /can't read/);
});

let quickTry;
after(() => quickTry?.kill());

test('the quick-try server the guide names serves the app', async () => {
  const block = fencedBlocks(GUIDE).find((b) => b.body.includes('python3 -m http.server'));
  assert.ok(block, 'the guide names no quick-try command');
  const [command] = block.body.split('\n');
  const port = await freePort();
  const adapted = command.replace(/\b8000\b/, String(port)).replace(/--directory dist\b/, `--directory ${DIST}`);
  assert.notEqual(adapted, command);
  quickTry = spawn('bash', ['-c', `exec ${adapted}`], { cwd: REPO, stdio: 'ignore' });
  await listening(port);
  const browser = await launch();
  try {
    const url = `http://127.0.0.1:${port}/`;
    const { page, problems } = await watchedPage(browser, url, { absentIs404: true });
    const types = new Map();
    page.on('response', (r) => types.set(new URL(r.url()).pathname, r.headers()['content-type']));
    await page.goto(`${url}#/`);
    await page.getByRole('heading', { level: 1, name: 'The GGI activity catalogue' }).waitFor();
    await page.goto(`${url}#/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const wasm = [...types].filter(([p]) => p.endsWith('.wasm'));
    assert.ok(wasm.length > 0);
    for (const [path, type] of wasm) assert.equal(type, 'application/wasm', path);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});

test('the guide names the versions of nginx and Apache the tests run', async () => {
  // The minor version: a Debian security update does not make the README wrong, a new release does.
  for (const [name, full] of [['nginx', (await nginxVersion()).split('/')[1]], ['Apache', (await apacheVersion()).split(/[/ ]/)[1]]]) {
    const minor = full.split('.').slice(0, 2).join('.');
    assert.ok(new RegExp(`${name} ${minor.replace('.', '\\.')}\\.\\d+`).test(GUIDE), `the hosting guide does not name ${name} ${full}`);
  }
});
