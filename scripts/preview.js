#!/usr/bin/env node
'use strict';
/**
 * `npm run preview`: builds a preview of the Mini Program on WeChat's servers with miniprogram-ci and shows the
 * QR code to scan with WeChat on a phone, in the terminal and as a PNG. Needs MP_APPID and MP_PRIVATE_KEY_PATH
 * (the upload key from the admin console) and a network path to WeChat; without them it stops before any work.
 *
 *   npm run preview
 *   npm run preview -- --target guide:paying-in-mexico      open a section (a deep link preview)
 *   npm run preview -- --page pages/checklist/index --query group=on-arrival
 *   npm run preview -- --page pages/home/index --query scene=g.pay --scene 1047   as if a code was scanned
 */
const fs = require('fs');
const path = require('path');
const { parsePreviewArgs, previewCallOptions } = require('./lib/ci-options');
const { EXIT_FAILED, fail, prepare, openProject, progressPrinter, explainFailure } = require('./lib/ci-run');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_QR_OUT = path.join(ROOT, '.codes', 'preview-qr.png');

const USAGE = `Usage: MP_APPID=wx… MP_PRIVATE_KEY_PATH=… npm run preview -- [options]
  --target <page[:id]>   open this target, e.g. guide:paying-in-mexico or checklist:on-arrival
  --page <path>          open this page (from app.json), e.g. pages/guide/index
  --query <k=v&…>        with --page: the query it opens with, e.g. section=paying-in-mexico or scene=g.pay
  --scene <number>       the launch scene to simulate, e.g. 1047 (Mini Program code), 1011 (QR code)
  --qr-out <file.png>    where to save the QR code image (default .codes/preview-qr.png)
  --desc <text>          a note for this preview
  --robot <1-30>         which CI robot uploads (default 1)`;

const { appPages } = require('./lib/app-pages');

/** `guide:paying-in-mexico` → page and query, through the app's own entry-link service. */
function resolveTarget(text) {
  const { entryLink, parseTargetSpec } = require('./lib/targets');
  let target;
  try {
    target = parseTargetSpec(text);
  } catch (error) {
    const { UsageError } = require('./lib/ci-options');
    throw new UsageError(error.message);
  }
  const query = entryLink.targetQuery(target);
  return { pagePath: entryLink.codePage(target), searchQuery: query === '' ? undefined : query };
}

async function main() {
  const { args, credentials } = prepare({
    argv: process.argv.slice(2),
    env: process.env,
    parse: (argv) =>
      parsePreviewArgs(argv, { pages: appPages(), resolveTarget, defaultQrOut: DEFAULT_QR_OUT }),
    usage: USAGE,
    action: 'preview',
  });
  const opening = args.pagePath
    ? `${args.pagePath}${args.searchQuery ? `?${args.searchQuery}` : ''}`
    : 'the home page';
  console.log(`▸ Preview of ${credentials.appid}, opening ${opening}`);
  const { ci, project } = await openProject(ROOT, credentials);
  fs.mkdirSync(path.dirname(args.qrcodeOutputDest), { recursive: true });
  const options = previewCallOptions(project, args);
  options.onProgressUpdate = progressPrinter();
  let result;
  try {
    result = await ci.preview(options);
  } catch (error) {
    fail(explainFailure(error, 'Preview'), EXIT_FAILED);
  }
  const { finishQrImage } = require('./lib/qr-image');
  const image = await finishQrImage(args.qrcodeOutputDest);
  if (image.terminal) console.log(image.terminal);
  else console.log('  (could not draw the code in this terminal: open the image below)');
  const sizes = (result.subPackageInfo ?? []).map((pkg) => `${pkg.name} ${(pkg.size / 1024).toFixed(1)} KB`);
  console.log(`\n✓ WeChat built the preview. Scan the code with WeChat on your phone (valid for a short time).
  QR code image: ${path.relative(process.cwd(), image.file) || image.file}${sizes.length ? `\n  Packages: ${sizes.join(', ')}` : ''}`);
  // miniprogram-ci leaves a compiler process and watchers open: end explicitly once WeChat has answered.
  process.exit(0);
}

main().catch((error) => fail(error && error.stack ? error.stack : String(error), EXIT_FAILED));
