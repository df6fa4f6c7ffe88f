// Finds an element as a user names it: by role and accessible name, by its label, or by its
// visible text. Runs in the page (it is sent as source text), so every engine finds elements the
// same way, without the driver's own selector engines (puppeteer's ARIA queries need Chromium's
// accessibility tree; WebDriver has none). The accessible name is a simplified version of the
// ARIA algorithm that covers what the app uses: aria-labelledby, aria-label, <label>, alt,
// <caption>, then the text. Hidden elements (display: none, visibility: hidden, [hidden]) and
// inert ones never match.
//
// A query: { role, name, level } | { label } | { text }. A name or label is a string (the whole
// name, spaces normalised) or { re, flags } (a regular expression); a text is a string found
// anywhere in an element's text, as Playwright's getByText, or a regular expression. `within`
// scopes a query to the first match of another; `nth` picks a later match (from 0).
export function find(query) {
  const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value, want) =>
    typeof want === 'string' ? squash(value) === squash(want) : new RegExp(want.re, want.flags).test(squash(value));
  const visible = (el) => {
    // Inert: the static shell's controls before the app takes over (scripts/shell.mjs).
    if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
    if (el.checkVisibility) return el.checkVisibility({ visibilityProperty: true });
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const IMPLICIT = {
    button: 'button, input[type=button], input[type=submit], input[type=reset]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6',
    checkbox: 'input[type=checkbox]',
    radio: 'input[type=radio]',
    combobox: 'select:not([multiple])',
    textbox: 'textarea, input:not([type]), input[type=text], input[type=email], input[type=url], input[type=search], input[type=tel]',
    img: 'img[alt]:not([alt=""])',
    table: 'table',
    region: 'section[aria-label], section[aria-labelledby]',
    navigation: 'nav',
    main: 'main',
    listitem: 'li',
    progressbar: 'progress',
    dialog: 'dialog',
  };
  const roleOf = (el) => el.getAttribute('role');
  const byRole = (root, role) => {
    const implicit = IMPLICIT[role] ? [...root.querySelectorAll(IMPLICIT[role])].filter((el) => !roleOf(el)) : [];
    return [...implicit, ...root.querySelectorAll(`[role="${role}"]`)];
  };
  const textOf = (el) => squash(el.textContent);
  // A label's own words: without the text of a control inside it (a <select>'s options).
  const labelText = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('select, textarea, input, [aria-hidden="true"]').forEach((c) => c.remove());
    return textOf(copy);
  };
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return squash(ids.split(/\s+/).map((id) => textOf(document.getElementById(id) ?? document.createElement('i'))).join(' '));
    if (el.hasAttribute('aria-label')) return squash(el.getAttribute('aria-label'));
    if (el.labels?.length) return squash([...el.labels].map(labelText).join(' '));
    if (el.tagName === 'IMG') return squash(el.alt);
    if (el.tagName === 'TABLE' && el.caption) return textOf(el.caption);
    if (/^(button|link|heading|checkbox|radio|tab|listitem|option|menuitem|cell|row)$/.test(role(el))) {
      return textOf(el) || squash(el.getAttribute('title'));
    }
    return squash(el.getAttribute('title'));
  };
  const role = (el) => roleOf(el) ?? Object.entries(IMPLICIT).find(([, sel]) => el.matches(sel))?.[0];
  const levelOf = (el) => Number(el.getAttribute('aria-level') ?? el.tagName.slice(1));

  const search = (root, q) => {
    let found;
    if (q.role) {
      found = byRole(root, q.role).filter((el) => q.name === undefined || matches(nameOf(el), q.name));
      if (q.level) found = found.filter((el) => levelOf(el) === q.level);
    } else if (q.label) {
      found = [...root.querySelectorAll('input, select, textarea, [role=checkbox], [role=combobox], [role=textbox]')]
        .filter((el) => matches(nameOf(el), q.label));
    } else if (q.text) {
      const has = (el) => (typeof q.text === 'string' ? squash(el.textContent).includes(squash(q.text)) : matches(el.textContent, q.text));
      const all = [...root.querySelectorAll('*')].filter((el) => !/^(SCRIPT|STYLE|HEAD|TITLE)$/.test(el.tagName) && has(el));
      // The innermost elements with the text: those whose children do not have it whole.
      found = all.filter((el) => ![...el.children].some(has));
    } else {
      throw new Error(`a query needs a role, a label or a text: ${JSON.stringify(q)}`);
    }
    return found.filter((el) => (q.hidden ? true : visible(el)));
  };
  let root = document;
  if (query.within) {
    root = search(document, query.within)[0];
    if (!root) return null;
  }
  return search(root, query)[query.nth ?? 0] ?? null;
}
