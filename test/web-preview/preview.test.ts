/**
 * The browser preview (`npm run preview:web`): every page of app.json renders to a self-contained HTML file with
 * the text a person reads and vant's styles, at a 375-wide phone; where Debian's Chromium is installed, each
 * page is also screenshotted and checked in the browser (not blank, no wider than the phone, CJK font, vant).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BlockKind } from '../../miniprogram/content/types';
import { getSection } from '../../miniprogram/content/index';
import { contentStore } from '../../content-check/store';
import { fakeWx } from '../helpers/fake-wx';
import { previewDocument, renderState, type RenderedPage } from '../../scripts/web-preview/render';
import {
  MINIPROGRAM_ROOT,
  SAMPLE_ANSWERS,
  appRoutes,
  pageName,
  previewStates,
  sectionsCoveringEveryBlockKind,
} from '../../scripts/web-preview/states';
import { convertRpx, rpxToPx } from '../../scripts/web-preview/wechat-styles';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.PREVIEW_CHROMIUM || '/usr/bin/chromium';
const FAULTY = 'faulty-page';
const ALL_KINDS: BlockKind[] = ['paragraph', 'bullets', 'steps', 'callout', 'facts', 'table'];
const states = previewStates();
const rendered = new Map<string, RenderedPage>();

const get = (id: string): RenderedPage => {
  const page = rendered.get(id);
  if (!page) throw new Error(`state ${id} was not rendered`);
  return page;
};

/** The selector vant's own stylesheet gives a component's root, if it has one (`.van-cell{`). */
function vantRootRule(component: string): boolean {
  const file = path.join(MINIPROGRAM_ROOT, 'miniprogram_npm/@vant/weapp', component, 'index.wxss');
  return fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(`.van-${component}{`);
}

beforeAll(async () => {
  for (const state of states) rendered.set(state.id, await renderState(state));
}, 180_000);

describe('browser preview: HTML', () => {
  it('previews every page of app.json, each in light and dark', () => {
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(4);
    for (const route of routes) {
      const forRoute = states.filter((state) => state.route === route);
      expect(forRoute.some((state) => !state.dark)).toBe(true);
      expect(forRoute.some((state) => state.dark)).toBe(true);
    }
    expect(pageName('pages/checklist/index')).toBe('checklist');
    expect(pageName('pkg/pages/emergency/index')).toBe('emergency');
  });

  it.each(states.map((state) => [state.id]))('renders %s with text, vant styles and no rpx', (id) => {
    const page = get(id);
    const html = previewDocument(page);
    expect(page.text.length).toBeGreaterThan(20);
    expect(page.text).toMatch(/[\u4e00-\u9fff]/);
    expect(page.calls.warnings).toEqual([]);
    for (const { tag, component } of page.vant) {
      // the component is in the page and its own stylesheet came along, with the prefix simulate gives it
      expect(html).toContain(`<${tag}`);
      if (vantRootRule(component)) expect(page.css).toContain(`.${tag}--van-${component}{`);
    }
    expect(page.css).not.toMatch(/\d+rpx/);
    expect(html).toContain('wx-view, wx-scroll-view');
    // page-font-size="system": the page text is the reader's WeChat size (1rem)
    expect(html).toMatch(/<page style="font-size: 1rem">[\s\S]*<\/page>/);
    expect(html).toContain('data-system-font="true"');
    // self-contained: nothing is fetched from anywhere
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<(script|link)\b/);
  });

  it('brings vant along on the pages that use it', () => {
    for (const id of ['home', 'checklist--half', 'guide--toc', 'situation--result', 'payments', 'emergency'])
      expect(get(id).vant.length).toBeGreaterThan(1);
    // The sources page uses no vant component (its topics and links are drawn in plain views).
    expect(get('sources').vant.map((item) => item.component)).toEqual([]);
    expect(get('checklist--half').vant.map((item) => item.component)).toEqual(
      expect.arrayContaining(['checkbox', 'progress', 'button', 'tag']),
    );
  });

  it('converts rpx as WeChat does on a 375-wide phone', () => {
    expect([rpxToPx(750), rpxToPx(28), rpxToPx(30), rpxToPx(1), rpxToPx(0), rpxToPx(-24)]).toEqual([
      375, 14, 15, 0.5, 0, -12,
    ]);
    expect(convertRpx('margin: 24rpx 0 .5rpx; width: 750rpx')).toBe('margin: 12px 0 0.5px; width: 375px');
    // app.wxss's card, as the home page gets it: 24rpx margin, 28rpx padding
    expect(get('home').css).toContain('.main--card{margin:12px;padding:14px;border-radius:8px');
  });

  it('shows every guide block kind across the guide states', () => {
    const cover = sectionsCoveringEveryBlockKind();
    expect(new Set(cover.flatMap((section) => section.kinds))).toEqual(
      new Set(contentStore.sections.flatMap((section) => section.blocks.map((block) => block.kind))),
    );
    const markup = states
      .filter((state) => state.page === 'guide')
      .map((state) => get(state.id).markup)
      .join('');
    for (const kind of ALL_KINDS) expect(markup).toContain(`content-block--block--${kind}`);
  });

  it('renders the checklist empty and half done, and home with progress', () => {
    const total = contentStore.checklistItems.length;
    const half = Math.ceil(total / 2);
    expect(get('checklist--empty').text).toContain(`已完成 0 / ${total} 项`);
    const halfDone = get('checklist--half');
    expect(halfDone.text).toContain(`已完成 ${half} / ${total} 项`);
    // ticks are drawn in CSS in the checkbox's icon slot (vant's own check is an icon-font glyph)
    expect(halfDone.markup.match(/\btick--on\b/g)?.length).toBe(half);
    // vant measures where its "53%" pivot goes; jsdom has no layout, so the preview places it as vant would
    expect(halfDone.markup).toContain(`translate(-${Math.round((half / total) * 100)}%, -50%)`);
    expect(get('checklist--empty').markup).toContain('left: 100%; transform: translate(-0%, -50%)');
    // the first unticked item has its steps open
    const firstOpen = contentStore.checklistItems[half]!;
    expect(halfDone.text).toContain(firstOpen.how[0]!);
    expect(get('home--progress').text).toMatch(new RegExp(`已完成 \\d+ / ${total} 项`));
    expect(get('home').text).toContain(`共 ${total} 项，还没开始`);
  });

  it('draws the navigation bar from app.json, the page json and theme.json', () => {
    const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, file), 'utf8'));
    const theme = readJson('theme.json') as Record<'light' | 'dark', Record<string, string>>;
    const light = get('home');
    expect(light.navigation).toEqual({
      shown: true,
      title: readJson('pages/home/index.json').navigationBarTitleText,
      background: theme.light.navBgColor,
      textStyle: theme.light.navTextStyle,
    });
    const guideState = states.find((state) => state.page === 'guide')!;
    expect(get(guideState.id).navigation.title).toBe(getSection(guideState.query!.section!)!.title);
    const dark = get('home--dark');
    expect(dark.navigation).toMatchObject({
      background: theme.dark.navBgColor,
      textStyle: theme.dark.navTextStyle,
    });
    const html = previewDocument(dark);
    expect(html).toContain('data-theme="dark"');
    // the dark palette is pinned on, the light one can no longer win
    expect(dark.css).not.toMatch(/prefers-color-scheme/);
    expect(dark.css).toMatch(/@media \(min-width: 0px\)\{page\{--app-bg: #111111/);
    expect(light.css).toMatch(/@media \(max-width: 0px\)\{page\{--app-bg: #111111/);
  });

  it('shows the decision helper blank, and its result once answered', () => {
    const { questions, points } = contentStore.situation;
    expect(get('situation').text).toContain('还没回答任何问题');
    const result = get('situation--result');
    const blank = questions.length - Object.keys(SAMPLE_ANSWERS).length;
    expect(result.text).toContain(`还有 ${blank} 个问题没回答`);
    // chinese-sim "inactive" loses the codes to the Chinese number; "data-only" lines get no SMS
    for (const id of ['codes-chinese-number-lost', 'esim-no-sms'])
      expect(result.text).toContain(points.find((point) => point.id === id)!.title);
    // one checked radio per question, drawn highlighted and exposed to axe as role="radio" aria-checked="true"
    expect(result.markup.match(/\bmain--option--on\b/g)?.length).toBe(questions.length);
    expect(result.markup.match(/aria-checked="true"/g)?.length).toBe(questions.length);
    expect(result.markup).toContain('role="radio"');
    expect(result.markup).not.toContain('aria-role=');
  });

  it('opens the table of contents sheet in the toc state', () => {
    const toc = get('guide--toc');
    // Grouped by part, the current section's part open: every part title, and that part's sections.
    for (const part of contentStore.guideParts) expect(toc.text).toContain(part.title);
    const open = contentStore.sections.filter((section) => section.part === contentStore.sections[0]!.part);
    for (const section of open) expect(toc.text).toContain(section.title);
    expect(toc.markup).toContain('toc-sheet--sheet-overlay');
    expect(toc.markup).toMatch(/class="toc-sheet--sheet"[^>]*role="dialog"/);
  });

  it('leaves the test wx double as it found it', async () => {
    await renderState(states[0]!);
    wx.setStorageSync('after-preview', 1);
    expect(fakeWx.storage.get('after-preview')).toBe(1);
  });
});

/** One state per page (its first, light) and its dark twin: what the screenshot and axe checks cover. */
function screenshotStates() {
  const firstPerPage = appRoutes().map((route) =>
    states.find((state) => state.route === route && !state.dark)!,
  );
  return [
    ...firstPerPage,
    ...firstPerPage.map((light) => states.find((state) => state.id === `${light.id}--dark`)!),
  ];
}

interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}
interface ScaleResult {
  scale: string;
  rootFontSize: string;
  height: number;
  /** Bottom of the page's lowest element (the document is at least one screen tall). */
  contentHeight: number;
  scrollWidth: number;
  offenders: string[];
  clipped: string[];
  overlaps: string[];
  axe: { violations: AxeFinding[]; passes: number };
}

interface ShotResult {
  id: string;
  bytes: number;
  blankBytes: number;
  scrollWidth: number;
  offenders: string[];
  vant: { component: string; ok: boolean; element: string }[];
  cjkFonts: string[];
  cjkOk: boolean;
  hasText: boolean;
  scales: ScaleResult[];
}

describe('browser preview: screenshots with Debian Chromium', () => {
  const chromium = fs.existsSync(CHROMIUM);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-test-'));
  const shots = screenshotStates();
  let results: ShotResult[] = [];

  beforeAll(() => {
    for (const state of shots)
      fs.writeFileSync(path.join(dir, `${state.id}.html`), previewDocument(get(state.id)));
    // a page with the faults the checks exist for: WeChat green text on white (2.4:1), text in a box of fixed
    // height that hides overflow, and a line drawn over another
    fs.writeFileSync(
      path.join(dir, `${FAULTY}.html`),
      `<!doctype html><html lang="zh-CN" data-system-font="true"><head><meta charset="utf-8"><title>faults</title>
<style>html { font-size: 17px } body { margin: 0; background: #fff }</style></head><body>
<h1 style="font-size: 1rem">付款</h1>
<p style="color: #07c160; font-size: 0.882rem">微信支付在墨西哥多数商户用不了。</p>
<div style="height: 20px; overflow: hidden; font-size: 1rem">固定高度的盒子里放了两行字，字大了就被裁掉</div>
<div style="position: relative; height: 40px; font-size: 1rem"><span style="position: absolute; top: 0">上面一行</span><span style="position: absolute; top: 4px">压住的一行</span></div>
</body></html>`,
    );
    if (!chromium) {
      console.log(
        `Screenshot checks not run: ${CHROMIUM} is absent (apt-get install chromium fonts-noto-cjk). ` +
          'Only the HTML files are checked.',
      );
      return;
    }
    const output = execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts/web-preview/shoot.js'),
        dir,
        '--viewport',
        '--blank',
        '--scales',
        '--axe',
        ...shots.map((state) => state.id),
        FAULTY,
      ],
      { encoding: 'utf8', timeout: 400_000, maxBuffer: 64 * 1024 * 1024 },
    );
    results = (JSON.parse(output) as { results: ShotResult[] }).results;
  }, 420_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(shots.map((state) => [state.id]))('%s: screenshot shows the page as a phone would', (id) => {
    const html = fs.readFileSync(path.join(dir, `${id}.html`), 'utf8');
    expect(html).toContain(`<meta name="preview-state" content="${id}">`);
    if (!chromium) {
      expect(html.length).toBeGreaterThan(10_000);
      return;
    }
    const result = results.find((candidate) => candidate.id === id);
    expect(result).toBeDefined();
    const png = fs.readFileSync(path.join(dir, `${id}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(result!.bytes).toBeGreaterThan(result!.blankBytes * 3);
    expect(result!.hasText).toBe(true);
    expect({ scrollWidth: result!.scrollWidth, offenders: result!.offenders }).toEqual({
      scrollWidth: 375,
      offenders: [],
    });
    if (get(id).vant.length > 0) expect(result!.vant.length).toBeGreaterThan(0);
    expect(result!.vant.filter((check) => !check.ok)).toEqual([]);
    expect(result!.cjkOk).toBe(true);
  });

  it('catches low contrast, text cut off and text drawn over text', () => {
    if (!chromium) return;
    const faulty = results.find((candidate) => candidate.id === FAULTY)!;
    const atStandard = faulty.scales[0]!;
    const contrast = atStandard.axe.violations.find((violation) => violation.id === 'color-contrast');
    expect(contrast?.impact).toBe('serious');
    expect(contrast?.nodes[0]?.summary).toMatch(/contrast of 2\.\d+/);
    expect(atStandard.clipped.join('\n')).toContain('固定高度的盒子');
    expect(atStandard.overlaps.join('\n')).toContain('上面一行');
  });

  it.each(shots.map((state) => [state.id]))(
    "%s: text follows WeChat's font size and nothing is cut off, overlaps or fails axe at any size",
    (id) => {
      if (!chromium) return;
      const result = results.find((candidate) => candidate.id === id)!;
      expect(result.scales.map((at) => [at.scale, at.rootFontSize])).toEqual([
        ['1x', '17px'],
        ['1.4x', '23.8px'],
        ['1.5x', '25.5px'],
        ['android-max', '32px'],
      ]);
      // the text really grew: the page's content reaches further down at 1.5× than at 1.0×
      expect(result.scales[2]!.contentHeight).toBeGreaterThan(result.scales[0]!.contentHeight * 1.2);
      for (const at of result.scales) {
        const serious = at.axe.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
          );
        expect({
          scale: at.scale,
          scrollWidth: at.scrollWidth,
          offenders: at.offenders,
          clipped: at.clipped,
          overlaps: at.overlaps,
          serious,
        }).toEqual({
          scale: at.scale,
          scrollWidth: 375,
          offenders: [],
          clipped: [],
          overlaps: [],
          serious: [],
        });
        expect(at.axe.passes).toBeGreaterThan(10);
      }
    },
  );
});
