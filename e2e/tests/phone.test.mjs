// Phones and small screens (issue 12), acting as a phone user: on every route at 360 × 740 and
// 320 × 640 with the sample organisation loaded, the header stays short (at most 120 px), the
// page never scrolls sideways (wide tables scroll inside their own named region), and the
// navigation sits behind a menu button that opens and closes with the keyboard and the pointer;
// choosing a link in it navigates and closes it. French and German, whose labels run longest,
// get the same checks at 320 px, and in every language the import preview's buttons and radio
// labels wrap inside the screen (issue 26).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../browser.mjs';
import { ROUTES } from '../routes.mjs';

const PHONES = [{ width: 360, height: 740 }, { width: 320, height: 640 }];
const MAX_HEADER = 120;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A phone-sized page with the sample organisation loaded (it lands on the dashboard). */
async function phoneWithSample(viewport) {
  const session = await env.page({ viewport, isMobile: true, hasTouch: true });
  const { page } = session;
  await page.goto(env.url);
  await page.getByRole('button', { name: 'Load a sample organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  return session;
}

/** Waits for the page's heading and two frames, so layout has settled before measuring. */
async function open(page, hash, heading) {
  await page.goto(env.url + hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const menuButton = (page) => page.getByRole('button', { name: 'Menu' });
const mainNav = (page) => page.getByRole('navigation', { name: 'Main' });
const expanded = async (page) => menuButton(page).getAttribute('aria-expanded');
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return `${el?.tagName} ${el?.textContent?.trim().slice(0, 40) ?? ''}`;
});

/** What overflows the viewport sideways, for a readable failure. */
function sidewaysScroll(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth;
    if (scroll <= width) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`);
    return `scrollWidth ${scroll} > ${width}: ${culprits.join(', ')}`;
  });
}

/** Tabs from the top of the page (its skip link) to the menu button. */
async function tabToMenuButton(page) {
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('aria-controls') === 'site-menu')) return;
  }
  throw new Error(`Tab never reached the menu button (at ${await focused(page)})`);
}

for (const viewport of PHONES) {
  const size = `${viewport.width} × ${viewport.height}`;

  test(`${size}: on every route the header is short, nothing scrolls sideways, the menu opens and closes`, async () => {
    const { page, problems } = await phoneWithSample(viewport);
    const found = [];
    for (const [hash, heading] of ROUTES) {
      await open(page, hash, heading);
      const header = await page.locator('header.site-header').boundingBox();
      if (!header || header.height > MAX_HEADER) found.push(`${hash}: header ${header?.height} px tall`);
      const wide = await sidewaysScroll(page);
      if (wide) found.push(`${hash}: ${wide}`);

      // Closed: the navigation is out of sight and out of the accessibility tree.
      assert.equal(await expanded(page), 'false', hash);
      assert.equal(await mainNav(page).isVisible(), false, `${hash}: navigation shown before the menu is opened`);

      // Pointer: tap to open, tap to close.
      await menuButton(page).click();
      assert.equal(await expanded(page), 'true', hash);
      await mainNav(page).getByRole('link', { name: 'Dashboard' }).waitFor();
      const openWide = await sidewaysScroll(page);
      if (openWide) found.push(`${hash} (menu open): ${openWide}`);
      await menuButton(page).click();
      assert.equal(await expanded(page), 'false', hash);
      await mainNav(page).waitFor({ state: 'hidden' });

      // Keyboard: Enter opens, Tab enters the menu, Escape closes and returns to the button.
      await tabToMenuButton(page);
      await page.keyboard.press('Enter');
      assert.equal(await expanded(page), 'true', hash);
      await page.keyboard.press('Tab');
      assert.match(await focused(page), /^A Catalogue/, hash);
      await page.keyboard.press('Escape');
      assert.equal(await expanded(page), 'false', hash);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls')), 'site-menu',
        `${hash}: Escape left focus on ${await focused(page)}`);
      await mainNav(page).waitFor({ state: 'hidden' });
      // Space toggles it too.
      await page.keyboard.press('Space');
      assert.equal(await expanded(page), 'true', hash);
      await page.keyboard.press('Space');
      assert.equal(await expanded(page), 'false', hash);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
  });
}

test('360 × 740: a link in the menu navigates, by keyboard and by pointer, and closes the menu', async () => {
  const { page, problems } = await phoneWithSample(PHONES[0]);
  // Keyboard: open, move to "Report", Enter.
  await tabToMenuButton(page);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 12 && !/^A Report/.test(await focused(page)); i++) await page.keyboard.press('Tab');
  assert.match(await focused(page), /^A Report/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();
  assert.equal(await expanded(page), 'false');
  await mainNav(page).waitFor({ state: 'hidden' });
  // Focus lands on the new page's heading, not on a hidden link.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

  // Pointer: tap the button, then a link.
  await menuButton(page).click();
  await mainNav(page).getByRole('link', { name: 'Portfolio' }).click();
  await page.getByRole('heading', { level: 1, name: 'Portfolio of workspaces' }).waitFor();
  assert.equal(await expanded(page), 'false');
  assert.equal(new URL(page.url()).hash, '#/portfolio');

  // The current page's own link closes the menu and gives focus back to the button.
  await menuButton(page).click();
  await mainNav(page).getByRole('link', { name: 'Portfolio' }).click();
  assert.equal(await expanded(page), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls')), 'site-menu');

  // The workspace, theme and language controls are in the menu on a phone.
  await menuButton(page).click();
  await page.getByRole('link', { name: /Workspace: City of Exampleton/ }).waitFor();
  await page.getByRole('button', { name: /^Theme: / }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('heading', { level: 1, name: 'Portefeuille des espaces de travail' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'), 'true');
  // Tabbing past the last control leaves the header and closes the menu behind it.
  await page.getByRole('combobox', { name: 'Langue' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'), 'false');
  assert.deepEqual(problems, []);
});

test('320 × 640: long unbroken names, owners and links wrap instead of widening any route', async () => {
  const { page, problems } = await phoneWithSample(PHONES[1]);
  const name = 'Direction-de-la-transformation-numérique-et-des-systèmes-d’information-métropolitaine';
  const link = `https://intranet.example.org/${'governance/'.repeat(8)}open-source-inventory-2027.xlsx`;
  await open(page, '#/workspaces', /.+/);
  await page.getByLabel('New workspace').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await open(page, '#/activities/GGI-A-17', /GGI-A-17/);
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
  await page.getByRole('textbox', { name: 'Owner' }).fill(name);
  await page.locator('.checklist').getByRole('checkbox').first().check();
  await page.getByLabel('Evidence (note or link)').first().fill(link);
  await page.getByLabel('Evidence (note or link)').first().blur();
  const found = [];
  for (const [hash, heading] of ROUTES) {
    await open(page, hash, heading);
    const wide = await sidewaysScroll(page);
    if (wide) found.push(`${hash}: ${wide}`);
    await menuButton(page).click();
    const openWide = await sidewaysScroll(page);
    if (openWide) found.push(`${hash} (menu open): ${openWide}`);
    await menuButton(page).click();
  }
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
});

test('a phone held sideways (915 × 412) gets the short header too', async () => {
  const { page, problems } = await env.page({ viewport: { width: 915, height: 412 }, isMobile: true, hasTouch: true });
  await page.goto(`${env.url}#/about`);
  await menuButton(page).waitFor();
  const header = await page.locator('header.site-header').boundingBox();
  assert.ok(header && header.height <= MAX_HEADER, `header ${header?.height} px tall`);
  await menuButton(page).click();
  await mainNav(page).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  assert.deepEqual(problems, []);
});

test('a wide screen keeps the navigation in the header and hides the menu button', async () => {
  const { page, problems } = await env.page({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${env.url}#/about`);
  await mainNav(page).getByRole('link', { name: 'Dashboard' }).waitFor();
  assert.equal(await page.locator('.menu-button').isVisible(), false);
  await page.getByRole('combobox', { name: 'Language' }).waitFor();
  const header = await page.locator('header.site-header').boundingBox();
  assert.ok(header && header.height <= MAX_HEADER, `header ${header?.height} px tall at 1280 px`);
  assert.deepEqual(problems, []);
});

/** Each language's words for what the 320 px test clicks and waits for. */
const LANGUAGES = {
  'en-GB': {
    sample: 'Load a sample organisation', dashboard: 'Dashboard', menu: 'Menu', data: 'Your data',
    exportAll: 'Export everything (JSON)',
    choose: 'Choose a file to import', addAsWorkspaces: 'Add the file as new workspaces', cancel: 'Cancel',
    eachAsWorkspace: 'each as its own workspace',
    routes: null, // the English routes are covered above
  },
  'fr-FR': {
    sample: 'Charger une organisation exemple', dashboard: 'Tableau de bord', menu: 'Menu', data: 'Vos données',
    exportAll: 'Tout exporter (JSON)',
    choose: 'Choisir un fichier à importer', addAsWorkspaces: 'Ajouter le fichier comme nouveaux espaces de travail',
    cancel: 'Annuler', eachAsWorkspace: 'chacun comme son propre espace de travail',
    routes: [
      ['#/', 'Le catalogue d’activités GGI'], ['#/activities/GGI-A-21', /GGI-A-21/], ['#/dashboard', 'Tableau de bord'],
      ['#/iterations', 'Itérations'], ['#/report', 'Rapport d’avancement'], ['#/portfolio', 'Portefeuille des espaces de travail'],
      ['#/data', 'Vos données'], ['#/workspaces', 'Espaces de travail'], ['#/start', 'Commencer votre démarche'],
      ['#/about', 'À propos de GGI Journey'], ['#/no/such/page', 'Page introuvable'],
    ],
  },
  'de-DE': {
    sample: 'Beispielorganisation laden', dashboard: 'Übersicht', menu: 'Menü', data: 'Ihre Daten',
    exportAll: 'Alles exportieren (JSON)',
    choose: 'Datei zum Importieren auswählen', addAsWorkspaces: 'Datei als neue Arbeitsbereiche hinzufügen',
    cancel: 'Abbrechen', eachAsWorkspace: 'jede als eigenen Arbeitsbereich',
    routes: [
      ['#/', 'Der GGI-Aktivitätskatalog'], ['#/activities/GGI-A-21', /GGI-A-21/], ['#/dashboard', 'Übersicht'],
      ['#/iterations', 'Iterationen'], ['#/report', 'Fortschrittsbericht'], ['#/portfolio', 'Portfolio der Arbeitsbereiche'],
      ['#/data', 'Ihre Daten'], ['#/workspaces', 'Arbeitsbereiche'], ['#/start', 'Ihren GGI-Weg beginnen'],
      ['#/about', 'Über GGI Journey'], ['#/no/such/page', 'Seite nicht gefunden'],
    ],
  },
};

/** Controls and headings whose text is cut off or runs past the screen's right edge (tables
 * scroll inside their own region and are left out). */
function clipped(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('button, a, label, select, summary, legend, h1, h2, h3')]
      .filter((e) => e.offsetParent !== null && e.clientWidth > 1 && !e.closest('.table-scroll'))
      .filter((e) => (getComputedStyle(e).display !== 'inline' && e.scrollWidth > e.clientWidth + 1)
        || e.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()} “${e.textContent.trim().slice(0, 60)}”`);
  });
}

const exportFile = (name, buffer) => ({ name, mimeType: 'application/json', buffer });

for (const [locale, words] of Object.entries(LANGUAGES)) {
  test(`320 × 640 in ${locale}: the longest labels wrap on every route, in the menu and in the import preview`, async () => {
    const { page, problems } = await env.page({ viewport: PHONES[1], isMobile: true, hasTouch: true, locale });
    await page.goto(env.url);
    await page.getByRole('button', { name: words.sample }).click();
    await page.getByRole('heading', { level: 1, name: words.dashboard }).waitFor();
    const menu = page.getByRole('button', { name: words.menu, exact: true });
    const found = [];
    const measure = async (where) => {
      const wide = await sidewaysScroll(page);
      if (wide) found.push(`${where}: ${wide}`);
      for (const c of await clipped(page)) found.push(`${where}: ${c}`);
    };
    for (const [hash, heading] of words.routes ?? []) {
      await open(page, hash, heading);
      const header = await page.locator('header.site-header').boundingBox();
      if (!header || header.height > MAX_HEADER) found.push(`${hash}: header ${header?.height} px tall`);
      await measure(hash);
      await menu.click();
      await measure(`${hash} (menu open)`);
      await menu.click();
    }
    // The import preview's choices, for one file and for several (its radio labels), with the
    // sample's own export as the file.
    await open(page, '#/data', words.data);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: words.exportAll }).click(),
    ]);
    const fixture = Buffer.concat(await (await download.createReadStream()).toArray());
    await page.getByLabel(words.choose).setInputFiles(exportFile('ggi-export.json', fixture));
    await page.getByRole('button', { name: words.addAsWorkspaces }).waitFor();
    await measure('#/data (import preview)');
    await page.getByRole('button', { name: words.cancel, exact: true }).first().click();
    await page.getByLabel(words.choose).setInputFiles([exportFile('team-a.json', fixture), exportFile('team-b.json', fixture)]);
    await page.getByRole('radio', { name: words.eachAsWorkspace }).waitFor();
    await measure('#/data (several files)');
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
  });
}
