// Every page of the app, with the level-1 heading that proves it rendered (pages still to be
// built show "Page not found", which any heading accepts).
export const ROUTES = [
  ['#/', /The GGI activity catalogue/],
  // The sample organisation's activity with the most on it: scorecard, evidence, objectives.
  ['#/activities/GGI-A-21', /GGI-A-21/],
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
