/**
 * `npm run bench`: runtime figures per page and key interaction (WXML size, setData traffic, render time in
 * the simulator), printed as a table. Not part of `npm test`: timing is a figure, never an assertion; the
 * structural budgets are asserted by test/budgets.test.ts.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/bench'],
  testMatch: ['**/*.bench.ts'],
  verbose: false,
  testTimeout: 600_000,
};
