'use strict';
/**
 * Which privacy scopes the app's code and templates use (miniprogram/**, miniprogram_npm included): `wx.<api>`
 * calls and references, `authorize` scope strings, `open-type` values (each `|`-separated part, including
 * `openType` props set in JS or passed to vant), and scoped components. Compared with privacy/declaration.json.
 */
const fs = require('fs');
const path = require('path');
const { PRIVACY_SCOPES, REVIEWED_LIBRARY_USES } = require('./privacy-scopes');

const ROOT = path.resolve(__dirname, '..', '..');
const MINIPROGRAM_ROOT = path.join(ROOT, 'miniprogram');
const DECLARATION_PATH = path.join(ROOT, 'privacy', 'declaration.json');

/** Every .ts/.js/.wxml/.wxs/.json file of the Mini Program, miniprogram_npm included. */
function appFiles(dir = MINIPROGRAM_ROOT) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(full);
    return /\.(ts|js|wxml|wxs|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Scopes used in the given files: `[{ key, file, what }]`. `files` is `[{ file, text }]` so tests can feed
 * any source.
 */
function findScopedUses(files) {
  const uses = [];
  for (const { file, text } of files) {
    const template = /\.wxml$/.test(file);
    const openTypes = new Set();
    if (template) {
      for (const match of text.matchAll(/\bopen-type\s*=\s*["']([^"']*)["']/g)) {
        for (const part of match[1].split('|')) openTypes.add(part.trim());
      }
    } else {
      for (const match of text.matchAll(/\bopen[Tt]ype\s*[:=]\s*["']([^"']*)["']/g)) {
        for (const part of match[1].split('|')) openTypes.add(part.trim());
      }
    }
    for (const scope of PRIVACY_SCOPES) {
      const found = (what) => uses.push({ key: scope.key, file, what });
      if (!template) {
        for (const api of scope.apis) {
          if (
            new RegExp(
              `\\bwx\\s*(?:\\.\\s*${escapeRegExp(api)}\\b|\\[\\s*["'\`]${escapeRegExp(api)}["'\`]\\s*\\])`,
            ).test(text)
          )
            found(`wx.${api}`);
        }
        for (const authScope of scope.authScopes) {
          if (new RegExp(`["'\`]${escapeRegExp(authScope)}["'\`]`).test(text)) found(authScope);
        }
      }
      for (const openType of scope.openTypes) if (openTypes.has(openType)) found(`open-type="${openType}"`);
      if (template) {
        for (const component of scope.components) {
          const [tag, attr] = component.split(/[[\]]/);
          const pattern = attr
            ? new RegExp(`<${escapeRegExp(tag)}\\b[^>]*\\b${attr.replace('=', '\\s*=\\s*["\']')}["']`)
            : new RegExp(`<${escapeRegExp(tag)}[\\s/>]`);
          if (pattern.test(text)) found(`<${component}>`);
        }
      }
    }
  }
  return uses;
}

function readDeclaration(file = DECLARATION_PATH) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Problems between the code's uses and the declaration: undeclared scopes in use, declared scopes no code uses,
 * keys WeChat does not have, declarations without a purpose.
 */
function compareDeclaration(uses, declaration) {
  const problems = [];
  const known = new Map(PRIVACY_SCOPES.map((scope) => [scope.key, scope]));
  const declared = new Map();
  for (const entry of declaration.scopes || []) {
    if (!known.has(entry.key))
      problems.push(`declares "${entry.key}", which is not one of WeChat's privacy scopes`);
    else if (entry.info !== known.get(entry.key).info)
      problems.push(`"${entry.key}" must be named "${known.get(entry.key).info}" as in the admin console`);
    if (typeof entry.purpose !== 'string' || entry.purpose.trim() === '')
      problems.push(`"${entry.key}" needs a purpose (the 用途 the admin console asks for)`);
    declared.set(entry.key, entry);
  }
  const used = new Map();
  for (const use of uses) {
    if (!used.has(use.key)) used.set(use.key, []);
    used.get(use.key).push(`${path.relative(MINIPROGRAM_ROOT, use.file)} (${use.what})`);
  }
  for (const [key, where] of used) {
    if (!declared.has(key))
      problems.push(
        `uses ${known.get(key).info} (${key}) without declaring it: ${where.slice(0, 3).join(', ')}`,
      );
  }
  for (const key of declared.keys()) {
    if (known.has(key) && !used.has(key))
      problems.push(`declares ${known.get(key).info} (${key}), which no code uses`);
  }
  return problems;
}

/** Scans the real app and compares it with privacy/declaration.json. */
function checkPrivacy() {
  const files = appFiles().map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
  const reviewed = (use) =>
    REVIEWED_LIBRARY_USES.some(
      (entry) => entry.what === use.what && path.relative(MINIPROGRAM_ROOT, use.file) === entry.file,
    );
  const uses = findScopedUses(files).filter((use) => !reviewed(use));
  const declaration = readDeclaration();
  return { uses, declaration, problems: compareDeclaration(uses, declaration) };
}

module.exports = {
  DECLARATION_PATH,
  appFiles,
  findScopedUses,
  compareDeclaration,
  readDeclaration,
  checkPrivacy,
};
