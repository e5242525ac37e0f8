/**
 * The share QR code round trip, for every target: link → qrcode-generator matrix → the canvas rectangles,
 * rasterised here to RGBA → jsQR (a real decoder) → WeChat's `q` → the entry-link service opens the same target.
 */
import * as fs from 'fs';
import jsQR from 'jsqr';
import * as fc from 'fast-check';
import { SHARE_LINK_BASE } from '../../miniprogram/config/release';
import { buildQrLink, parseEntry, sameTarget } from '../../miniprogram/services/entry-link';
import { shareableTargets } from '../../scripts/lib/entry-codes';
import {
  QUIET_ZONE,
  qrDrawing,
  qrMatrix,
  shareQrFor,
  type QrDrawing,
} from '../../miniprogram/pages/share/share-qr';
import { shareQrEnabled } from '../../miniprogram/services/share-entry';

import { TARGET, vendoredSource } from '../../scripts/vendor-qrcode';

/** A link base shaped like the owner's (https, a domain, a path); the real one is set in config/release.ts. */
const TEST_BASE = 'https://guide.example.cn/mp';

/** Paints the drawing as a canvas would: a light square, then every dark rectangle. */
function rasterise(drawing: QrDrawing): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(drawing.side * drawing.side * 4).fill(255);
  for (const rect of drawing.rects) {
    for (let y = rect.y; y < rect.y + rect.height; y += 1) {
      for (let x = rect.x; x < rect.x + rect.width; x += 1) {
        const at = (y * drawing.side + x) * 4;
        pixels[at] = 0;
        pixels[at + 1] = 0;
        pixels[at + 2] = 0;
      }
    }
  }
  return pixels;
}

function decode(drawing: QrDrawing): string | undefined {
  return jsQR(rasterise(drawing), drawing.side, drawing.side)?.data;
}

describe('share QR code', () => {
  it.each(shareableTargets().map((target) => [JSON.stringify(target), target] as const))(
    'scanning the code of %s opens the same target',
    (_name, target) => {
      const link = buildQrLink(target, TEST_BASE);
      const drawing = qrDrawing(shareQrFor(target, TEST_BASE)!, 4);
      const scanned = decode(drawing);
      expect(scanned).toBe(link);
      // WeChat hands the whole link to the page as `q`, encoded once; any page may receive it.
      const landed = parseEntry('home', { q: encodeURIComponent(scanned!) });
      expect(landed.problem).toBeUndefined();
      expect(sameTarget(landed.target, target)).toBe(true);
    },
  );

  it('keeps the quiet zone light and draws only inside it', () => {
    const matrix = qrMatrix(buildQrLink({ page: 'home' }, TEST_BASE));
    const drawing = qrDrawing(matrix, 3);
    expect(drawing.side).toBe((matrix.size + 2 * QUIET_ZONE) * 3);
    for (const rect of drawing.rects) {
      expect(rect.x).toBeGreaterThanOrEqual(QUIET_ZONE * 3);
      expect(rect.y).toBeGreaterThanOrEqual(QUIET_ZONE * 3);
      expect(rect.x + rect.width).toBeLessThanOrEqual(drawing.side - QUIET_ZONE * 3);
    }
    const darkModules = matrix.dark.flat().filter(Boolean).length;
    const drawnModules = drawing.rects.reduce((sum, rect) => sum + rect.width / 3, 0);
    expect(drawnModules).toBe(darkModules);
  });

  it('round-trips any https link of a realistic length', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }), (url) => {
        fc.pre(url.length <= 300);
        expect(decode(qrDrawing(qrMatrix(url), 2))).toBe(url);
      }),
      { numRuns: 25 },
    );
  });

  it('offers no code while the link base is empty or malformed, as it ships', () => {
    expect(SHARE_LINK_BASE).toBe('');
    expect(shareQrEnabled()).toBe(false);
    expect(shareQrFor({ page: 'home' })).toBeUndefined();
    expect(shareQrEnabled('http://insecure.example.cn/mp')).toBe(false);
    expect(shareQrEnabled('https://guide.example.cn/mp?x=1')).toBe(false);
    expect(shareQrEnabled(TEST_BASE)).toBe(true);
  });

  it('uses the vendored qrcode-generator exactly as scripts/vendor-qrcode.js makes it from the installed package', () => {
    expect(fs.readFileSync(TARGET, 'utf8')).toBe(vendoredSource());
  });
});
