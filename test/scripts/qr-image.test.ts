/**
 * What `npm run preview` does with the QR image WeChat sends back: keep it as a PNG and draw it in the terminal.
 * WeChat's servers are not reachable here, so the image is one we draw ourselves with the same QR encoder and
 * image library miniprogram-ci ships; the preview call itself is never faked.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { finishQrImage, isPng, requireFromCi } from '../../scripts/lib/qr-image';

interface JimpImage {
  setPixelColor(color: number, x: number, y: number): void;
  getBufferAsync(mime: string): Promise<Buffer>;
}
interface JimpStatic {
  new (width: number, height: number, background: number): JimpImage;
  MIME_JPEG: string;
}
interface QrEncoder {
  addData(text: string): void;
  make(): void;
  getModuleCount(): number;
  isDark(row: number, column: number): boolean;
}

const Jimp = requireFromCi('jimp') as JimpStatic;
const QRCode = requireFromCi('qrcode-terminal/vendor/QRCode') as new (
  type: number,
  level: number,
) => QrEncoder;
const levels = requireFromCi('qrcode-terminal/vendor/QRCode/QRErrorCorrectLevel') as { L: number };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-guide-qr-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A QR code for `text` as a JPEG, the way a server might send it. */
async function qrJpeg(text: string): Promise<Buffer> {
  const qr = new QRCode(-1, levels.L);
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const scale = 6;
  const quiet = 4;
  const image = new Jimp((count + 2 * quiet) * scale, (count + 2 * quiet) * scale, 0xffffffff);
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (!qr.isDark(row, column)) continue;
      for (let y = 0; y < scale; y += 1) {
        for (let x = 0; x < scale; x += 1) {
          image.setPixelColor(0x000000ff, (column + quiet) * scale + x, (row + quiet) * scale + y);
        }
      }
    }
  }
  return image.getBufferAsync(Jimp.MIME_JPEG);
}

describe('the preview QR image', () => {
  it('stays as it is, undrawn, when it holds no QR code', async () => {
    const file = path.join(dir, 'blank.png');
    fs.writeFileSync(file, await new Jimp(64, 64, 0xffffffff).getBufferAsync('image/png'));
    expect(await finishQrImage(file)).toEqual({ file, terminal: undefined });
    expect(isPng(fs.readFileSync(file))).toBe(true);
  });

  it('is saved as a real PNG and drawn in the terminal', async () => {
    const file = path.join(dir, 'preview-qr.png');
    fs.writeFileSync(file, await qrJpeg('https://example.org/preview-ticket'));
    expect(isPng(fs.readFileSync(file))).toBe(false);
    const result = await finishQrImage(file);
    expect(result.file).toBe(file);
    expect(isPng(fs.readFileSync(file))).toBe(true);
    // Drawn with terminal colour blocks, many rows.
    expect(result.terminal).toContain(`${String.fromCharCode(27)}[40m`);
    expect(result.terminal!.split('\n').length).toBeGreaterThan(20);
  });

  it('is kept (as .jpg) with no drawing when it cannot be read as an image', async () => {
    const file = path.join(dir, 'broken.png');
    fs.writeFileSync(file, 'not an image');
    const result = await finishQrImage(file);
    expect(result).toEqual({ file: path.join(dir, 'broken.jpg'), terminal: undefined });
    expect(fs.readFileSync(result.file, 'utf8')).toBe('not an image');
  });
});
