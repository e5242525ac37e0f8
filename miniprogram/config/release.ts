/**
 * Release settings the owner may change, in one place (read by the app, the tests and `npm run release:check`).
 */

/**
 * The oldest WeChat base library the app supports. The owner sets the same value in the admin console:
 * 设置 → 基本设置 → 基础库最低版本设置. 2.14.3 is `wx.showShareImageMenu` (the share-QR image, issue 12's tools);
 * everything else used or planned is older: `lazyCodeLoading` 2.11.1, `<canvas type="2d">` and
 * `wx.canvasToTempFilePath({ canvas })` 2.9.0, `<page-meta root-font-size>` 2.9.0, `<text user-select>` 2.12.1,
 * `wx.setKeepScreenOn` 1.4.0. Anything newer must be guarded with `wx.canIUse` or a feature check
 * (`test/base-library.test.ts` opens every page with only what this version has).
 */
export const MIN_BASE_LIBRARY = '2.14.3';

/**
 * Prefix of the normal links the share QR code carries, e.g. `https://your-domain/mp` (https, a domain with
 * ICP 备案, configured in the admin console under 扫普通链接二维码打开小程序). Empty: no share QR code is shown.
 */
export const SHARE_LINK_BASE = '';
