'use strict';
/**
 * Screenshots and in-browser checks of preview HTML files, with Debian's Chromium driven by playwright-core
 * (never a browser Playwright downloads). One browser for all files; the network is cut off.
 *
 *   node scripts/web-preview/shoot.js <dir> [state-id ...] [--viewport] [--blank] [--scales] [--axe]
 *     → writes <dir>/<id>.png (full page, or the first 375 × 812 with --viewport) and prints a JSON report;
 *       --blank adds the size of a blank PNG of the same size to each result; --scales lays each file out at
 *       every FONT_SCALES size too (<id>@<scale>.png); --axe runs axe-core at each size
 *
 * Checks per file: the page is no wider than the phone (document scrollWidth ≤ 375, with the elements that
 * stick out), vant's styles apply (computed styles of the vant components present), and Chinese text is drawn
 * with a CJK font (the fonts Chromium actually used, from the DevTools protocol).
 *
 * With `scales` (as `npm run preview:web` passes FONT_SCALES) each file is also laid out at each of WeChat's font
 * sizes (the root font size a page with <page-meta root-font-size="system"> gets) and checked at each: nothing
 * wider than the phone, no text cut off by a box that hides overflow, no two lines of text drawn over each
 * other, and axe-core's WCAG 2 A/AA rules (see AXE_OPTIONS) with their findings by impact.
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

/**
 * WeChat's font sizes, from its 适老化 design guide (https://developers.weixin.qq.com/miniprogram/design/elderly.html):
 * 1rem is the reader's WeChat font size. iOS: 17px at the standard level, 23.8px at 关怀模式 (the largest level on a
 * 375 screen, 1.4×), 25.5px at the largest level on a 414 screen (1.5×). Android's standard is 16px times the
 * level's factor; the guide's Android table is not quoted here, so its largest level is taken as 2× (32px),
 * above any factor we have seen reported: a page that holds at 32px holds at Android's real largest.
 */
const FONT_SCALES = [
  { id: '1x', label: '1.0× (iOS standard, 17px)', rootPx: 17 },
  { id: '1.4x', label: '1.4× (关怀模式, 23.8px)', rootPx: 23.8 },
  { id: '1.5x', label: '1.5× (iPhone largest, 25.5px)', rootPx: 25.5 },
  { id: 'android-max', label: 'Android largest (taken as 2 × 16px = 32px)', rootPx: 32 },
];

/**
 * What axe-core checks: WCAG 2.0/2.1 A and AA, with the rules that cannot apply to a Mini Program page switched
 * off one by one. The navigation bar is WeChat's own (drawn natively, not by the page): it is left out.
 */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: {
    // WeChat shows no page <title> and has no landmarks: the window title is the navigation bar, and
    // aria-role landmarks are not read by VoiceOver/TalkBack inside a Mini Program.
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    // The bypass rule wants skip links or landmarks, which a Mini Program cannot offer (see above).
    bypass: { enabled: false },
    // The preview's own HTML <title> and lang are set by render.ts, not by the app: checked by the test instead.
    'document-title': { enabled: false },
    // WeChat's webview sets the viewport itself (and lets people zoom with the system's magnifier, not pinch).
    'meta-viewport': { enabled: false },
    'meta-viewport-large': { enabled: false },
    // Keyboard access to scrolling regions: a phone running WeChat has no keyboard focus, and VoiceOver/TalkBack
    // scroll a region (the table of contents sheet) with their own gestures.
    'scrollable-region-focusable': { enabled: false },
  },
};
const AXE_CONTEXT = { exclude: [['.pv-nav']] };

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

  // text that sticks out on its own (a long word that does not wrap), which no element's box shows
  if (scrollWidth > phoneWidth && offenders.length === 0) {
    const words = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = words.nextNode(); node && offenders.length < 10; node = words.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const wide = [...range.getClientRects()].find((rect) => rect.right > phoneWidth + 0.5);
      if (wide && node.parentElement) {
        offenders.push(`text of ${describe(node.parentElement)} reaches ${Math.round(wide.right)}px`);
      }
    }
  }

  // text cut off: a box that hides its overflow while its text needs more room than it has
  const clipped = [];
  const overlaps = [];
  const lines = [];
  const textWalker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = textWalker.nextNode(); node; node = textWalker.nextNode()) {
    const holder = node.parentElement;
    if (!holder || !(node.textContent || '').trim() || holder.closest('.pv-nav')) continue;
    if (holder.getClientRects().length === 0) continue;
    for (let box = holder; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      const hides = (value) => value === 'hidden' || value === 'clip';
      if (
        (hides(style.overflowY) && box.scrollHeight > box.clientHeight + 1) ||
        (hides(style.overflowX) && box.scrollWidth > box.clientWidth + 1) ||
        style.textOverflow === 'ellipsis'
      ) {
        if (clipped.length < 10)
          clipped.push(
            `${describe(box)} (${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight})`,
          );
        break;
      }
      if (style.position === 'fixed') break;
    }
    let layer = document.body;
    for (let box = holder; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).position === 'fixed') {
        layer = box;
        break;
      }
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 1 && rect.height > 1) lines.push({ rect, holder, node, layer });
    }
  }
  // two lines of text drawn over each other (by more than a sliver: fonts' line boxes touch)
  for (let a = 0; a < lines.length && overlaps.length < 10; a += 1) {
    for (let b = a + 1; b < lines.length; b += 1) {
      const first = lines[a];
      const second = lines[b];
      if (first.node === second.node) continue;
      // a sheet (position: fixed) lies over the page on purpose: only text within the same layer may collide
      if (first.layer !== second.layer) continue;
      const width =
        Math.min(first.rect.right, second.rect.right) - Math.max(first.rect.left, second.rect.left);
      const height =
        Math.min(first.rect.bottom, second.rect.bottom) - Math.max(first.rect.top, second.rect.top);
      if (width > 2 && height > Math.min(first.rect.height, second.rect.height) * 0.3) {
        overlaps.push(`${describe(first.holder)} over ${describe(second.holder)}`);
        if (overlaps.length >= 10) break;
      }
    }
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
    'van-icon': (style) => style.position === 'relative',
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
  // How far the page's own content reaches (the page box has a minimum height of one screen, so a short page's
  // document height does not grow with its text).
  const pageBox = document.querySelector('page');
  const contentHeight = Array.from(pageBox ? pageBox.querySelectorAll('*') : []).reduce(
    (bottom, element) => Math.max(bottom, element.getBoundingClientRect().bottom + window.scrollY),
    0,
  );
  return {
    scrollWidth,
    height: document.documentElement.scrollHeight,
    contentHeight: Math.round(contentHeight),
    offenders,
    clipped,
    overlaps,
    rootFontSize: getComputedStyle(document.documentElement).fontSize,
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
  {
    outDir,
    blank = false,
    fullPage = true,
    scales = [{ id: '1x', label: 'as the file sets it' }],
    axe = false,
    executablePath = findChromium(),
  } = {},
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
      await page.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light' });
      await page.goto(`file://${shot.html}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (axe) await page.addScriptTag({ path: AXE_SOURCE });
      const atScales = [];
      for (const scale of scales) {
        // only a page whose <page-meta root-font-size="system"> follows WeChat's font size changes with it
        await page.evaluate((px) => {
          if (px && document.documentElement.dataset.systemFont === 'true') {
            document.documentElement.style.fontSize = `${px}px`;
          }
        }, scale.rootPx);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const png = path.join(outDir, scale === scales[0] ? `${shot.id}.png` : `${shot.id}@${scale.id}.png`);
        const report = await page.evaluate(inspectPage, PHONE.width);
        // the whole page at the first size; the first screen at the others (the checks above cover the whole page)
        const whole = fullPage && scale === scales[0];
        await page.screenshot({ path: png, fullPage: whole, animations: 'disabled', caret: 'hide' });
        const axeReport = axe ? await runAxe(page) : undefined;
        atScales.push({
          scale: scale.id,
          label: scale.label,
          png,
          bytes: fs.statSync(png).size,
          ...report,
          shotHeight: fullPage && scale === scales[0] ? report.height : PHONE.height,
          overflowOk: report.scrollWidth <= PHONE.width && report.offenders.length === 0,
          textOk: report.clipped.length === 0 && report.overlaps.length === 0,
          axe: axeReport,
        });
      }
      const first = atScales[0];
      // fonts at the first scale (the marker set by inspectPage is on the first Chinese text)
      await page.evaluate((px) => {
        if (document.documentElement.dataset.systemFont === 'true') {
          document.documentElement.style.fontSize = px ? `${px}px` : '';
        }
      }, scales[0].rootPx);
      const fonts = first.cjkText ? await platformFonts(page) : [];
      const result = {
        id: shot.id,
        width: PHONE.width,
        ...first,
        cjkFonts: fonts,
        cjkOk: fonts.some((family) => CJK_FONT.test(family)),
        vantOk: first.vant.every((check) => check.ok),
        scales: atScales,
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

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

/** axe-core's findings on the page as it is laid out now: violations with their nodes, by impact. */
async function runAxe(page) {
  return page.evaluate(
    async ({ context, options }) => {
      const outcome = await window.axe.run(context, options);
      return {
        violations: outcome.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.slice(0, 5).map((node) => ({
            target: node.target.join(' '),
            summary: (node.failureSummary || '').replace(/\s+/g, ' ').trim(),
            html: node.html.slice(0, 160),
          })),
          count: violation.nodes.length,
        })),
        passes: outcome.passes.length,
        incomplete: outcome.incomplete.map((item) => `${item.id} (${item.nodes.length})`),
      };
    },
    { context: AXE_CONTEXT, options: AXE_OPTIONS },
  );
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

module.exports = {
  AXE_OPTIONS,
  CHROMIUM,
  CHROMIUM_ARGS,
  FONT_SCALES,
  INSTALL_HINT,
  PHONE,
  findChromium,
  shootAll,
};

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
    scales: process.argv.includes('--scales') ? FONT_SCALES : undefined,
    axe: process.argv.includes('--axe'),
  })
    .then((report) => console.log(JSON.stringify({ chromium: true, ...report })))
    .catch((error) => {
      console.error(error && error.stack ? error.stack : String(error));
      process.exit(1);
    });
}
