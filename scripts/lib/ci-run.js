'use strict';
/**
 * Shared start of `npm run preview` and `npm run upload`: arguments and credentials are checked before any
 * work; only then is miniprogram_npm built (if stale) and miniprogram-ci loaded. Errors end the process with
 * one message and a non-zero exit. Nothing is ever reported as done unless WeChat's servers said so.
 */
const { UsageError, checkCredentials, projectOptions } = require('./ci-options');

const EXIT_USAGE = 2;
const EXIT_CREDENTIALS = 1;
const EXIT_FAILED = 1;

function fail(message, code) {
  console.error(`✗ ${message}`);
  process.exit(code);
}

/** Parses with `parse(argv)`; on --help prints `usage`; then checks credentials. Returns `{ args, credentials }`. */
function prepare({ argv, env, parse, usage, action }) {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n\n${usage}`, EXIT_USAGE);
    throw error;
  }
  if (args.help) {
    console.log(usage);
    process.exit(0);
  }
  const credentials = checkCredentials(env, undefined, action);
  if (!credentials.ok) fail(credentials.message, EXIT_CREDENTIALS);
  return { args, credentials };
}

/** Builds miniprogram_npm if needed and returns `{ ci, project }` for the real call. */
async function openProject(root, credentials) {
  const { isFresh, packNpm } = require('./pack-npm');
  if (!isFresh()) {
    console.log('▸ Building miniprogram_npm (offline)…');
    await packNpm();
  }
  const ci = require('miniprogram-ci');
  const project = new ci.Project(projectOptions(root, credentials));
  return { ci, project };
}

/** Prints miniprogram-ci's progress lines compactly. */
function progressPrinter() {
  let last = '';
  return (task) => {
    const message = typeof task === 'string' ? task : `${task.status === 'done' ? '✓' : '…'} ${task.message}`;
    if (message !== last) console.log(`  ${message}`);
    last = message;
  };
}

/** Explains a failed real call; the usual causes first. */
function explainFailure(error, action) {
  const text = error && error.message ? error.message : String(error);
  return (
    `${action} failed: ${text}\n` +
    "Usual causes: no network to WeChat's servers; this machine's IP is not on the upload key's IP whitelist " +
    '(admin console → 开发管理 → 开发设置 → 小程序代码上传, or turn the whitelist off); the key does not belong to ' +
    'MP_APPID; or your WeChat account is not a developer of this Mini Program.'
  );
}

module.exports = {
  EXIT_USAGE,
  EXIT_CREDENTIALS,
  EXIT_FAILED,
  fail,
  prepare,
  openProject,
  progressPrinter,
  explainFailure,
};
