// Every page of the app, with the level-1 heading that proves it rendered (pages still to be
// built show "Page not found", which any heading accepts).
export const ROUTES = [
  ['#/', /The GGI activity catalogue/],
  ['#/activities/GGI-A-17', /GGI-A-17/],
  ['#/dashboard', /Dashboard/],
  ['#/iterations', /.+/],
  ['#/report', /Progress report/],
  ['#/portfolio', /Portfolio of workspaces/],
  ['#/data', /Your data/],
  ['#/workspaces', /.+/],
  ['#/start', /.+/],
  ['#/about', /.+/],
  ['#/no/such/page', /Page not found/],
];
