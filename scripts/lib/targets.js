'use strict';
/**
 * Targets for the command line, through the app's own entry-link service (the same code the pages run):
 * `home`, `guide:paying-in-mexico`, `checklist`, `checklist:on-arrival`, `sources`.
 */
const path = require('path');

require('./ts-require');
// The app's link reading and building, plus what only scripts need (scene building, key checks).
const entryLink = {
  ...require('../../miniprogram/services/entry-link.ts'),
  ...require('./entry-codes.ts'),
};

const ROOT = path.resolve(__dirname, '..', '..');

/** app.json's pages, subpackages included, e.g. `pages/home/index`. */
const { appPages } = require('./app-pages');

/** What `page[:id]` may be, for error messages. */
function targetHelp() {
  return entryLink.PAGE_NAMES.map((page) => {
    const param = entryLink.PAGES[page].param;
    return param ? `${page}${param.required ? '' : '['}:<${param.name}>${param.required ? '' : ']'}` : page;
  }).join(', ');
}

/** Turns `guide:paying-in-mexico` into a target; throws an Error naming what is allowed. */
function parseTargetSpec(text) {
  const [page, value, ...rest] = String(text).split(':');
  if (!entryLink.isPageName(page) || rest.length > 0) {
    throw new Error(`Unknown target "${text}". Targets: ${targetHelp()}.`);
  }
  const param = entryLink.PAGES[page].param;
  if (!param) {
    if (value !== undefined) throw new Error(`Page ${page} takes no value (got "${text}").`);
    return { page };
  }
  if (value === undefined || value === '') {
    if (param.required) {
      throw new Error(`Target "${text}" needs a ${param.name}: one of ${param.ids().join(', ')}.`);
    }
    return { page };
  }
  if (!param.ids().includes(value)) {
    throw new Error(
      `Unknown ${param.name} "${value}" in target "${text}". Known: ${param.ids().join(', ')}.`,
    );
  }
  return { page, [param.name]: value };
}

/** `page[:id]` for a target, the inverse of parseTargetSpec. */
function targetSpec(target) {
  const value = entryLink.targetValue(target);
  return value === undefined ? target.page : `${target.page}:${value}`;
}

module.exports = { ROOT, entryLink, appPages, parseTargetSpec, targetSpec, targetHelp };
