/**
 * What WeChat's page runtime provides around a page's own WXSS: the defaults of its built-in components
 * (`wx-view` is a block, `wx-text` inline, `wx-button` a full-width grey button…), the system font, and the
 * navigation bar with the menu capsule. Written from WeChat's documented defaults; approximate where noted.
 */

export const PHONE = {
  /** iPhone X class phone: the common design width of 375 pt, where 750rpx = 375px. */
  width: 375,
  height: 812,
  statusBarHeight: 44,
  navigationBarHeight: 44,
  pixelRatio: 2,
} as const;

/** Chinese first: PingFang is what iOS WeChat shows; Noto Sans CJK (fonts-noto-cjk) stands in for it on Linux. */
export const FONT_STACK =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Helvetica Neue", "Noto Sans CJK SC", "Noto Sans SC", ' +
  '"Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/**
 * WeChat's rpx rule (its runtime's transformRPX on iOS): px = floor(rpx × screenWidth / 750 + 0.0001); a
 * non-zero value that floors to 0 becomes a 0.5px hairline. At 375 wide, 28rpx → 14px and 1rpx → 0.5px.
 */
export function rpxToPx(rpx: number, screenWidth: number = PHONE.width): number {
  if (rpx === 0) return 0;
  const px = Math.floor((rpx * screenWidth) / 750 + 0.0001);
  return px === 0 ? 0.5 : px;
}

/** Converts every `<n>rpx` in CSS or an inline style to px by WeChat's rule. */
export function convertRpx(css: string, screenWidth: number = PHONE.width): string {
  return css.replace(/(-?(?:\d+\.?\d*|\.\d+))rpx\b/gi, (_match, value: string) => {
    return `${rpxToPx(Number(value), screenWidth)}px`;
  });
}

/** Defaults of WeChat's built-in components as its webview renders them (tags are `wx-<name>` there too). */
export const WECHAT_BASE_CSS = `
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; font-size: 16px; }
/* <page-meta root-font-size="system">: 1rem is the reader's WeChat font size, 17px at iOS's standard level
   (shoot.js sets the other levels). */
html[data-system-font="true"] { font-size: 17px; }
body { margin: 0; font-family: ${FONT_STACK}; font-size: 16px; -webkit-font-smoothing: antialiased;
  -webkit-tap-highlight-color: transparent; }
page { display: block; min-height: calc(100vh - ${PHONE.statusBarHeight + PHONE.navigationBarHeight}px); }
wx-view, wx-scroll-view, wx-swiper, wx-swiper-item, wx-movable-area, wx-cover-view, wx-form, wx-navigator,
wx-picker, wx-picker-view, wx-rich-text, wx-page-container, wx-root-portal, wx-match-media, wx-sticky-header,
wx-sticky-section, wx-grid-view, wx-list-view, wx-checkbox-group, wx-radio-group { display: block; }
wx-text { display: inline; white-space: pre-line; }
wx-label { display: inline; }
wx-icon, wx-checkbox, wx-radio, wx-switch, wx-cover-image { display: inline-block; }
wx-image { display: inline-block; position: relative; overflow: hidden; width: 320px; height: 240px; }
wx-scroll-view { overflow: auto; scrollbar-width: none; }
wx-scroll-view::-webkit-scrollbar { display: none; }
wx-swiper { position: relative; overflow: hidden; height: 150px; }
/* A swiper shows one item at a time; the preview draws the first (it does not run the swiper's current). */
wx-swiper-item + wx-swiper-item { display: none; }
wx-progress { display: flex; align-items: center; }
wx-input { display: block; height: 1.4rem; min-height: 1.4rem; overflow: hidden; text-overflow: clip;
  white-space: nowrap; cursor: auto; }
wx-input[data-typed]::before { content: attr(data-typed); }
wx-textarea { display: block; position: relative; width: 300px; height: 150px; }
wx-canvas { display: block; width: 300px; height: 150px; }
wx-video { display: inline-block; width: 300px; height: 225px; background: #000; }
wx-map { display: inline-block; width: 300px; height: 150px; background: #e5e5e5; }
wx-button { position: relative; display: block; margin-left: auto; margin-right: auto; padding-left: 14px;
  padding-right: 14px; box-sizing: border-box; font-size: 18px; text-align: center; text-decoration: none;
  line-height: 2.55555556; border-radius: 5px; overflow: hidden; color: #000; background-color: #f8f8f8;
  cursor: pointer; }
wx-button::after { content: " "; position: absolute; top: 0; left: 0; width: 200%; height: 200%;
  border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 10px; transform: scale(0.5); transform-origin: 0 0;
  box-sizing: border-box; }

.pv-nav { position: relative; z-index: 2147483647; font-family: ${FONT_STACK}; }
/* WeChat draws the navigation bar natively, above anything the page puts on screen (overlays, popups). */
.pv-nav__status { height: ${PHONE.statusBarHeight}px; }
.pv-nav__bar { position: relative; display: flex; align-items: center; justify-content: center;
  height: ${PHONE.navigationBarHeight}px; padding: 0 104px; box-sizing: border-box; }
.pv-nav__title { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; font-size: 17px; font-weight: 500; }
.pv-nav__capsule { position: absolute; top: 6px; right: 7px; display: flex; align-items: center;
  justify-content: space-around; width: 87px; height: 32px; box-sizing: border-box; border-radius: 16px;
  font-size: 15px; letter-spacing: 1px; }
.pv-nav--black .pv-nav__capsule { border: 0.5px solid rgba(0, 0, 0, 0.1); background: rgba(255, 255, 255, 0.6); }
.pv-nav--white .pv-nav__capsule { border: 0.5px solid rgba(255, 255, 255, 0.25); background: rgba(0, 0, 0, 0.15); }
.pv-nav__divider { width: 0.5px; height: 19px; background: currentColor; opacity: 0.2; }
`;
