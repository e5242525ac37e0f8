'use strict';
/**
 * Screenshots and in-browser checks of preview HTML files, with Debian's Chromium driven by playwright-core
 * (never a browser Playwright downloads). One browser for all files; the network is cut off.
 *
 *   node scripts/web-preview/shoot.js <dir> [state-id ...] [--viewport] [--blank]
 *     → writes <dir>/<id>.png (full page, or the first 375 × 812 with --viewport) and prints a JSON report;
 *       --blank adds the size of a blank PNG of the same size to each result
 *
 * Checks per file: the page is no wider than the phone (document scrollWidth ≤ 375, with the elements that
 * stick out), vant's styles apply (computed styles of the vant components present), and Chinese text is drawn
 * with a CJK font (the fonts Chromium actually used, from the DevTools protocol).
 */
/* global document, window, getComputedStyle, NodeFilter */
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Debian's Chromium; PREVIEW_CHROMIUM may point elsewhere (e.g. to a missing path, to try the no-browser case). */
const CHROMIUM = process.env.PREVIEW_CHROMIUM || '/usr/bin/chromium';
const INSTALL_HINT = 'apt-get install chromium fonts-noto-cjk';
const PHONE = { width: 375, height: 812, deviceScaleFactor: 2 };
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Font families that can draw Simplified Chinese. */
const CJK_FONT =
  /CJK|PingFang|Hiragino|Heiti|YaHei|SimHei|SimSun|Source Han|WenQuanYi|Droid Sans Fallback|Noto Sans SC|Noto Serif SC/i;

function findChromium() {
  return fs.existsSync(CHROMIUM) ? CHROMIUM : undefined;
}

/**
 * Runs in the page: overflow, vant computed styles, and the element whose text is the first Chinese text.
 * Kept free of closures: Playwright serialises it into the browser.
 */
function inspectPage(phoneWidth) {
  const describe = (element) => {
    const classes = (element.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
    const text = (element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}${text ? ` "${text}"` : ''}`;
  };
  const scrollWidth = document.documentElement.scrollWidth;
  const clippedByAncestor = (element, rect) => {
    for (
      let parent = element.parentElement;
      parent && parent !== document.body;
      parent = parent.parentElement
    ) {
      if (getComputedStyle(parent).overflowX === 'visible') continue;
      const box = parent.getBoundingClientRect();
      if (box.left <= rect.left + 0.5 && box.right >= rect.right - 0.5) return false;
      return box.left >= -0.5 && box.right <= phoneWidth + 0.5;
    }
    return false;
  };
  // wider than the phone (the page scrolls sideways), or cut off at the left edge (nothing scrolls to it)
  const offenders = [];
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const right = scrollWidth > phoneWidth && rect.right > phoneWidth + 0.5;
    const left = rect.left < -0.5;
    if (!right && !left) continue;
    if (clippedByAncestor(element, rect)) continue;
    // report the outermost element that sticks out, not each of its children
    const parent = element.parentElement;
    const parentRect = parent ? parent.getBoundingClientRect() : undefined;
    if (parentRect && (parentRect.right > phoneWidth + 0.5 || parentRect.left < -0.5)) continue;
    offenders.push(`${describe(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)}px`);
    if (offenders.length >= 10) break;
  }

  // vant: each component present must show the styles vant gives it (a bare, unstyled element would not)
  const px = (value) => parseFloat(value) || 0;
  const expectations = {
    'van-cell': (style) => px(style.paddingLeft) > 0 && style.display === 'flex',
    'van-button': (style) =>
      px(style.height) >= 24 && style.borderStyle !== 'none' && style.textAlign === 'center',
    'van-tag': (style) => px(style.paddingLeft) > 0 && style.display.includes('flex'),
    'van-checkbox': (style) => style.display === 'flex',
    'van-progress': (style) => px(style.height) > 0 && style.position === 'relative',
    'van-steps': (style) => style.overflow === 'hidden',
    'van-icon': (style) => style.position === 'relative',
    'van-popup': (style) => style.position === 'fixed',
  };
  const vant = [];
  for (const [component, expected] of Object.entries(expectations)) {
    const element = document.querySelector(`[class*="--${component} "], [class$="--${component}"]`);
    if (!element) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none') continue;
    vant.push({ component, ok: expected(style), element: describe(element) });
  }

  // the first visible text node with Chinese in it; its parent gets a marker the font check finds
  let cjkText;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && /[\u4e00-\u9fff]/.test(node.textContent || '') && parent.getClientRects().length > 0) {
      parent.setAttribute('data-preview-cjk', '');
      cjkText = describe(parent);
      break;
    }
  }
  return {
    scrollWidth,
    height: document.documentElement.scrollHeight,
    offenders,
    vant,
    cjkText,
    hasText: (document.body.innerText || '').trim().length > 0,
    fontFamily: getComputedStyle(document.body).fontFamily,
    devicePixelRatio: window.devicePixelRatio,
  };
}

/** The fonts Chromium really used for the marked element's text (family names, most glyphs first). */
async function platformFonts(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-preview-cjk]',
    });
    if (!nodeId) return [];
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.sort((a, b) => b.glyphCount - a.glyphCount).map((font) => font.familyName);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Screenshots each `{ id, html, dark }` (html: absolute path) into `<outDir>/<id>.png` and checks it.
 * With `blank: true` also measures a blank screenshot of the same size, to compare against.
 */
async function shootAll(
  shots,
  { outDir, blank = false, fullPage = true, executablePath = findChromium() } = {},
) {
  if (!executablePath) throw new Error(`Chromium is not installed at ${CHROMIUM}: ${INSTALL_HINT}`);
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-chromium-'));
  const started = Date.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    offline: true,
  });
  const results = [];
  try {
    // the preview never goes online: anything but the file itself is refused
    await context.route(/^(?!file:|data:|about:)/, (route) => route.abort());
    const page = context.pages()[0] || (await context.newPage());
    const launchMs = Date.now() - started;
    for (const shot of shots) {
      const shotStarted = Date.now();
      const png = path.join(outDir, `${shot.id}.png`);
      await page.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light' });
      await page.goto(`file://${shot.html}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const report = await page.evaluate(inspectPage, PHONE.width);
      const fonts = report.cjkText ? await platformFonts(page) : [];
      await page.screenshot({ path: png, fullPage, animations: 'disabled', caret: 'hide' });
      const result = {
        id: shot.id,
        png,
        bytes: fs.statSync(png).size,
        width: PHONE.width,
        shotHeight: fullPage ? report.height : PHONE.height,
        ...report,
        cjkFonts: fonts,
        cjkOk: fonts.some((family) => CJK_FONT.test(family)),
        overflowOk: report.scrollWidth <= PHONE.width && report.offenders.length === 0,
        vantOk: report.vant.every((check) => check.ok),
        milliseconds: Date.now() - shotStarted,
      };
      if (blank) result.blankBytes = await blankBytes(page, result.shotHeight);
      results.push(result);
    }
    return { launchMs, results };
  } finally {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Size of a PNG of an empty page of the same size: a screenshot must be well above it to show anything. */
async function blankBytes(page, height) {
  const file = path.join(os.tmpdir(), `preview-blank-${process.pid}.png`);
  await page.setContent(`<html><body style="margin:0;height:${height}px;background:#f7f8fa"></body></html>`);
  await page.screenshot({ path: file, fullPage: true });
  const bytes = fs.statSync(file).size;
  fs.rmSync(file, { force: true });
  return bytes;
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, INSTALL_HINT, PHONE, findChromium, shootAll };

if (require.main === module) {
  const [dir, ...ids] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!dir) {
    console.error('usage: node scripts/web-preview/shoot.js <dir with preview html> [state-id ...]');
    process.exit(2);
  }
  const outDir = path.resolve(dir);
  const wanted = new Set(ids);
  const shots = fs
    .readdirSync(outDir)
    .filter((name) => name.endsWith('.html') && name !== 'index.html')
    .map((name) => {
      const html = path.join(outDir, name);
      return { id: name.slice(0, -5), html, dark: /data-theme="dark"/.test(fs.readFileSync(html, 'utf8')) };
    })
    .filter((shot) => wanted.size === 0 || wanted.has(shot.id));
  if (!findChromium()) {
    console.log(JSON.stringify({ chromium: false, hint: INSTALL_HINT, results: [] }));
    process.exit(0);
  }
  shootAll(shots, {
    outDir,
    blank: process.argv.includes('--blank'),
    fullPage: !process.argv.includes('--viewport'),
  })
    .then((report) => console.log(JSON.stringify({ chromium: true, ...report })))
    .catch((error) => {
      console.error(error && error.stack ? error.stack : String(error));
      process.exit(1);
    });
}
