'use strict';
/**
 * After a real `ci.preview` saved WeChat's QR code image: make sure the file is a PNG (convert it if WeChat sent
 * another format) and draw the same code in the terminal, so preview needs one server call, not two. Uses the
 * libraries miniprogram-ci itself uses for `qrcodeFormat: 'terminal'` (jimp, qrcode-reader, qrcode-terminal),
 * resolved through miniprogram-ci; not its helper, which throws uncaught on an unreadable image. Everything is
 * guarded: a failure only means "open the image instead".
 */
const fs = require('fs');
const path = require('path');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function requireFromCi(request) {
  const ciRoot = path.dirname(require.resolve('miniprogram-ci/package.json'));
  return require(require.resolve(request, { paths: [ciRoot] }));
}

function isPng(buffer) {
  return (
    buffer.length >= PNG_SIGNATURE.length && buffer.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)
  );
}

/** Decodes the QR code in the image and draws it with terminal colour blocks; undefined if it cannot. */
function drawInTerminal(bitmap) {
  return new Promise((resolve) => {
    try {
      const QrReader = requireFromCi('qrcode-reader');
      const qrcodeTerminal = requireFromCi('qrcode-terminal');
      const reader = new QrReader();
      reader.callback = (error, value) => {
        if (error || !value || !value.result) resolve(undefined);
        else qrcodeTerminal.generate(value.result, (text) => resolve(text));
      };
      reader.decode(bitmap);
    } catch {
      resolve(undefined);
    }
  });
}

/**
 * Returns `{ file, terminal }`: where the image is (a `.png`, or `.jpg` if it could not be read as an image)
 * and the code drawn for the terminal (undefined if it could not be drawn).
 */
async function finishQrImage(file) {
  const original = fs.readFileSync(file);
  let Jimp;
  let image;
  try {
    Jimp = requireFromCi('jimp');
    image = await Jimp.read(original);
  } catch {
    // Not an image we can read: keep WeChat's bytes untouched, under a name that does not claim PNG.
    const kept = isPng(original) ? file : file.replace(/\.png$/i, '.jpg');
    if (kept !== file) fs.renameSync(file, kept);
    return { file: kept, terminal: undefined };
  }
  if (!isPng(original)) fs.writeFileSync(file, await image.getBufferAsync(Jimp.MIME_PNG));
  return { file, terminal: await drawInTerminal(image.bitmap) };
}

module.exports = { finishQrImage, isPng, requireFromCi };
