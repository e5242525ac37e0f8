'use strict';
/**
 * The emergency card's image as WeChat would export it: the app's own layout (services/tools/emergency-card-layout.ts)
 * and drawing code (pages/tools/emergency-card/card-draw.ts), transpiled as they are, run in Debian's Chromium
 * on a real 2D canvas measured by that canvas (as the page measures with WeChat's), then saved as a PNG.
 *
 *   node scripts/web-preview/card-image.js <dir>   → <dir>/emergency-card--image.png and …--image-mine.png
 */
/* global document */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { CHROMIUM_ARGS, findChromium } = require('./shoot.js');

const ROOT = path.resolve(__dirname, '../../miniprogram');
const MODULES = {
  '../content': 'pages/tools/content.ts',
  layout: 'pages/tools/services/emergency-card-layout.ts',
  draw: 'pages/tools/emergency-card/card-draw.ts',
};

/** The modules as CommonJS source, by the name they are required with. */
function moduleSources() {
  const ts = require('typescript');
  const sources = {};
  for (const [name, file] of Object.entries(MODULES)) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    sources[name] = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
    }).outputText;
  }
  return sources;
}

/** Runs in the browser: lays the card out with the canvas's own measure, draws it, returns a PNG data URL. */
function drawInBrowser({ sources, personal, include, ratio }) {
  const cache = {};
  const load = (name) => {
    if (cache[name]) return cache[name].exports;
    const module = { exports: {} };
    cache[name] = module;
    new Function('require', 'module', 'exports', sources[name])(load, module, module.exports);
    return module.exports;
  };
  const layoutModule = load('layout');
  const draw = load('draw');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const content = layoutModule.emergencyCardContent(personal, include);
  const layout = layoutModule.layoutEmergencyCard(
    content,
    layoutModule.DESIGN_WIDTH,
    draw.canvasMeasure(ctx),
  );
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  draw.drawCard(canvas.getContext('2d'), layout, ratio);
  return { url: canvas.toDataURL('image/png'), width: layout.width, height: layout.height };
}

/** Sample lines for the "include my lines" image (the same as the page's preview state). */
const SAMPLE_LINES = { namePinyin: 'ZHANG San', hotel: 'Hotel Zócalo, Calle 5 de Mayo 61, CDMX' };

/** Writes both images into `outDir`; returns what was written. */
async function drawCardImages(outDir, executablePath = findChromium()) {
  if (!executablePath) return [];
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const written = [];
  try {
    const page = await browser.newPage();
    await page.setContent('<html><body></body></html>');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const sources = moduleSources();
    for (const [suffix, include] of [
      ['image', false],
      ['image-mine', true],
    ]) {
      const result = await page.evaluate(drawInBrowser, {
        sources,
        personal: SAMPLE_LINES,
        include,
        ratio: 2,
      });
      const file = path.join(outDir, `emergency-card--${suffix}.png`);
      fs.writeFileSync(file, Buffer.from(result.url.split(',')[1], 'base64'));
      written.push({ file, width: result.width, height: result.height });
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return written;
}

module.exports = { drawCardImages, SAMPLE_LINES };

if (require.main === module) {
  const dir = process.argv[2] || fs.mkdtempSync(path.join(os.tmpdir(), 'card-'));
  drawCardImages(dir).then(
    (written) => console.log(written.map((item) => `${item.file} ${item.width} × ${item.height}`).join('\n')),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
