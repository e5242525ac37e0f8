'use strict';
/**
 * Every page app.json registers, main package and subpackages alike, as `pages/<name>/index` in app.json's order
 * (a subpackage page's path is its root joined with its page: `pages/sources` + `index`).
 */
const fs = require('fs');
const path = require('path');

const APP_JSON = path.join(__dirname, '..', '..', 'miniprogram', 'app.json');

/** @param {{ pages?: string[], subPackages?: { root: string, pages: string[] }[], subpackages?: { root: string, pages: string[] }[] }} app */
function appPages(app = JSON.parse(fs.readFileSync(APP_JSON, 'utf8'))) {
  const subpackages = app.subPackages ?? app.subpackages ?? [];
  return [
    ...(app.pages ?? []),
    ...subpackages.flatMap((sub) => sub.pages.map((page) => path.posix.join(sub.root, page))),
  ];
}

module.exports = { appPages };
