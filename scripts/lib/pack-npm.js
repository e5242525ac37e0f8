'use strict';
/**
 * Builds miniprogram/miniprogram_npm from package.json dependencies with miniprogram-ci's packNpmManually:
 * offline, no AppID, no key. The same step WeChat DevTools runs as "构建 npm".
 *
 * packNpmManually copies all of vant (72 components); the upload leaves unused ones out, but the DevTools
 * code-quality scan still flags every file nothing depends on. So after packing we ask that same scan which
 * files under miniprogram_npm are unused and delete them: what stays is exactly what the app uses.
 * The build stamp records the dependency versions, the vant components the app declares and the sha256 of each
 * replacement file, so declaring a new component (in any page or component JSON) or editing a replacement
 * triggers a rebuild.
 *
 * Replacements: files of ours copied over vant's before pruning. vant's icon stylesheet is 11 KB of glyph rules
 * for an icon font it loads from at.alicdn.com, a network request this app promises not to make; scripts/vant/
 * icon.wxss draws the few icons our vant components can show with CSS alone.
 */
const { createHash } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { loadCi, runQualityScan } = require('./mp-ci');

const ROOT = path.resolve(__dirname, '..', '..');
const MINIPROGRAM_ROOT = path.join(ROOT, 'miniprogram');
const NPM_DIR = path.join(MINIPROGRAM_ROOT, 'miniprogram_npm');
/** No `.json` extension: WeChat neither uploads nor scans a file type outside its whitelist. */
const STAMP = path.join(NPM_DIR, '.build-stamp');

function dependencyVersions() {
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

/** Every npm component the app's own JSON files declare (e.g. `@vant/weapp/cell/index`), sorted. */
function declaredNpmComponents() {
  const found = new Set();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        const json = JSON.parse(fs.readFileSync(full, 'utf8'));
        for (const target of Object.values(json.usingComponents || {})) {
          if (!target.startsWith('/') && !target.startsWith('.')) found.add(target);
        }
      }
    }
  };
  walk(MINIPROGRAM_ROOT);
  return [...found].sort();
}

/** Our files that replace vant's in the build: path inside miniprogram_npm → path in the repo. */
const REPLACEMENTS = {
  '@vant/weapp/icon/index.wxss': 'scripts/vant/icon.wxss',
};

/** sha256 of each replacement, so an edited replacement makes the build stale. */
function replacementHashes() {
  const hashes = {};
  for (const [target, source] of Object.entries(REPLACEMENTS)) {
    const text = fs.readFileSync(path.join(ROOT, source));
    hashes[target] = createHash('sha256').update(text).digest('hex');
  }
  return hashes;
}

function applyReplacements() {
  for (const [target, source] of Object.entries(REPLACEMENTS)) {
    const destination = path.join(NPM_DIR, target);
    if (!fs.existsSync(destination)) {
      throw new Error(
        `${target} is not in the packed miniprogram_npm: has vant moved it? (replacing it with ${source})`,
      );
    }
    fs.copyFileSync(path.join(ROOT, source), destination);
  }
}

function buildStamp() {
  return {
    versions: dependencyVersions(),
    components: declaredNpmComponents(),
    replacements: replacementHashes(),
  };
}

/** True when miniprogram_npm was built from the installed versions for the components declared now. */
function isFresh() {
  if (!fs.existsSync(STAMP)) return false;
  try {
    return JSON.stringify(JSON.parse(fs.readFileSync(STAMP, 'utf8'))) === JSON.stringify(buildStamp());
  } catch {
    return false;
  }
}

function removeEmptyDirs(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name));
  }
  if (dir !== NPM_DIR && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/** Deletes the files under miniprogram_npm that the code-quality scan says nothing depends on. */
async function pruneUnused() {
  const checks = await runQualityScan();
  const unused = checks.find((check) => check.name === 'CONTAINS_UNUSED_CODES');
  if (!unused || !Array.isArray(unused.detail)) {
    throw new Error(
      'checkCodeQuality no longer lists unused files under CONTAINS_UNUSED_CODES: cannot prune',
    );
  }
  const doomed = unused.detail.filter((file) => file.startsWith('miniprogram_npm/'));
  for (const file of doomed) fs.rmSync(path.join(MINIPROGRAM_ROOT, file), { force: true });
  // Type declarations: neither scanned nor uploaded, and the app's tsconfig does not read them.
  const declarations = [];
  const collect = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) collect(full);
      else if (entry.name.endsWith('.d.ts')) declarations.push(full);
    }
  };
  collect(NPM_DIR);
  for (const file of declarations) fs.rmSync(file);
  removeEmptyDirs(NPM_DIR);
  return doomed.length;
}

/**
 * packNpmManually finds packages by globbing every package.json under node_modules, which does not descend into a
 * symlinked node_modules (as in a git worktree sharing one install): it then packs nothing. So it packs from
 * a staging dir holding package.json's dependencies (and theirs) as real copies.
 */
function stageDependencies() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-npm-'));
  fs.writeFileSync(
    path.join(stage, 'package.json'),
    JSON.stringify({ dependencies: pkg.dependencies || {} }),
  );
  const pending = Object.keys(pkg.dependencies || {});
  const copied = new Set();
  while (pending.length > 0) {
    const name = pending.shift();
    if (copied.has(name)) continue;
    copied.add(name);
    const source = fs.realpathSync(path.join(ROOT, 'node_modules', name));
    fs.cpSync(source, path.join(stage, 'node_modules', name), { recursive: true, dereference: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
    pending.push(...Object.keys(manifest.dependencies || {}));
  }
  return stage;
}

/**
 * Packs and prunes. Uses miniprogram-ci's scan, which leaves file watchers open: the calling script must
 * exit explicitly when done.
 */
async function packNpm() {
  const ci = loadCi();
  const stamp = buildStamp();
  fs.rmSync(NPM_DIR, { recursive: true, force: true });
  const stage = stageDependencies();
  let result;
  try {
    result = await ci.packNpmManually({
      packageJsonPath: path.join(stage, 'package.json'),
      miniprogramNpmDistDir: MINIPROGRAM_ROOT,
    });
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  if (!fs.existsSync(NPM_DIR) || !result || result.miniProgramPackNum === 0) {
    throw new Error('packNpmManually packed no Mini Program package: is @vant/weapp installed?');
  }
  applyReplacements();
  const pruned = await pruneUnused();
  fs.writeFileSync(STAMP, JSON.stringify(stamp));
  return { result, versions: stamp.versions, components: stamp.components, pruned };
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

module.exports = {
  ROOT,
  NPM_DIR,
  REPLACEMENTS,
  packNpm,
  isFresh,
  directoryFigures,
  declaredNpmComponents,
};
