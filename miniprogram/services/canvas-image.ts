/**
 * What the pages that draw an image on a `<canvas type="2d">` share (the share QR code, the emergency card):
 * the device's pixel ratio, and offering the drawn canvas as an image through WeChat's send/save menu.
 */

/** Device pixels per CSS pixel, for a sharp canvas; capped at 3 (a bigger image only costs memory), 2 if unknown. */
export function pixelRatio(): number {
  try {
    const info = typeof wx.getWindowInfo === 'function' ? wx.getWindowInfo() : wx.getSystemInfoSync();
    const ratio = info.pixelRatio;
    return Number.isFinite(ratio) && ratio > 0 ? Math.min(3, ratio) : 2;
  } catch {
    return 2;
  }
}

/** Why an image was not offered; each page says it in its own words. */
export type ImageFailure = 'old-wechat' | 'export' | 'write' | 'cancelled' | 'privacy' | 'menu';

/** Whether this WeChat can export a canvas and offer it (`showShareImageMenu`: base library 2.14.3). */
export function canOfferImage(): boolean {
  return wx.canIUse('showShareImageMenu') && wx.canIUse('canvasToTempFilePath');
}

type MenuFailure = { errMsg?: string; errno?: number } | undefined;

function menuFailure(error: MenuFailure): ImageFailure {
  if (error?.errno === 104 || error?.errno === 112) return 'privacy';
  return /cancel/i.test(error?.errMsg ?? '') ? 'cancelled' : 'menu';
}

/**
 * Exports the canvas as a PNG and opens WeChat's menu to send or save it. With `saveAs` (a file name), the image
 * is first copied to `wx.env.USER_DATA_PATH/<saveAs>` and that file is offered. `done` gets nothing on success,
 * else why not.
 */
export function offerCanvasImage(
  canvas: unknown,
  done: (failure?: ImageFailure) => void,
  saveAs?: string,
): void {
  if (!canOfferImage()) {
    done('old-wechat');
    return;
  }
  const offer = (path: string) =>
    wx.showShareImageMenu({
      path,
      success: () => done(),
      fail: (error: MenuFailure) => done(menuFailure(error)),
    });
  wx.canvasToTempFilePath({
    canvas: canvas as WechatMiniprogram.Canvas,
    fileType: 'png',
    success: ({ tempFilePath }) => {
      if (!saveAs) {
        offer(tempFilePath);
        return;
      }
      const path = `${wx.env.USER_DATA_PATH}/${saveAs}`;
      try {
        wx.getFileSystemManager().copyFile({
          srcPath: tempFilePath,
          destPath: path,
          success: () => offer(path),
          fail: () => done('write'),
        });
      } catch {
        done('write');
      }
    },
    fail: () => done('export'),
  });
}
