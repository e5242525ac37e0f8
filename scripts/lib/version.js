'use strict';
/**
 * The app's version lives in package.json only. package.json is not part of the Mini Program package, so the
 * build writes it into `miniprogram/generated/version.ts` (git-ignored: a committed copy could drift from
 * package.json and would conflict on every bump). Written by `npm start`, `npm run typecheck` (so `npm test`
 * on a clean clone has it), `npm run upload` and `npm run release:check`; the app imports `APP_VERSION`.
 *
 *   node scripts/lib/version.js      write it (only when it changed)
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION_MODULE = path.join(ROOT, 'miniprogram', 'generated', 'version.ts');
const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;

function packageVersion(root = ROOT) {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (typeof version !== 'string' || !VERSION_PATTERN.test(version)) {
    throw new Error(
      `package.json's version "${version}" must look like 1.0.1 (three numbers, as WeChat shows it)`,
    );
  }
  return version;
}

function versionModuleSource(version) {
  return `// Generated from package.json by scripts/lib/version.js (npm start, npm test, npm run upload). Do not edit.
export const APP_VERSION = '${version}';
`;
}

/** Writes the module when missing or stale; returns the version. */
function writeVersionModule(file = VERSION_MODULE, version = packageVersion()) {
  const source = versionModuleSource(version);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current !== source) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
  }
  return version;
}

/** The version the generated module holds now, if any. */
function generatedVersion(file = VERSION_MODULE) {
  if (!fs.existsSync(file)) return undefined;
  const match = fs.readFileSync(file, 'utf8').match(/APP_VERSION = '([^']*)'/);
  return match ? match[1] : undefined;
}

if (require.main === module) writeVersionModule();

module.exports = {
  VERSION_MODULE,
  packageVersion,
  versionModuleSource,
  writeVersionModule,
  generatedVersion,
};
