'use strict';
/** Builds miniprogram_npm when missing or stale, so `npm test` works on a fresh clone. */
const { packNpm, isFresh } = require('./lib/pack-npm');

if (isFresh()) {
  console.log('miniprogram_npm is up to date.');
} else {
  console.log('Building miniprogram_npm (miniprogram-ci packNpmManually, offline)...');
  packNpm()
    .then(() => console.log('miniprogram_npm built.'))
    .catch((error) => {
      console.error(`Could not build miniprogram_npm: ${error.message}`);
      process.exit(1);
    });
}
