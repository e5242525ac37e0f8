/**
 * The share QR code (面对面分享): a page's normal link as a QR module matrix, and the rectangles a canvas draws
 * for it; and what the share page was opened for. Pure; encoded by `qrcode-generator` (MIT, vendored into this
 * subpackage: see scripts/vendor-qrcode.js). When `SHARE_LINK_BASE` is empty there is no QR code at all.
 */
import { qrcode as vendoredQrcode } from './vendor/qrcode-generator';
import { SHARE_LINK_BASE } from '../../config/release';
import {
  buildQrLink,
  isPageName,
  looksUnsafe,
  parsePageQuery,
  safeDecode,
  targetValue,
  type EntryTarget,
} from '../../services/entry-link';
import { SHARE_TITLE_MAX, shareQrEnabled } from '../../services/share-entry';

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

/** The QR code of a target's normal link; undefined when no link base is configured (the button is hidden). */
export function shareQrFor(target: EntryTarget, base: string = SHARE_LINK_BASE): QrMatrix | undefined {
  if (!shareQrEnabled(base)) return undefined;
  return qrMatrix(buildQrLink(target, base));
}

/** The app's name, shown when the link carried no usable title. */
export const FALLBACK_TITLE = '墨西哥支付指南';

export interface ShareRequest {
  target: EntryTarget;
  title: string;
}

/**
 * What the share page shows, from its query (`to`, the page's own key, `title`: see services/share-entry.ts).
 * Never throws: an unknown page is home, a broken section the page's first, a broken title the app's name.
 */
export function shareRequest(query: unknown): ShareRequest {
  const params = typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
  const to = typeof params.to === 'string' ? safeDecode(params.to) : undefined;
  const target: EntryTarget = isPageName(to) ? parsePageQuery(to, params).target : { page: 'home' };
  const raw = typeof params.title === 'string' ? safeDecode(params.title) : undefined;
  const title = raw?.trim().slice(0, SHARE_TITLE_MAX);
  return { target, title: title && !looksUnsafe(title) ? title : FALLBACK_TITLE };
}

/** The image file's name for a target (ids are `a-z0-9-`): one file per target, rewritten each time. */
export function shareImageName(target: EntryTarget): string {
  const value = targetValue(target);
  return `share-qr-${target.page}${value ? `-${value}` : ''}.png`;
}
