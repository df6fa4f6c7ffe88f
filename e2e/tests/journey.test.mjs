import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready } from '../browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the guided start plans a first set of activities and lands on the dashboard', async () => {
  const { page, problems } = await env.page();
  await page.goto(env.url);
  await page.getByRole('heading', { level: 1, name: 'Start your journey' }).waitFor();
  // The shell's form is the app's only once the app has taken over (its fields wait: inert).
  await ready(page);
  await page.getByLabel('Organisation name').fill('City of Testville');
  await page.getByLabel('Public administration').check();
  await page.getByLabel('Small (under 50 people)').check();
  await page.getByLabel('Decision Maker').check();
  await page.getByLabel(/^Strategy/).check();
  // The preview explains the choice before anything is saved.
  await page.getByText('GGI-A-43 Open source procurement policy (suited to your kind of organisation)').waitFor();
  await page.getByRole('button', { name: 'Plan these activities' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByText('Workspace: City of Testville').first().waitFor();
  await page.getByText('6 of 25 activities in scope, 0 done').waitFor();
  assert.deepEqual(problems, []);
});

test('an activity is tracked: status, points, scorecard with preview, objectives', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/activities/GGI-A-22`);
  await ready(page);
  await page.getByLabel('Status').selectOption({ label: 'In progress' });
  await page.getByLabel('Priority').selectOption({ label: 'High' });
  await page.getByLabel('Owner', { exact: true }).fill('Security team');
  await page.getByRole('checkbox').first().check();
  await page.getByText('1 of 4 verification points met').waitFor();

  await page.getByLabel('Customised description (scope here)').fill('All **public** services');
  await page.getByRole('button', { name: 'Preview' }).first().click();
  assert.equal(await page.locator('.md-preview strong').first().textContent(), 'public');

  for (const text of ['Pick a scanner', 'Scan every build']) {
    await page.getByLabel('New objective').fill(text);
    await page.getByRole('button', { name: 'Add objective' }).click();
  }
  await page.getByText('0 of 2 objectives done').waitFor();
  await page.getByRole('button', { name: 'Move up: Scan every build' }).click();
  const order = await page.locator('.objective input[type=text][id$="-text"]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(order, ['Scan every build', 'Pick a scanner']);
  await page.getByLabel('Done: Pick a scanner').check();
  await page.getByText('1 of 2 objectives done').waitFor();

  await page.getByLabel('Text of the verification point').fill('Our own check');
  await page.getByRole('button', { name: 'Add your own verification point' }).click();
  await page.getByText('1 of 5 verification points met').waitFor();

  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel('Owner', { exact: true }).first().inputValue(), 'Security team');
  await page.getByText('1 of 2 objectives done').waitFor();
  await page.getByText('custom', { exact: true }).waitFor();
  assert.deepEqual(problems, []);
});

test('the sample organisation fills the dashboard, iterations and trend', async () => {
  const { page, problems } = await env.page();
  await page.goto(env.url);
  await page.getByRole('button', { name: 'Load a sample organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByRole('table', { name: 'Progress by goal, as a table' }).waitFor();
  await page.getByRole('img', { name: 'Progress by goal (radar chart)' }).waitFor();
  assert.ok(await page.getByRole('link', { name: /GGI-A-33 Engage with open source vendors/ }).count() > 0);
  const overdue = page.getByRole('region', { name: 'Overdue objectives' });
  await overdue.getByText('Train buyers on open source licence clauses').waitFor();

  await page.getByRole('link', { name: 'Iterations' }).click();
  await page.getByRole('heading', { level: 1, name: 'Iterations' }).waitFor();
  const trend = page.getByRole('table', { name: 'Trend, as a table' });
  assert.equal(await trend.locator('tbody tr').count(), 2);
  await page.getByRole('button', { name: 'Close this iteration and freeze a snapshot' }).click();
  await page.getByText('No iteration is open.').waitFor();
  assert.equal(await trend.locator('tbody tr').count(), 3);
  await page.getByLabel('Name (e.g. 2027 H1)').fill('Next half');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByText('Next half').first().waitFor();
  assert.deepEqual(problems, []);
});

test('workspaces can be created, switched and deleted after confirmation', async () => {
  const { page, problems } = await env.page();
  await page.goto(`${env.url}#/workspaces`);
  await ready(page);
  await page.getByLabel('New workspace').fill('Subsidiary');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByText('Workspace: Subsidiary').first().waitFor();
  // Each number says what it counts.
  const made = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Subsidiary' }) });
  await made.getByText(/^Created .+ · Activities with progress: 0 · own activities: 0 · iterations: 0$/).waitFor();
  await page.getByRole('button', { name: 'Switch to My organisation' }).click();
  await page.getByText('Workspace: My organisation').first().waitFor();
  const sub = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Subsidiary' }) });
  await sub.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByRole('heading', { name: 'Subsidiary' }).waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
});

test('the whole journey: plan, write a scorecard, tick, watch the dashboard, close, compare, reload', async () => {
  const { page, problems } = await env.page();
  await page.goto(env.url);
  await page.getByLabel('Organisation name').fill('Org under test');
  await page.getByRole('button', { name: 'Plan these activities' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  const overall = page.getByRole('region', { name: 'Overall progress' });
  await overall.getByText('0% (0/').first().waitFor();

  await page.getByRole('link', { name: 'Iterations' }).click();
  await page.getByLabel('Name (e.g. 2027 H1)').fill('First half');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Close this iteration and freeze a snapshot' }).waitFor();

  await page.goto(`${env.url}#/activities/GGI-A-17`);
  await ready(page);
  await page.getByLabel('Customised description (scope here)').fill('Every team of the org');
  await page.getByLabel('New objective').fill('Publish the inventory');
  await page.getByRole('button', { name: 'Add objective' }).click();
  await page.getByLabel('Done: Publish the inventory').check();
  const boxes = page.locator('.checklist input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByText('2 of 5 verification points met').waitFor();

  await page.getByRole('link', { name: 'Dashboard' }).click();
  const points = await overall.getByRole('progressbar', { name: 'Verification points' }).getAttribute('aria-valuenow');
  assert.ok(Number(points) > 0, `points ${points}`);
  await overall.getByText('100% (1/1)').waitFor();

  await page.getByRole('link', { name: 'Iterations' }).click();
  await page.getByRole('button', { name: 'Close this iteration and freeze a snapshot' }).click();
  await page.getByText('No iteration is open.').waitFor();
  await page.getByLabel('Before').selectOption({ label: 'First half' });
  await page.getByLabel('After').selectOption({ label: 'Now (current state)' });
  await page.getByText('Nothing changed between these two.').waitFor();

  await page.reload();
  await ready(page);
  await page.getByText('First half').first().waitFor();
  await page.goto(`${env.url}#/activities/GGI-A-17`);
  await page.getByText('2 of 5 verification points met').waitFor();
  assert.equal(await page.getByLabel('Customised description (scope here)').inputValue(), 'Every team of the org');
  await page.getByText('1 of 1 objectives done').waitFor();
  assert.deepEqual(problems, []);
});
