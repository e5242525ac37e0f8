'use strict';
/**
 * Builds miniprogram_npm when missing or stale (other dependency versions, a vant component declared that
 * the pruned build lacks, or an edited replacement such as scripts/vant/icon.wxss), so `npm test` works on a
 * fresh clone. Exits explicitly: miniprogram-ci leaves file watchers open.
 */
const { packNpm, isFresh } = require('./lib/pack-npm');

if (isFresh()) {
  console.log('miniprogram_npm is up to date.');
} else {
  console.log('Building miniprogram_npm (miniprogram-ci packNpmManually, offline, unused files pruned)...');
  packNpm()
    .then(({ pruned }) => {
      console.log(`miniprogram_npm built (${pruned} unused files pruned).`);
      process.exit(0);
    })
    .catch((error) => {
      console.error(`Could not build miniprogram_npm: ${error.message}`);
      process.exit(1);
    });
}
