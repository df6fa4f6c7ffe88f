// The cross-engine flows, written once for every engine: a user's journeys through the release
// build, acting by roles, labels and visible text (user.mjs). One file per theme under flows/,
// each exporting { 'what the user does and sees': async ({ user, site, driver, engine }) => … }.
// Each flow gets a fresh origin (`site`: url, extra, requests, setOffline; see server.mjs) and a
// User on its own page. A new theme is one line below.
const THEMES = [
  'shared-folder',
  'start',
  'pages',
  'data',
  'offline',
  'access',
  'sync',
];

export const FLOWS = Object.assign({}, ...await Promise.all(THEMES.map(async (theme) => (await import(`./flows/${theme}.mjs`)).default)));
