'use strict';
/**
 * What each WeChat base library version offers, for the minimum-base-library check:
 *   - `wx` APIs: parsed from miniprogram-api-typings (each method's "需要基础库： `x.y.z`" note; no note means it
 *     has been there since the first base libraries);
 *   - component attributes and app.json keys: a short hand-kept list from WeChat's component pages.
 */
const fs = require('fs');
const path = require('path');

const TYPINGS = path.join(
  path.dirname(require.resolve('miniprogram-api-typings/package.json')),
  'types',
  'wx',
  'lib.wx.api.d.ts',
);

/** Component attributes (and values) the app uses or plans, with the version their component page gives. */
const COMPONENT_FEATURES = [
  {
    feature: 'page-meta',
    tag: 'page-meta',
    since: '2.9.0',
    page: 'https://developers.weixin.qq.com/miniprogram/dev/component/page-meta.html',
  },
  {
    feature: 'page-meta.root-font-size',
    tag: 'page-meta',
    attr: 'root-font-size',
    since: '2.9.0',
    page: 'https://developers.weixin.qq.com/miniprogram/dev/component/page-meta.html',
  },
  {
    feature: 'page-meta.page-font-size',
    tag: 'page-meta',
    attr: 'page-font-size',
    since: '2.11.0',
    page: 'https://developers.weixin.qq.com/miniprogram/dev/component/page-meta.html',
  },
  {
    feature: 'page-meta.root-background-color',
    tag: 'page-meta',
    attr: 'root-background-color',
    since: '2.12.1',
    page: 'https://developers.weixin.qq.com/miniprogram/dev/component/page-meta.html',
  },
  {
    feature: 'canvas.type.2d',
    tag: 'canvas',
    attr: 'type',
    value: '2d',
    since: '2.9.0',
    page: 'https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html',
  },
  {
    feature: 'text.user-select',
    tag: 'text',
    attr: 'user-select',
    since: '2.12.1',
    page: 'https://developers.weixin.qq.com/miniprogram/dev/component/text.html',
  },
  {
    feature: 'button.open-type.agreePrivacyAuthorization',
    tag: 'button',
    attr: 'open-type',
    value: 'agreePrivacyAuthorization',
    since: '2.32.3',
    page: 'https://developers.weixin.qq.com/miniprogram/dev/component/button.html',
  },
];

/** app.json keys newer than the first base libraries. */
const APP_JSON_FEATURES = [
  { key: 'lazyCodeLoading', since: '2.11.1' },
  { key: 'darkmode', since: '2.11.0' },
  // Older base libraries ignore the key and render with the webview, which is what `"webview"` asks for.
  { key: 'renderer', since: '2.29.2', sameWhenIgnored: 'webview' },
  { key: 'style', since: '2.8.0' },
];

/**
 * What the app relies on without a guard, used now or planned by issue 12's tools (the share image, the screen
 * kept on at a counter, rem-based font scaling): the newest of these decides the minimum base library.
 */
const RELIED_ON = {
  apis: [
    'showShareImageMenu',
    'canvasToTempFilePath',
    'setKeepScreenOn',
    'setClipboardData',
    'getLaunchOptionsSync',
  ],
  components: ['canvas.type.2d', 'page-meta.root-font-size', 'text.user-select'],
  appJson: ['lazyCodeLoading', 'darkmode', 'style'],
};

function compareVersions(a, b) {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] || 0) - (right[i] || 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

/** `wx` method → the base library it needs (`'1.0.0'` when the typings give no note). */
function apiVersions(source = fs.readFileSync(TYPINGS, 'utf8')) {
  const start = source.indexOf('interface Wx {');
  if (start < 0) throw new Error(`${TYPINGS}: no "interface Wx {" (miniprogram-api-typings changed shape)`);
  // The interface runs to the end of the file's namespace (its doc examples contain closing braces of their own).
  const body = source.slice(start);
  const versions = new Map();
  const member = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*\n\s{8}(\w+)\s*[<(]/g;
  for (const match of body.matchAll(member)) {
    const [, doc, name] = match;
    // "需要基础库： `2.14.3`" (full-width colon) is the app's; "在插件中使用：需要基础库 `2.16.0`" is for plugins.
    const note = doc.match(/需要基础库：\s*`(\d+\.\d+\.\d+)`/);
    const since = note ? note[1] : '1.0.0';
    if (!versions.has(name) || compareVersions(since, versions.get(name)) < 0) versions.set(name, since);
  }
  if (versions.size < 300) throw new Error(`${TYPINGS}: only ${versions.size} wx methods parsed`);
  return versions;
}

module.exports = { TYPINGS, COMPONENT_FEATURES, APP_JSON_FEATURES, RELIED_ON, compareVersions, apiVersions };
