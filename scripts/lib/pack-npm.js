'use strict';
/**
 * Builds miniprogram/miniprogram_npm from package.json dependencies with miniprogram-ci's packNpmManually:
 * offline, no AppID, no key. The same step WeChat DevTools runs as "构建 npm".
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const NPM_DIR = path.join(ROOT, 'miniprogram', 'miniprogram_npm');
const STAMP = path.join(NPM_DIR, '.build-stamp.json');

function dependencyStamp() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const versions = {};
  for (const name of Object.keys(pkg.dependencies || {})) {
    const installed = path.join(ROOT, 'node_modules', name, 'package.json');
    if (!fs.existsSync(installed)) {
      throw new Error(`${name} is not installed: run "npm install" first.`);
    }
    versions[name] = JSON.parse(fs.readFileSync(installed, 'utf8')).version;
  }
  return versions;
}

/** True when miniprogram_npm was built from the dependency versions installed now. */
function isFresh() {
  if (!fs.existsSync(STAMP)) return false;
  try {
    return JSON.stringify(JSON.parse(fs.readFileSync(STAMP, 'utf8'))) === JSON.stringify(dependencyStamp());
  } catch {
    return false;
  }
}

async function packNpm() {
  const ci = require('miniprogram-ci');
  const versions = dependencyStamp();
  fs.rmSync(NPM_DIR, { recursive: true, force: true });
  const result = await ci.packNpmManually({
    packageJsonPath: path.join(ROOT, 'package.json'),
    miniprogramNpmDistDir: path.join(ROOT, 'miniprogram'),
  });
  fs.writeFileSync(STAMP, JSON.stringify(versions));
  return { result, versions };
}

function directoryFigures(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files += 1;
        bytes += fs.statSync(full).size;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { files, bytes };
}

module.exports = { ROOT, NPM_DIR, packNpm, isFresh, directoryFigures };
