/**
 * What the pages that draw an image on a `<canvas type="2d">` share (the share QR code, the emergency card).
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
