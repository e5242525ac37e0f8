#!/usr/bin/env node
'use strict';
/**
 * `npm run release:check -- --desc "…"`: the release checklist, locally. Prints each check, then what is left
 * for the admin console. Exits 1 while anything fails (as it does on today's defaults: touristappid, no desc).
 */
const util = require('util');
const { evaluateRelease, gatherFacts } = require('./lib/release-check');

async function main() {
  const { values } = util.parseArgs({
    args: process.argv.slice(2),
    options: { desc: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: npm run release:check -- --desc "what this version changes"');
    return 0;
  }
  console.log(
    'Release checklist (local checks; the quality scan and package report take about half a minute)\n',
  );
  const result = evaluateRelease(await gatherFacts({ desc: values.desc }));
  for (const item of result.checks)
    console.log(`  ${item.ok ? '✓' : '✗'} ${item.name.padEnd(20)} ${item.detail}`);
  console.log('\nLeft for the admin console (mp.weixin.qq.com), by hand:');
  for (const line of result.manual) console.log(`  - ${line}`);
  const failed = result.checks.filter((item) => !item.ok).length;
  console.log(
    failed === 0
      ? '\n✓ Every local check passes.'
      : `\n✗ ${failed} local check(s) fail: not ready to release.`,
  );
  return failed === 0 ? 0 : 1;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`✗ ${error && error.message ? error.message : String(error)}`);
    process.exit(1);
  });
