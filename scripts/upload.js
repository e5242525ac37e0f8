#!/usr/bin/env node
'use strict';
/**
 * `npm run upload -- --desc "…"`: uploads this code as a development version with
 * miniprogram-ci. Submitting it for review and releasing it are then done in the admin console. Needs MP_APPID
 * and MP_PRIVATE_KEY_PATH; without them it stops before any work. The version is package.json's (the one the app
 * shows); `--version` may repeat it, never differ from it.
 */
const path = require('path');
const { parseUploadArgs, uploadCallOptions } = require('./lib/ci-options');
const { packageVersion, writeVersionModule } = require('./lib/version');
const { EXIT_FAILED, fail, prepare, openProject, progressPrinter, explainFailure } = require('./lib/ci-run');

const ROOT = path.resolve(__dirname, '..');

const USAGE = `Usage: MP_APPID=wx… MP_PRIVATE_KEY_PATH=… npm run upload -- --desc <text> [--version <x.y.z>] [--robot <1-30>]
  --version <x.y.z>   package.json's version (the default); bump it with npm version <x.y.z> --no-git-tag-version
  --desc <text>       what this version changes (at most 200 characters)
  --robot <1-30>      which CI robot uploads (default 1)`;

async function main() {
  const { args, credentials } = prepare({
    argv: process.argv.slice(2),
    env: process.env,
    parse: (argv) => parseUploadArgs(argv, packageVersion()),
    usage: USAGE,
    action: 'upload',
  });
  writeVersionModule();
  console.log(`▸ Uploading version ${args.version} of ${credentials.appid}: ${args.desc}`);
  const { ci, project } = await openProject(ROOT, credentials);
  const options = uploadCallOptions(project, args);
  options.onProgressUpdate = progressPrinter();
  let result;
  try {
    result = await ci.upload(options);
  } catch (error) {
    fail(explainFailure(error, 'Upload'), EXIT_FAILED);
  }
  const sizes = (result.subPackageInfo ?? []).map((pkg) => `${pkg.name} ${(pkg.size / 1024).toFixed(1)} KB`);
  console.log(`\n✓ WeChat accepted version ${args.version}.${sizes.length ? ` Packages: ${sizes.join(', ')}.` : ''}
  Next: admin console → 管理 → 版本管理 → 开发版本: submit it for review, then release it.`);
  // miniprogram-ci leaves a compiler process and watchers open: end explicitly once WeChat has answered.
  process.exit(0);
}

main().catch((error) => fail(error && error.stack ? error.stack : String(error), EXIT_FAILED));
