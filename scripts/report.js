#!/usr/bin/env node
'use strict';
/**
 * `npm run report`: WeChat's own measures, offline.
 *   1. miniprogram-ci checkCodeQuality (the DevTools code-quality scan): every check printed, all must pass.
 *   2. The exact upload package (miniprogram-ci getCompiledResult): size, file count, the content store's and
 *      vant's shares, the main package and each subpackage, against our budgets (whole upload ≤ 384 KB, main
 *      package ratchet (target 160 KB), each subpackage ≤ 96 KB, main-package content ≤ 48 KB).
 * Exits 1 when a check fails, a budget is exceeded or the offline compile breaks; never hangs (miniprogram-ci
 * leaves watchers open, so it exits explicitly, and a watchdog stops it if miniprogram-ci stalls).
 *
 *   --summary       compact output (the tail `npm start` prints)
 *   --package-only  skip the quality scan
 */
const { runQualityScan, compileUploadPackage, UnofficialApiChanged } = require('./lib/mp-ci');
const fs = require('fs');
const path = require('path');
const {
  BUDGETS,
  MAIN_TARGET_BYTES,
  subpackageRoots,
  summarizePackage,
  checkBudgets,
  kb,
  percent,
} = require('./lib/package-budget');

const TIME_LIMIT_MS = 180_000;
const args = new Set(process.argv.slice(2));
const summaryOnly = args.has('--summary');
const packageOnly = args.has('--package-only');

/** What each check asks, in our words (miniprogram-ci's own text describes the failure). */
const CHECK_RULES = {
  PACKAGE_SIZE_LIMIT: 'main package under 1.5 MB',
  JS_COMPRESS_OPEN: 'JS minified',
  WXML_COMPRESS_OPEN: 'WXML minified',
  WXSS_COMPRESS_OPEN: 'WXSS minified',
  LAZYCODE_LOADING_OPEN: 'lazy code loading (requiredComponents)',
  PLUGIN_OVER_SIZE: 'no oversized plugins',
  IMAGE_AND_AUDIO_LIMIT: 'no image or audio over 200 KB',
  CONTAINS_OTHER_PKG_JS: 'no JS in the main package used only by subpackages',
  CONTAINS_OTHER_PKG_COMPONENTS: 'no components in the main package used only by subpackages',
  CONTAINS_UNUSED_PLUGINS: 'no unused plugins',
  CONTAINS_UNUSED_COMPONENTS: 'no unused components',
  CONTAINS_UNUSED_CODES: 'no files nothing depends on',
  CONTAINS_APPSECRET: 'no AppSecret in code',
};

function describeDetail(detail) {
  if (Array.isArray(detail)) {
    if (detail.length === 0) return '';
    const shown = detail.slice(0, 8).join(', ');
    return `${detail.length} found: ${shown}${detail.length > 8 ? ', …' : ''}`;
  }
  if (detail && typeof detail === 'object') {
    const lists = Object.entries(detail).filter(([, value]) => Array.isArray(value) && value.length > 0);
    if (lists.length > 0) return lists.map(([key, value]) => `${key}: ${describeDetail(value)}`).join('; ');
    if (typeof detail.__APP__ === 'number') return `main package ${kb(detail.__APP__)} before compile`;
  }
  return '';
}

function printQuality(checks) {
  const failed = checks.filter((check) => !check.success);
  console.log(
    `\nCode quality scan (miniprogram-ci checkCodeQuality): ${checks.length - failed.length}/${checks.length} pass`,
  );
  if (summaryOnly && failed.length === 0) return failed;
  for (const check of checks) {
    const rule = CHECK_RULES[check.name] || check.text;
    const detail = describeDetail(check.detail);
    const line = `  ${check.success ? '✓' : '✗'} ${check.name.padEnd(30)} ${rule}`;
    console.log(check.success || !detail ? line : `${line}\n      ${detail}`);
  }
  return failed;
}

function printPackage(summary, budgets) {
  console.log(
    `\nUpload package (miniprogram-ci getCompiledResult, offline): ${kb(summary.bytes)} in ${summary.files} files`,
  );
  for (const [name, figures] of Object.entries(summary.packages)) {
    const label = name === 'main' ? 'main package (first open downloads this)' : `subpackage ${name}`;
    console.log(`  ${label.padEnd(40)} ${kb(figures.bytes).padStart(9)}  ${figures.files} files`);
  }
  console.log('  shares of the whole upload:');
  for (const share of Object.values(summary.shares)) {
    console.log(
      `  ${share.label.padEnd(40)} ${kb(share.bytes).padStart(9)}  ${percent(share.bytes, summary.bytes).padStart(4)}  ${share.files} files`,
    );
  }
  if (!summaryOnly) {
    console.log('  largest files:');
    for (const { file, bytes } of summary.largest) console.log(`    ${kb(bytes).padStart(9)}  ${file}`);
  }
  console.log('\nBudgets');
  for (const budget of budgets) {
    const used = percent(budget.bytes, budget.limit);
    console.log(
      `  ${budget.ok ? '✓' : '✗'} ${budget.name.padEnd(28)} ${kb(budget.bytes).padStart(9)} of ${kb(budget.limit)} (${used})`,
    );
  }
  const main = summary.packages.main.bytes;
  console.log(
    `  ${main <= MAIN_TARGET_BYTES ? '✓' : '·'} ${'main package target'.padEnd(28)} ${kb(main).padStart(9)} of ${kb(MAIN_TARGET_BYTES)} (${percent(main, MAIN_TARGET_BYTES)})${main <= MAIN_TARGET_BYTES ? '' : ': not met yet, see README "Subpackages"'}`,
  );
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`\n✗ The report did not finish within ${TIME_LIMIT_MS / 1000} s: miniprogram-ci stalled.`);
    process.exit(1);
  }, TIME_LIMIT_MS);
  watchdog.unref();

  const problems = [];
  const timings = [];
  const timed = async (label, task) => {
    const started = Date.now();
    const result = await task();
    timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  if (!packageOnly) {
    const failed = printQuality(await timed('scan', runQualityScan));
    if (failed.length > 0)
      problems.push(`${failed.length} quality check(s) failed: ${failed.map((c) => c.name).join(', ')}`);
  }

  const appJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'miniprogram', 'app.json'), 'utf8'));
  const summary = summarizePackage(await timed('compile', compileUploadPackage), subpackageRoots(appJson));
  const budgets = checkBudgets(summary, BUDGETS);
  printPackage(summary, budgets);
  for (const budget of budgets.filter((b) => !b.ok)) {
    problems.push(`${budget.name} is ${kb(budget.bytes)}, over its budget of ${kb(budget.limit)}`);
  }

  if (!summaryOnly) console.log(`\n(${timings.join(', ')})`);
  if (problems.length > 0) {
    console.error(`\n✗ ${problems.join('\n✗ ')}`);
    process.exit(1);
  }
  console.log(
    packageOnly
      ? '\n✓ Package within budget.'
      : '\n✓ Every quality check passes; the package is within budget.',
  );
  process.exit(0);
}

main().catch((error) => {
  const label = error instanceof UnofficialApiChanged ? '' : 'Report failed: ';
  console.error(
    `\n✗ ${label}${error && error.stack && !(error instanceof UnofficialApiChanged) ? error.stack : error.message}`,
  );
  if (error && error.ciOutput && !(error instanceof UnofficialApiChanged)) {
    console.error(`  miniprogram-ci said:\n    ${error.ciOutput.join('\n    ')}`);
  }
  process.exit(1);
});
