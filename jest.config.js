/** Jest runs every test under test/ with miniprogram-simulate (official WXML compiler). */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' }, module: { type: 'commonjs' } },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Cold WXML compiles on a machine shared by several jobs can pass 5 s; no test asserts a time.
  testTimeout: 30_000,
  testPathIgnorePatterns: ['/node_modules/', '/miniprogram_npm/'],
  modulePathIgnorePatterns: ['<rootDir>/preview/'],
};
