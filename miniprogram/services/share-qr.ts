/**
 * The share QR code (面对面分享): a page's normal link as a QR module matrix, and the rectangles a canvas draws
 * for it. Pure; encoded by `qrcode-generator` (MIT, vendored: see scripts/vendor-qrcode.js). The page button and canvas
 * come later; when `SHARE_LINK_BASE` is empty there is no QR code at all.
 */
import vendoredQrcode from '../vendor/qrcode-generator';
import { SHARE_LINK_BASE } from '../config/release';
import { buildQrLink, isLinkBase, type EntryTarget } from './entry-link';

/** The package's own type declarations describe the vendored copy. */
const qrcode = vendoredQrcode as unknown as typeof import('qrcode-generator');

export interface QrMatrix {
  /** Modules per side (no quiet zone). */
  size: number;
  /** `dark[row][col]`. */
  dark: boolean[][];
}

export interface QrRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface QrDrawing {
  /** Side of the whole image in pixels, quiet zone included. */
  side: number;
  /** Dark rectangles, one per horizontal run of dark modules; the rest of the square is light. */
  rects: QrRect[];
}

/** The quiet zone QR readers expect, in modules. */
export const QUIET_ZONE = 4;

/** Error correction M: survives a smudged screen or a glare spot (15%) and keeps the code small. */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const dark: boolean[][] = [];
  for (let row = 0; row < size; row += 1) {
    const line: boolean[] = [];
    for (let col = 0; col < size; col += 1) line.push(code.isDark(row, col));
    dark.push(line);
  }
  return { size, dark };
}

/** Rectangles for a canvas (`fillRect` each on a light square), `modulePx` pixels per module. */
export function qrDrawing(matrix: QrMatrix, modulePx: number): QrDrawing {
  const scale = Math.max(1, Math.floor(modulePx));
  const rects: QrRect[] = [];
  matrix.dark.forEach((line, row) => {
    let col = 0;
    while (col < matrix.size) {
      if (!line[col]) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < matrix.size && line[col]) col += 1;
      rects.push({
        x: (start + QUIET_ZONE) * scale,
        y: (row + QUIET_ZONE) * scale,
        width: (col - start) * scale,
        height: scale,
      });
    }
  });
  return { side: (matrix.size + 2 * QUIET_ZONE) * scale, rects };
}

/** Whether a share QR code can be offered: a link base is configured and well formed. */
export function shareQrEnabled(base: string = SHARE_LINK_BASE): boolean {
  return base !== '' && isLinkBase(base);
}

/** The QR code of a target's normal link; undefined when no link base is configured (the button is hidden). */
export function shareQrFor(target: EntryTarget, base: string = SHARE_LINK_BASE): QrMatrix | undefined {
  if (!shareQrEnabled(base)) return undefined;
  return qrMatrix(buildQrLink(target, base));
}
