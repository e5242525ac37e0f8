#!/usr/bin/env node
'use strict';
/**
 * `npm start`: the main job. Builds miniprogram_npm offline, type-checks the app, validates the content store,
 * prints what was built and how to open it in WeChat DevTools, and ends with WeChat's own measures (the tail
 * of `npm run report`: quality scan and package budgets), compiled alongside the type check to save time.
 * Exits explicitly: miniprogram-ci leaves file watchers open.
 */
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const { ROOT, NPM_DIR, packNpm, directoryFigures } = require('./lib/pack-npm');

const started = Date.now();
const step = (label) => console.log(`\n▸ ${label}`);
let reportChild;
const fail = (message) => {
  console.error(`\n✗ ${message}`);
  if (reportChild) reportChild.kill();
  process.exit(1);
};

/** Starts `npm run report --summary` in the background; resolves with its output and exit code. */
function startReport() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'report.js'), '--summary'], { cwd: ROOT });
    reportChild = child;
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      reportChild = undefined;
      resolve({ output: output.trim(), code });
    });
  });
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  step('Building miniprogram_npm from package.json dependencies (miniprogram-ci packNpmManually, offline)');
  const { versions, pruned } = await packNpm();
  const npmFigures = directoryFigures(NPM_DIR);
  for (const [name, version] of Object.entries(versions)) console.log(`  ${name}@${version}`);
  console.log(
    `  → miniprogram/miniprogram_npm: ${npmFigures.files} files, ${kb(npmFigures.bytes)} ` +
      `(${pruned} files nothing uses were pruned, as the code-quality scan asks)`,
  );

  if (process.argv.includes('--npm-only')) return;

  const report = startReport();

  step('Writing the version constant (package.json → miniprogram/generated/version.ts)');
  console.log(`  APP_VERSION ${require('./lib/version').writeVersionModule()}`);

  step('Type-checking the app (tsc --noEmit, strict)');
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (tsc.status !== 0) fail('Type errors: fix them before opening the project.');
  console.log('  no type errors');

  step('Validating the content store');
  require('./lib/ts-require');
  const { contentStore } = require('../content-check/store.ts');
  const { validate } = require('../content-check/validate.ts');
  const problems = validate(contentStore);
  if (problems.length > 0) {
    fail(
      `Content store has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  const blocks = contentStore.sections.reduce((sum, section) => sum + section.blocks.length, 0);
  console.log(
    `  content ${contentStore.version}: ${contentStore.sections.length} guide sections (${blocks} blocks), ` +
      `${contentStore.checklistItems.length} checklist items in ${contentStore.checklistGroups.length} stages, ` +
      `${contentStore.sources.length} sources, ${contentStore.emergencyContacts.length} emergency contacts`,
  );

  step('Pages (main package, then subpackages)');
  for (const page of require('./lib/app-pages').appPages()) console.log(`  ${page}`);

  step("WeChat's own measures (npm run report --summary; full detail: npm run report)");
  const { output, code } = await report;
  console.log(output.replace(/^/gm, '  '));
  if (code !== 0) fail('The quality scan or a package budget failed (see above; details: npm run report).');

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n✓ Built in ${seconds} s.

Open it:
  WeChat DevTools → 导入项目 → choose this folder (${ROOT}).
  AppID: touristappid works for local preview; set your own in project.config.json to preview on a phone.
  miniprogram_npm is already built: no need to run "构建 npm" in DevTools.

Test everything:  npm test      Runtime figures per page:  npm run bench`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => fail(error && error.stack ? error.stack : String(error)));
