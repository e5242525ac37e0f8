/**
 * 面对面分享 through the pages: with a link base configured (config/release.ts mocked), every shareable page shows
 * one "面对面分享" line that opens the share page for what the page shares; the share page draws the QR code on its
 * canvas (decoded here with jsQR: it opens the same target for every target), writes the image under
 * USER_DATA_PATH and offers it with showShareImageMenu; every failure leaves a short notice and the code on
 * screen. With the base empty (as shipped) or in Moments' single-page mode there is no line at all.
 */
import jsQR from 'jsqr';
import {
  buildQrLink,
  parseEntry,
  sameTarget,
  PAGE_NAMES,
  type EntryTarget,
} from '../../miniprogram/services/entry-link';
import { shareQrPagePath } from '../../miniprogram/services/share-entry';
import { shareImageName, shareRequest } from '../../miniprogram/pages/share/share-qr';
import { shareableTargets } from '../../scripts/lib/entry-codes';
import { RUNTIME_BUDGETS, openMeasured, payloadBytes } from '../helpers/budgets';
import { fakeWx, USER_DATA_PATH, type FakeCanvas, type FakeDraw } from '../helpers/fake-wx';
import { findAll, fire, openPage, reopenPage, type LoadedPage } from '../helpers/page';

const TEST_BASE = 'https://guide.example.cn/mp';
let mockLinkBase = TEST_BASE;

jest.mock('../../miniprogram/config/release', () => ({
  ...jest.requireActual<object>('../../miniprogram/config/release'),
  get SHARE_LINK_BASE() {
    return mockLinkBase;
  },
}));

beforeEach(() => {
  mockLinkBase = TEST_BASE;
});

/** What WeChat hands `onLoad` for a path: the raw (still encoded) query values. */
function queryOf(path: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const pair of (path.split('?')[1] ?? '').split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key) query[key] = value;
  }
  return query;
}

const fillRects = (canvas: FakeCanvas) =>
  canvas.draws.filter((draw): draw is Extract<FakeDraw, { call: 'fillRect' }> => draw.call === 'fillRect');

/**
 * Paints the canvas's recorded rectangles as pixels (RGBA), as the phone's canvas would; `scale` multiplies every
 * coordinate (all are whole multiples of the module size), for a faster decode of many codes.
 */
function rasterise(canvas: FakeCanvas, scale = 1): { pixels: Uint8ClampedArray; side: number } {
  const side = canvas.width * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (const draw of canvas.draws) {
    if (draw.call !== 'fillRect') continue;
    const shade = draw.color === '#ffffff' ? 255 : draw.color === '#000000' ? 0 : -1;
    if (shade < 0) throw new Error(`unexpected colour ${String(draw.color)}`);
    const [x0, y0, width, height] = [draw.x, draw.y, draw.width, draw.height].map((value) => value * scale);
    for (let y = y0!; y < y0! + height!; y += 1) {
      for (let x = x0!; x < x0! + width!; x += 1) {
        const at = (y * side + x) * 4;
        pixels.fill(shade, at, at + 3);
        pixels[at + 3] = 255;
      }
    }
  }
  return { pixels, side };
}

/** The largest whole number every drawn coordinate is a multiple of: the pixels per module. */
function modulePixels(canvas: FakeCanvas): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return fillRects(canvas)
    .slice(1)
    .reduce((g, rect) => [rect.x, rect.y, rect.width, rect.height].reduce(gcd, g), canvas.width);
}

function decode(canvas: FakeCanvas, scale = 1): string | undefined {
  expect(canvas.width).toBe(canvas.height);
  const { pixels, side } = rasterise(canvas, scale);
  return jsQR(pixels, side, side)?.data;
}

/** Decodes at two pixels per module. */
const quickDecode = (canvas: FakeCanvas) => decode(canvas, 2 / modulePixels(canvas));

const notice = (page: LoadedPage) => findAll(page, '.share-notice')[0]?.dom?.textContent ?? '';

/** Opens the share page for a target, as the shell's line does, and lets it draw (onReady). */
function openShare(target: EntryTarget, title = '测试标题'): LoadedPage {
  const page = openPage('share', queryOf(shareQrPagePath(target, title)));
  page.instance.onReady!();
  return page;
}

async function send(page: LoadedPage): Promise<void> {
  await fire(findAll(page, '.send-image')[0]!, 'click');
}

const GUIDE: EntryTarget = { page: 'guide', section: 'paying-in-mexico' };

describe('the 面对面分享 line on every shareable page', () => {
  it.each(PAGE_NAMES.map((name) => [name]))(
    '%s shows it and opens the share page for its target',
    async (name) => {
      const page = openPage(name);
      const lines = findAll(page, '.share-entry');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.dom!.textContent).toContain('面对面分享');
      await fire(lines[0]!);
      const opened = fakeWx.navigations.at(-1) ?? '';
      expect(opened.split('?')[0]).toBe('/pages/share/index');
      const shared = page.instance.shareTarget!() as EntryTarget;
      const request = shareRequest(queryOf(opened));
      expect(request.target).toEqual(shared);
      const card = page.instance.onShareAppMessage!() as { title: string };
      expect(request.title).toBe(card.title.slice(0, 60));
    },
  );

  it('opens the share page for the guide section being read', async () => {
    const page = openPage('guide', { section: 'paying-in-mexico' });
    await fire(findAll(page, '.share-entry')[0]!);
    expect(shareRequest(queryOf(fakeWx.navigations.at(-1)!)).target).toEqual(GUIDE);
  });

  it('is not shown in Moments’ single-page mode', () => {
    fakeWx.enterScene(1154);
    for (const name of ['home', 'guide', 'checklist'])
      expect(findAll(openPage(name), '.share-entry')).toHaveLength(0);
  });

  it('is not shown while the link base is empty, as the app ships', () => {
    mockLinkBase = '';
    for (const name of PAGE_NAMES)
      expect([name, findAll(openPage(name), '.share-entry').length]).toEqual([name, 0]);
  });

  it('says so when WeChat does not open the share page', async () => {
    const page = openPage('home');
    fakeWx.failNavigation('navigateTo:fail webview count limit exceed');
    await fire(findAll(page, '.share-entry')[0]!);
    expect(fakeWx.toasts).toEqual(['没能打开二维码，请返回后再试']);
  });
});

describe('the share page', () => {
  it('shows the title, one line on how to scan, and draws the code of the page’s normal link', () => {
    const page = openShare(GUIDE, '在墨西哥怎么付钱');
    expect(page.text()).toContain('在墨西哥怎么付钱');
    expect(page.text()).toContain('请朋友用微信「扫一扫」扫这个二维码，就能打开这一页。');
    expect(notice(page)).toBe('');
    expect(fakeWx.canvases).toHaveLength(1);
    const canvas = fakeWx.canvases[0]!;
    // Scaled for the screen: 375 CSS pixels at simulate's pixel ratio 3, a whole number of pixels per module.
    expect(canvas.width).toBe(canvas.height);
    expect(canvas.width).toBeGreaterThan(375 * 2);
    expect(canvas.width).toBeLessThanOrEqual(375 * 3);
    expect(decode(canvas)).toBe(buildQrLink(GUIDE, TEST_BASE));
  });

  it('writes the image under USER_DATA_PATH and offers that file to send', async () => {
    const page = openShare(GUIDE);
    await send(page);
    const path = `${USER_DATA_PATH}/${shareImageName(GUIDE)}`;
    expect(path).toBe('wxfile://usr/share-qr-guide-paying-in-mexico.png');
    expect(fakeWx.calls).toEqual([
      'selectorQuery:#qr-canvas',
      'canvasToTempFilePath:canvas',
      `copyFile:${path}`,
      `showShareImageMenu:${path}`,
    ]);
    expect(fakeWx.files.get(path)).toMatch(/^wxfile:\/\/tmp\//);
    expect(notice(page)).toBe('');
    expect(page.instance.data.busy).toBe(false);
  });

  it.each([
    ['export', '没能生成图片。可以让朋友直接扫码，或截屏发送。'],
    ['write', '没能把图片存到手机上（空间可能不够）。可以让朋友直接扫码，或截屏发送。'],
    ['share-cancel', '没有发送。想发时再点「发给朋友」。'],
    ['share-fail', '没能打开发送菜单。可以让朋友直接扫码，或截屏发送。'],
    ['share-privacy', '微信没有允许发送图片。可以让朋友直接扫码，或截屏发送。'],
  ] as const)('when %s fails it says so and the code stays on screen', async (failure, message) => {
    const page = openShare(GUIDE);
    const canvas = fakeWx.canvases[0]!;
    const drawn = canvas.draws.length;
    fakeWx.failCanvas(failure);
    await send(page);
    expect(notice(page)).toBe(message);
    expect(fakeWx.toasts).toEqual([]);
    expect(findAll(page, '#qr-canvas')).toHaveLength(1);
    expect(canvas.draws).toHaveLength(drawn);
    expect(decode(canvas)).toBe(buildQrLink(GUIDE, TEST_BASE));
    expect(page.instance.data.busy).toBe(false);
    if (failure === 'export' || failure === 'write') expect(fakeWx.files.size).toBe(0);
  });

  it('says so when the canvas cannot be found, and sends nothing', async () => {
    fakeWx.failCanvas('missing');
    const page = openShare(GUIDE);
    expect(notice(page)).toBe('二维码没能显示出来，请返回后再试一次。');
    await send(page);
    expect(fakeWx.calls).toEqual(['selectorQuery:#qr-canvas']);
  });

  it('on a WeChat too old for the send menu keeps the code and says how else to share', async () => {
    fakeWx.missingApis.add('showShareImageMenu');
    const page = openShare(GUIDE);
    await send(page);
    expect(notice(page)).toBe('微信版本太旧，不能发送图片。可以让朋友直接扫码，或截屏发送。');
    expect(fakeWx.canvases).toHaveLength(1);
    expect(fakeWx.calls).not.toContainEqual(expect.stringMatching(/^showShareImageMenu/));
  });

  it('draws nothing and says so while the link base is empty', () => {
    mockLinkBase = '';
    const page = openShare(GUIDE);
    expect(fakeWx.canvases).toHaveLength(0);
    expect(notice(page)).toBe('这个版本还不能生成二维码，可以用右上角「···」转发这一页。');
    expect(findAll(page, '#qr-canvas')).toHaveLength(0);
    expect(findAll(page, '.send-image')).toHaveLength(0);
    expect(page.text()).not.toContain('扫一扫');
    expect(fakeWx.calls).toEqual([]);
  });

  it('in Moments’ single-page mode shows the code without the send button', () => {
    fakeWx.enterScene(1154);
    const page = openShare(GUIDE);
    expect(findAll(page, '.send-image')).toHaveLength(0);
    expect(page.text()).toContain('从朋友圈打开时不能发送图片，请朋友直接扫码。');
    expect(decode(fakeWx.canvases[0]!)).toBe(buildQrLink(GUIDE, TEST_BASE));
  });

  it('survives a broken query: home’s code and the app’s name', () => {
    const page = openPage('share', { to: '%E0%A4%A', section: '<script>', title: '%' });
    page.instance.onReady!();
    expect(page.text()).toContain('墨西哥支付指南');
    expect(decode(fakeWx.canvases[0]!)).toBe(buildQrLink({ page: 'home' }, TEST_BASE));
  });

  it('forwards the page the code is for, not the code', () => {
    const page = openShare(GUIDE, '在墨西哥怎么付钱');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: '在墨西哥怎么付钱',
      path: '/pages/guide/index?section=paying-in-mexico',
    });
  });

  it('keeps setData small: the code is drawn by the script, never sent to the template', async () => {
    const { page, totalBytes, recorder } = openMeasured(
      'share',
      queryOf(shareQrPagePath(GUIDE, '在墨西哥怎么付钱')),
    );
    page.instance.onReady!();
    await send(page);
    const sent = totalBytes + recorder.calls.reduce((sum, call) => sum + call.bytes, 0);
    expect(sent).toBeLessThanOrEqual(RUNTIME_BUDGETS.shareQrBytes);
    // What sending the rectangles would have cost instead.
    expect(payloadBytes(fillRects(fakeWx.canvases[0]!))).toBeGreaterThan(10 * RUNTIME_BUDGETS.shareQrBytes);
  });

  it('scanning the drawn code opens the same target, for every target', () => {
    const targets = shareableTargets();
    expect(targets.length).toBeGreaterThan(20);
    const first = openShare(targets[0]!);
    for (const target of targets) {
      fakeWx.reset();
      const page = reopenPage(first, queryOf(shareQrPagePath(target, '标题')));
      page.instance.onReady!();
      const scanned = quickDecode(fakeWx.canvases[0]!);
      expect(scanned).toBe(buildQrLink(target, TEST_BASE));
      // WeChat hands the whole link to the page as `q`, encoded once; any page may receive it.
      const landed = parseEntry('home', { q: encodeURIComponent(scanned!) });
      expect([JSON.stringify(target), landed.problem]).toEqual([JSON.stringify(target), undefined]);
      expect(sameTarget(landed.target, target)).toBe(true);
    }
  });
});
