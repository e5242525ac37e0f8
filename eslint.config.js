// ESLint for the app (WeChat globals, no DOM), its tests (jest + jsdom) and the Node scripts.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const wechatGlobals = {
  wx: 'readonly',
  App: 'readonly',
  Page: 'readonly',
  Component: 'readonly',
  Behavior: 'readonly',
  getApp: 'readonly',
  getCurrentPages: 'readonly',
  requirePlugin: 'readonly',
  WechatMiniprogram: 'readonly',
};

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/',
      'miniprogram/miniprogram_npm/',
      'miniprogram/pages/share/vendor/',
      'preview/',
      'coverage/',
      '.codes/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['miniprogram/**/*.ts', 'typings/**/*.ts'],
    languageOptions: { globals: { ...globals.es2020, ...wechatGlobals } },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='wx'][callee.property.name=/^(request|downloadFile|uploadFile|connectSocket)$/]",
          message: 'The app is offline: no network requests.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: {
      globals: { ...globals.es2020, ...globals.node, ...globals.jest, ...globals.browser, ...wechatGlobals },
    },
  },
  {
    files: ['scripts/**/*.js', '*.js', '.ci/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
