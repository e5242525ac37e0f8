'use strict';
/**
 * WeChat's own checks, run offline with miniprogram-ci: the DevTools code-quality scan and the exact package
 * `upload` would send. Neither needs a real upload key or WeChat's servers, with two caveats handled here:
 *
 * - `ci.Project` demands a `privateKeyPath` that these calls never read: a placeholder file in a temp dir.
 * - `getCompiledResult` asks WeChat's servers for the project's attributes unless the project carries its own
 *   `attr`; we pass miniprogram-ci's built-in defaults (`DefaultProjectAttr`), and answer its request for the
 *   list of uploadable file extensions with the list it ships. Both reach into miniprogram-ci's internals
 *   (`dist/...`), which are not a public API: `offlineInternals()` checks their shape and fails loudly, naming
 *   what changed, instead of silently measuring something else or going online.
 *
 * miniprogram-ci leaves file watchers open: a script using this module must exit explicitly.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const MINIPROGRAM_ROOT = path.join(ROOT, 'miniprogram');

class UnofficialApiChanged extends Error {
  constructor(detail) {
    super(
      `miniprogram-ci's internals changed (${detail}). The offline compile relies on them; ` +
        'check scripts/lib/mp-ci.js against the installed miniprogram-ci before trusting any package figure.',
    );
    this.name = 'UnofficialApiChanged';
  }
}

/** The unofficial parts of miniprogram-ci the offline compile needs, checked for shape. */
function offlineInternals() {
  let config;
  let whiteExt;
  try {
    config = require('miniprogram-ci/dist/config/config');
    whiteExt = require('miniprogram-ci/dist/utils/white_ext_list');
  } catch (error) {
    throw new UnofficialApiChanged(`cannot load its dist modules: ${error.message}`);
  }
  const attr = config.DefaultProjectAttr;
  if (!attr || typeof attr !== 'object' || !attr.setting || typeof attr.setting.MaxCodeSize !== 'number') {
    throw new UnofficialApiChanged(
      'dist/config/config no longer exports DefaultProjectAttr with setting.MaxCodeSize',
    );
  }
  if (typeof whiteExt.getWhiteExtList !== 'function' || !Array.isArray(whiteExt.MiniProgramWhiteList)) {
    throw new UnofficialApiChanged(
      'dist/utils/white_ext_list no longer has getWhiteExtList and MiniProgramWhiteList',
    );
  }
  return { DefaultProjectAttr: attr, whiteExt };
}

/** Answers miniprogram-ci's one network question of the compile (uploadable extensions) with its shipped list. */
function keepCompileOffline(whiteExt) {
  if (whiteExt.getWhiteExtList.offline) return;
  const offline = async () => ({
    MiniProgramWhiteList: new Set(whiteExt.MiniProgramWhiteList),
    GameWhiteList: new Set(whiteExt.GameWhiteList || []),
  });
  offline.offline = true;
  whiteExt.getWhiteExtList = offline;
  if (whiteExt.getWhiteExtList !== offline) {
    throw new UnofficialApiChanged('dist/utils/white_ext_list.getWhiteExtList cannot be replaced');
  }
}

function readProjectConfig() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
}

let workDir;
/** A temp dir for the placeholder key and miniprogram-ci's scratch files (it writes into the cwd). */
function scratchDir() {
  if (!workDir) {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-report-'));
    process.on('exit', () => fs.rmSync(workDir, { recursive: true, force: true }));
  }
  return workDir;
}

let watcherNoticeMuted = false;
/** The scan's file watcher announces itself later, outside any call we wrap: drop that one line. */
function muteWatcherNotice() {
  if (watcherNoticeMuted) return;
  watcherNoticeMuted = true;
  const log = console.log;
  console.log = (...args) => {
    if (args.length === 1 && args[0] === 'Initial scan complete. Ready for changes') return;
    log(...args);
  };
}

/** miniprogram-ci, loaded quietly (it announces itself on load). */
function loadCi() {
  muteWatcherNotice();
  const names = ['log', 'info', 'debug'];
  const originals = names.map((name) => console[name]);
  names.forEach((name) => {
    console[name] = () => {};
  });
  try {
    return require('miniprogram-ci');
  } finally {
    names.forEach((name, index) => {
      console[name] = originals[index];
    });
  }
}

function createProject(extra = {}) {
  const ci = loadCi();
  const keyPath = path.join(scratchDir(), 'placeholder-private.key');
  // Never read by the quality scan or the compile; the constructor only checks that a path is given.
  fs.writeFileSync(
    keyPath,
    'placeholder: miniprogram-ci checkCodeQuality/getCompiledResult do not read it\n',
  );
  return new ci.Project({
    appid: readProjectConfig().appid,
    type: 'miniProgram',
    projectPath: ROOT,
    privateKeyPath: keyPath,
    ignores: ['node_modules/**/*'],
    ...extra,
  });
}

/**
 * Runs `task` with miniprogram-ci's chatter (progress lines, watcher notices) captured, and from the scratch
 * dir. The captured lines are attached to an error so a failure still shows what miniprogram-ci said.
 */
async function quietly(task) {
  const captured = [];
  const names = ['log', 'info', 'debug', 'warn', 'error'];
  const originals = names.map((name) => console[name]);
  const cwd = process.cwd();
  names.forEach((name) => {
    console[name] = (...args) => captured.push(args.map(String).join(' '));
  });
  process.chdir(scratchDir());
  try {
    return await task();
  } catch (error) {
    if (error && typeof error === 'object') error.ciOutput = captured.slice(-40);
    throw error;
  } finally {
    process.chdir(cwd);
    names.forEach((name, index) => {
      console[name] = originals[index];
    });
  }
}

/** The DevTools code-quality scan: `[{ name, success, text, detail }]`. */
async function runQualityScan() {
  const ci = loadCi();
  const checks = await quietly(() => ci.checkCodeQuality(createProject()));
  if (!Array.isArray(checks) || checks.some((check) => typeof check.name !== 'string')) {
    throw new Error('checkCodeQuality returned something other than a list of named checks');
  }
  return checks;
}

/** Every file of the upload package, path → bytes, compiled with project.config.json's settings. */
async function compileUploadPackage() {
  const ci = loadCi();
  const { DefaultProjectAttr, whiteExt } = offlineInternals();
  keepCompileOffline(whiteExt);
  const project = createProject({ attr: async () => DefaultProjectAttr });
  let files;
  try {
    files = await quietly(() => ci.getCompiledResult({ project, setting: { useProjectConfig: true } }));
  } catch (error) {
    const said = error.ciOutput ? `\n  miniprogram-ci said:\n    ${error.ciOutput.join('\n    ')}` : '';
    throw new UnofficialApiChanged(`getCompiledResult failed offline: ${error.message}${said}`);
  }
  if (!files || typeof files !== 'object' || !('app.json' in files)) {
    throw new UnofficialApiChanged(
      'getCompiledResult returned no app.json: the result shape is not path → content',
    );
  }
  const sizes = {};
  for (const [file, content] of Object.entries(files)) {
    sizes[file] = Buffer.isBuffer(content) ? content.length : Buffer.byteLength(String(content), 'utf8');
  }
  return sizes;
}

module.exports = {
  ROOT,
  MINIPROGRAM_ROOT,
  UnofficialApiChanged,
  offlineInternals,
  createProject,
  loadCi,
  runQualityScan,
  compileUploadPackage,
  readProjectConfig,
};
