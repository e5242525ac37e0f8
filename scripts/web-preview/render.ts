/**
 * Renders a page of the app, in a given state, to a self-contained HTML document laid out as WeChat would:
 * miniprogram-simulate with WeChat's official WXML compiler builds the DOM, the WXSS (app.wxss, the page's,
 * every component's, vant's) is compiled with the class prefixes simulate gives each component, rpx becomes px
 * by WeChat's rule for a 375-wide phone, and WeChat's built-in component defaults and navigation bar are added.
 *
 * Runs under jest (jest-environment-jsdom) and in plain Node (`preview:web`, after dom-env's installDom()).
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import simulate from 'miniprogram-simulate';
import { vantOverrides } from '../lib/vant-overrides';
import { keepAria } from './keep-aria';
import { MINIPROGRAM_ROOT, type PreviewPageHandle, type PreviewState } from './states';
import { PHONE, WECHAT_BASE_CSS, convertRpx } from './wechat-styles';

/* The very module objects simulate calls through (resolved from simulate itself, so under jest they come from
 * the same module registry): their rpx converters are swapped for WeChat's rule while a page renders. */
interface SimulateUtils {
  transformRpx(style: string): string;
  runJs(file: string): void;
}
interface SimulateWxss {
  getContent(file: string): string;
  compile(wxss: string, options: { prefix: string }): string;
}
interface ComponentDefinition {
  tagName?: string;
  path?: string;
  options?: { addGlobalClass?: boolean; styleIsolation?: string };
}
interface JComponent {
  register(definition: ComponentDefinition): string;
}
interface JComponentUtils {
  transformRpx(style: string, keep?: boolean): string;
}

/** Node's resolver and module cache (the global `require` is typed as WeChat's, which has neither). */
const nodeRequire = createRequire(__filename);
const simulateDir = path.dirname(nodeRequire.resolve('miniprogram-simulate'));
const jComponentDir = path.dirname(nodeRequire.resolve('j-component', { paths: [simulateDir] }));
/* eslint-disable @typescript-eslint/no-require-imports -- these internals have no types and must be the
   exact module instances simulate uses */
const simulateUtils = require(path.join(simulateDir, 'src', 'utils')) as SimulateUtils;
const simulateWxss = require(path.join(simulateDir, 'src', 'wxss')) as SimulateWxss;
const jComponent = require(jComponentDir) as JComponent;
const jComponentUtils = require(path.join(jComponentDir, 'src', 'tool', 'utils')) as JComponentUtils;
/* eslint-enable @typescript-eslint/no-require-imports */

const underJest = typeof jest !== 'undefined';

keepAria();

/**
 * Roles the platform gives WeChat's built-in components on its own (its <button> is read as a button), so the
 * preview's `wx-button` carries it as axe would find it on a phone.
 */
const BUILT_IN_ROLES: Record<string, string> = { 'wx-button': 'button' };

/**
 * WeChat reads `aria-role` where the web reads `role`: copy it over, and give built-in components their
 * platform role, so axe-core sees the roles a screen reader would announce.
 */
export function exposeRoles(root: Element): void {
  for (const element of root.querySelectorAll('[aria-role]')) {
    element.setAttribute('role', element.getAttribute('aria-role') ?? '');
    element.removeAttribute('aria-role'); // not an ARIA attribute on the web: axe would flag it
  }
  for (const [tag, role] of Object.entries(BUILT_IN_ROLES)) {
    for (const element of root.querySelectorAll(tag))
      if (!element.hasAttribute('role')) element.setAttribute('role', role);
  }
}

/**
 * Whether the page opens with `<page-meta root-font-size="system">` (its rem follow WeChat's font size) and
 * `page-font-size="system"` (its page text does): read from the source, as simulate drops page-meta's attributes.
 */
export function systemFontOf(route: string): { root: boolean; page: boolean } {
  const source = fs
    .readFileSync(path.join(MINIPROGRAM_ROOT, `${route}.wxml`), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '');
  const meta = /^\s*<page-meta\b([^>]*)>/.exec(source)?.[1] ?? '';
  return {
    root: /\broot-font-size\s*=\s*"system"/.test(meta),
    page: /\bpage-font-size\s*=\s*"system"/.test(meta),
  };
}

interface ThemeJson {
  light?: Record<string, string>;
  dark?: Record<string, string>;
}
interface WindowJson {
  navigationBarTitleText?: string;
  navigationBarBackgroundColor?: string;
  navigationBarTextStyle?: string;
  navigationStyle?: string;
  backgroundColor?: string;
  usingComponents?: Record<string, string>;
}

const readJson = <T>(file: string): T | undefined =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : undefined;

/** A cold start: the page's script and everything it imports (content, services) load anew. */
function freshModules(): void {
  if (underJest) {
    jest.resetModules();
    return;
  }
  const npmDir = `${path.sep}miniprogram_npm${path.sep}`;
  for (const key of Object.keys(nodeRequire.cache)) {
    if (key.startsWith(MINIPROGRAM_ROOT + path.sep) && !key.includes(npmDir)) delete nodeRequire.cache[key];
  }
}

/** In plain Node `require('x/index')` would find index.json before index.ts; pick the script explicitly. */
function runScript(file: string): void {
  const script = [`${file}.ts`, `${file}.js`].find((candidate) => fs.existsSync(candidate)) ?? file;
  nodeRequire(script);
  delete nodeRequire.cache[nodeRequire.resolve(script)];
}

interface Registered {
  tagName: string;
  path: string;
  /** The component takes app.wxss and page styles (addGlobalClass / styleIsolation apply-shared, shared). */
  shared: boolean;
}

/** Swaps simulate's 1rpx = 1px for WeChat's rule and records every component simulate registers. */
function patchSimulate(registered: Registered[]): () => void {
  const saved = {
    simulateRpx: simulateUtils.transformRpx,
    runJs: simulateUtils.runJs,
    jRpx: jComponentUtils.transformRpx,
    register: jComponent.register,
  };
  simulateUtils.transformRpx = (style) => convertRpx(style);
  jComponentUtils.transformRpx = (style) => convertRpx(style);
  if (!underJest) simulateUtils.runJs = runScript;
  jComponent.register = (definition) => {
    const options = definition.options ?? {};
    registered.push({
      tagName: definition.tagName ?? '',
      path: definition.path ?? '',
      shared:
        options.addGlobalClass === true ||
        options.styleIsolation === 'apply-shared' ||
        options.styleIsolation === 'shared',
    });
    return saved.register.call(jComponent, definition);
  };
  return () => {
    simulateUtils.transformRpx = saved.simulateRpx;
    simulateUtils.runJs = saved.runJs;
    jComponentUtils.transformRpx = saved.jRpx;
    jComponent.register = saved.register;
  };
}

interface Callbacks {
  success?: (result: unknown) => void;
  fail?: (error: { errMsg: string }) => void;
  complete?: () => void;
}

const settle = (options: Callbacks | undefined, result: unknown) => {
  options?.success?.(result);
  options?.complete?.();
};
const clone = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

export interface CapturedCalls {
  title?: string;
  toasts: string[];
  modals: string[];
  navigations: string[];
  warnings: string[];
  /** Canvases the page asked for (`<canvas type="2d">` nodes), by selector, with what it drew. */
  canvases: PreviewCanvas[];
}

/** A 2D canvas node as the page gets it; records the rectangles it fills (all the share QR code draws). */
interface PreviewCanvas {
  selector: string;
  width: number;
  height: number;
  fills: { color: string; x: number; y: number; width: number; height: number }[];
  /** A call this double does not replay (text, paths): the canvas is then left as WeChat's empty box. */
  unsupported?: string;
}

function previewCanvas(selector: string): PreviewCanvas & { getContext(kind: string): unknown } {
  const canvas: PreviewCanvas = { selector, width: 300, height: 150, fills: [] };
  const ctx = new Proxy({ fillStyle: '#000000' } as Record<string | symbol, unknown>, {
    get(target, name) {
      if (name === 'fillRect')
        return (x: number, y: number, width: number, height: number) =>
          canvas.fills.push({ color: String(target.fillStyle), x, y, width, height });
      if (name in target) return target[name];
      return () => {
        canvas.unsupported ??= String(name);
        return { width: 0 };
      };
    },
  });
  return Object.assign(canvas, { getContext: () => ctx });
}

/**
 * Draws what each canvas recorded into its `<wx-canvas>` as an inline SVG, scaled to the canvas's CSS box:
 * the preview shows the share QR code the page drew (an HTML file has no canvas state to keep).
 */
function paintCanvases(root: Element, canvases: PreviewCanvas[]): void {
  for (const canvas of canvases) {
    // simulate drops `id` from built-in components: a page's only canvas is the one it asked for.
    const all = root.querySelectorAll('wx-canvas');
    const element = root.querySelector(canvas.selector) ?? (all.length === 1 ? all[0] : null);
    if (!element || canvas.unsupported || canvas.fills.length === 0) continue;
    const rects = canvas.fills
      .map(
        (fill) =>
          `<rect x="${fill.x}" y="${fill.y}" width="${fill.width}" height="${fill.height}" fill="${escapeHtml(fill.color)}"/>`,
      )
      .join('');
    element.innerHTML =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${canvas.width} ${canvas.height}" ` +
      `width="100%" height="100%" shape-rendering="crispEdges" aria-hidden="true" style="display: block">${rects}</svg>`;
  }
}

/**
 * The share QR code (面对面分享) is hidden while `SHARE_LINK_BASE` is empty, as the app ships: a state that shows
 * it sets `linkBase`, and the page's modules see that value for this render only.
 */
function useLinkBase(base: string | undefined): () => void {
  if (base === undefined) return () => undefined;
  const file = path.join(MINIPROGRAM_ROOT, 'config', 'release.ts');
  if (underJest) {
    const actual = jest.requireActual<object>(file);
    jest.doMock(file, () => ({ ...actual, SHARE_LINK_BASE: base }));
    return () => void jest.dontMock(file);
  }
  const resolved = nodeRequire.resolve(file);
  const actual = { ...(nodeRequire(resolved) as object) };
  nodeRequire.cache[resolved]!.exports = { ...actual, SHARE_LINK_BASE: base };
  return () => void delete nodeRequire.cache[resolved];
}

/** The phone the page believes it runs on, with its own storage; returns a function that puts `wx` back. */
function installPreviewWx(state: PreviewState, calls: CapturedCalls): () => void {
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  const original: Record<string, unknown> = { ...wx };
  const storage = new Map<string, unknown>(
    Object.entries(state.storage ?? {}).map(([key, value]) => [key, clone(value)]),
  );
  const theme = state.dark ? 'dark' : 'light';
  const windowHeight = PHONE.height - PHONE.statusBarHeight - PHONE.navigationBarHeight;
  const screen = {
    pixelRatio: PHONE.pixelRatio,
    screenWidth: PHONE.width,
    screenHeight: PHONE.height,
    windowWidth: PHONE.width,
    windowHeight,
    statusBarHeight: PHONE.statusBarHeight,
    safeArea: { left: 0, right: PHONE.width, top: 44, bottom: 778, width: PHONE.width, height: 734 },
    screenTop: PHONE.statusBarHeight + PHONE.navigationBarHeight,
  };
  const call = (name: string) => original[name] as (() => Record<string, unknown>) | undefined;
  /** simulate's own query (vant measures with it), but a `<canvas>` selector gets a recording canvas node. */
  const createSelectorQuery = () => {
    let query = call('createSelectorQuery')?.() as
      Record<string, (...args: unknown[]) => unknown> | undefined;
    const wrapper: Record<string, unknown> = {
      in: (context: unknown) => {
        query = query?.in?.(context) as typeof query;
        return wrapper;
      },
      select: (selector: string) =>
        /canvas/.test(selector)
          ? {
              fields: () => ({
                exec: (callback?: (results: unknown[]) => void) => {
                  const canvas = previewCanvas(selector);
                  calls.canvases.push(canvas);
                  callback?.([{ node: canvas, width: PHONE.width, height: PHONE.width }]);
                },
              }),
            }
          : query?.select?.(selector),
      selectAll: (selector: string) => query?.selectAll?.(selector),
      selectViewport: () => query?.selectViewport?.(),
      exec: (callback?: unknown) => query?.exec?.(callback),
    };
    return wrapper;
  };
  const navigate = (options: { url: string } & Callbacks) => {
    calls.navigations.push(options.url);
    settle(options, { errMsg: 'navigateTo:ok' });
  };
  Object.assign(wx, {
    getStorageSync: (key: string) => (storage.has(key) ? clone(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, clone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 1, limitSize: 10240 }),
    getStorage: (options: { key: string } & Callbacks) =>
      storage.has(options.key)
        ? settle(options, { data: clone(storage.get(options.key)) })
        : (options.fail?.({ errMsg: 'getStorage:fail data not found' }), options.complete?.()),
    setStorage: (options: { key: string; data: unknown } & Callbacks) => {
      storage.set(options.key, clone(options.data));
      settle(options, { errMsg: 'setStorage:ok' });
    },
    removeStorage: (options: { key: string } & Callbacks) => {
      storage.delete(options.key);
      settle(options, { errMsg: 'removeStorage:ok' });
    },
    showToast: (options: { title: string }) => void calls.toasts.push(options.title),
    showModal: (options: { title: string } & Callbacks) => {
      calls.modals.push(options.title);
      settle(options, { confirm: false, cancel: true });
    },
    setNavigationBarTitle: (options: { title: string }) => {
      calls.title = options.title;
    },
    navigateTo: navigate,
    redirectTo: navigate,
    reLaunch: navigate,
    switchTab: navigate,
    navigateBack: (options?: Callbacks) => settle(options, { errMsg: 'navigateBack:ok' }),
    pageScrollTo: (options?: Callbacks) => settle(options, { errMsg: 'pageScrollTo:ok' }),
    setClipboardData: (options: Callbacks) => settle(options, { errMsg: 'setClipboardData:ok' }),
    makePhoneCall: (options: Callbacks) => settle(options, { errMsg: 'makePhoneCall:ok' }),
    getSystemInfoSync: () => ({ ...call('getSystemInfoSync')?.(), ...screen, theme }),
    getWindowInfo: () => ({ ...screen }),
    getAppBaseInfo: () => ({ ...call('getAppBaseInfo')?.(), theme }),
    getMenuButtonBoundingClientRect: () => ({
      width: 87,
      height: 32,
      top: 50,
      right: 368,
      bottom: 82,
      left: 281,
    }),
    onThemeChange: () => undefined,
    offThemeChange: () => undefined,
    createSelectorQuery,
  });
  if (state.moments) {
    // Moments' single-page mode, as WeChat reports it (services/launch-mode.ts reads either).
    const moments = () => ({ scene: 1154, path: state.route, query: { ...state.query } });
    Object.assign(wx, { getEnterOptionsSync: moments, getLaunchOptionsSync: moments });
  }
  return () => {
    for (const key of Object.keys(wx)) if (!(key in original)) delete wx[key];
    Object.assign(wx, original);
  };
}

export interface NavigationBar {
  /** False for `navigationStyle: custom` pages, which draw their own. */
  shown: boolean;
  title: string;
  background: string;
  /** `white` or `black`, as WeChat names the title colour. */
  textStyle: string;
}

export interface RenderedPage {
  state: PreviewState;
  /** The page's markup (what goes inside `<page>`). */
  markup: string;
  /** All styles the page needs, compiled and rpx-converted, without the WeChat defaults. */
  css: string;
  navigation: NavigationBar;
  /** The window colour behind the page (app.json `backgroundColor`, themed). */
  windowBackground: string;
  /** What a person reads, whitespace folded. */
  text: string;
  /** The page's <page-meta> makes its rem (root) and its page text (page) follow WeChat's font size. */
  systemFont: { root: boolean; page: boolean };
  /** vant components present in the page: the tag the page uses and vant's component name (`cell`, `tag`…). */
  vant: { tag: string; component: string }[];
  calls: CapturedCalls;
  milliseconds: number;
}

/** Resolves `@name` values of app.json/page json against theme.json for the state's theme. */
function themed(value: string | undefined, theme: Record<string, string>): string | undefined {
  if (value === undefined || !value.startsWith('@')) return value;
  return theme[value.slice(1)];
}

function navigationFor(
  state: PreviewState,
  title: string | undefined,
): { bar: NavigationBar; window: string } {
  const app = readJson<{ window?: WindowJson; themeLocation?: string }>(
    path.join(MINIPROGRAM_ROOT, 'app.json'),
  );
  const page = readJson<WindowJson>(path.join(MINIPROGRAM_ROOT, `${state.route}.json`)) ?? {};
  const themeJson = app?.themeLocation
    ? (readJson<ThemeJson>(path.join(MINIPROGRAM_ROOT, app.themeLocation)) ?? {})
    : {};
  const theme = (state.dark ? themeJson.dark : themeJson.light) ?? {};
  const merged: WindowJson = { ...app?.window, ...page };
  return {
    bar: {
      shown: merged.navigationStyle !== 'custom',
      title: title ?? merged.navigationBarTitleText ?? '',
      background: themed(merged.navigationBarBackgroundColor, theme) ?? '#000000',
      textStyle: themed(merged.navigationBarTextStyle, theme) ?? 'white',
    },
    window: themed(merged.backgroundColor, theme) ?? '#ffffff',
  };
}

/** app.wxss and the page's WXSS as they reach a component of the given tag (same prefixing as simulate). */
function sharedCss(route: string, tags: readonly string[]): { before: string; after: string } {
  const appWxss = simulateWxss.getContent(path.join(MINIPROGRAM_ROOT, 'app.wxss'));
  const pageWxss = simulateWxss.getContent(path.join(MINIPROGRAM_ROOT, `${route}.wxss`));
  const compile = (wxss: string, prefix: string) =>
    wxss ? convertRpx(simulateWxss.compile(wxss, { prefix })) : '';
  return {
    before: ['main', ...tags].map((tag) => compile(appWxss, tag)).join('\n'),
    after: tags.map((tag) => compile(pageWxss, tag)).join('\n'),
  };
}

/** Fixes `prefers-color-scheme` to the state's theme, so the file looks the same in any browser. */
export function fixColorScheme(css: string, dark: boolean): string {
  return css.replace(/\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)/gi, (_match, scheme: string) =>
    (scheme.toLowerCase() === 'dark') === dark ? '(min-width: 0px)' : '(max-width: 0px)',
  );
}

/**
 * vant components that measure themselves at run time (SelectorQuery) get zero-sized boxes from jsdom. The one
 * the app uses is van-progress: its pivot ("53%") is placed from its own measured width. Place it as vant would
 * with real widths (left edge at portion end − pivot width × percentage), in CSS terms, so it stays on the bar.
 */
function placeProgressPivots(root: Element): void {
  for (const pivot of root.querySelectorAll<HTMLElement>('[class*="--van-progress__pivot"]')) {
    const portion = pivot.parentElement;
    const percentage = portion ? parseFloat(portion.style.width) || 0 : 0;
    pivot.style.removeProperty('right');
    pivot.style.left = '100%';
    pivot.style.transform = `translate(-${percentage}%, -50%)`;
  }
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

interface SimulatedNode {
  dispatchEvent(name: string, options: { detail?: unknown }): void;
  dom?: Element;
}
interface SimulatedComponent {
  instance: PreviewPageHandle['instance'] & Record<string, unknown>;
  dom: Element;
  attach(parent: Element): void;
  detach(): void;
  querySelectorAll(selector: string): SimulatedNode[];
}

async function settleEvents(): Promise<void> {
  await simulate.sleep(0);
  await simulate.sleep(0);
}

/** Renders one state of one page; never leaves `wx`, simulate or the document changed. */
export async function renderState(state: PreviewState): Promise<RenderedPage> {
  const started = Date.now();
  const calls: CapturedCalls = { toasts: [], modals: [], navigations: [], warnings: [], canvases: [] };
  const registered: Registered[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.includes('WXMLRT')) calls.warnings.push(message);
    originalWarn(...args);
  };
  freshModules();
  const restoreLinkBase = useLinkBase(state.linkBase);
  const restoreWx = installPreviewWx(state, calls);
  const restoreSimulate = patchSimulate(registered);
  const parent = document.createElement('parent-wrapper');
  let component: SimulatedComponent | undefined;
  let styleElement: Element | null = null;
  try {
    const id = simulate.load(path.join(MINIPROGRAM_ROOT, state.route), {
      rootPath: MINIPROGRAM_ROOT,
      usingComponents: vantOverrides(MINIPROGRAM_ROOT),
    });
    component = simulate.render(id) as unknown as SimulatedComponent | undefined;
    if (!component)
      throw new Error(`${state.route} did not register a component (does its script call Component()?)`);
    styleElement = document.head.querySelector(`style[id="${id}"]`);
    document.body.appendChild(parent);
    component.attach(parent);
    const page = component;
    const lifecycle = (name: string, ...args: unknown[]) => {
      const method = page.instance[name];
      if (typeof method === 'function') method.apply(page.instance, args);
    };
    lifecycle('onLoad', { ...state.query });
    lifecycle('onShow');
    lifecycle('onReady');
    await settleEvents();
    if (state.act) {
      const pick = (selector: string, index: number) => {
        const node = page.querySelectorAll(selector)[index];
        if (!node) throw new Error(`${state.id}: nothing matches ${selector} (#${index})`);
        return node;
      };
      await state.act({
        instance: page.instance,
        tap: async (selector, index = 0) => {
          pick(selector, index).dispatchEvent('tap', {});
          await settleEvents();
        },
        fire: async (selector, eventName, detail, index = 0) => {
          const node = pick(selector, index);
          node.dispatchEvent(eventName, detail === undefined ? {} : { detail });
          // simulate keeps no `value` on a built-in input: mark what was typed, so the picture shows it.
          const typed = (detail as { value?: unknown } | undefined)?.value;
          if (eventName === 'input' && typeof typed === 'string') node.dom?.setAttribute('data-typed', typed);
          await settleEvents();
        },
      });
      // vant's transitions (popup, overlay) step through animation frames before they settle
      await simulate.sleep(120);
    }

    const root = page.dom;
    placeProgressPivots(root);
    paintCanvases(root, calls.canvases);
    exposeRoles(root);
    const tags = [
      ...new Set(
        registered.filter((entry) => entry.shared && entry.tagName !== 'main').map((entry) => entry.tagName),
      ),
    ];
    const shared = sharedCss(state.route, tags);
    const componentCss = styleElement?.textContent ?? '';
    const css = fixColorScheme(
      // vant's icons are CSS-only in the build (scripts/vant/icon.wxss): the preview draws the real ones
      [shared.before, componentCss, shared.after].filter(Boolean).join('\n'),
      state.dark,
    );
    const vant = new Map<string, string>();
    for (const entry of registered) {
      const match = /\/miniprogram_npm\/@vant\/weapp\/([^/]+)\/index$/.exec(entry.path);
      if (match?.[1] && root.querySelector(entry.tagName) !== null) vant.set(entry.tagName, match[1]);
    }
    const { bar, window } = navigationFor(state, calls.title);
    return {
      state,
      markup: root.innerHTML,
      css,
      navigation: bar,
      windowBackground: window,
      text: fold(root.textContent ?? ''),
      systemFont: systemFontOf(state.route),
      vant: [...vant]
        .map(([tag, component]) => ({ tag, component }))
        .sort((a, b) => a.tag.localeCompare(b.tag)),
      calls,
      milliseconds: Date.now() - started,
    };
  } finally {
    component?.detach();
    parent.remove();
    styleElement?.remove();
    restoreSimulate();
    restoreWx();
    restoreLinkBase();
    console.warn = originalWarn;
  }
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The whole HTML file for a rendered state: WeChat defaults, navigation bar, the page. No external resource. */
export function previewDocument(rendered: RenderedPage): string {
  const { state, navigation } = rendered;
  const textColor = navigation.textStyle === 'white' ? '#ffffff' : '#000000';
  const nav = navigation.shown
    ? `<header class="pv-nav pv-nav--${navigation.textStyle === 'white' ? 'white' : 'black'}" ` +
      `style="background-color: ${escapeHtml(navigation.background)}; color: ${textColor}">` +
      `<div class="pv-nav__status"></div><div class="pv-nav__bar">` +
      `<span class="pv-nav__title">${escapeHtml(navigation.title)}</span>` +
      `<span class="pv-nav__capsule" aria-hidden="true">•••<span class="pv-nav__divider"></span>◎</span>` +
      `</div></header>`
    : '';
  const theme = state.dark ? 'dark' : 'light';
  return `<!doctype html>
<html lang="zh-CN" data-theme="${theme}" data-system-font="${rendered.systemFont.root}" style="color-scheme: ${theme}; background-color: ${escapeHtml(rendered.windowBackground)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=${PHONE.width}, initial-scale=1">
<meta name="preview-state" content="${escapeHtml(state.id)}">
<meta name="preview-route" content="${escapeHtml(state.route)}">
<title>${escapeHtml(state.title)} · ${escapeHtml(state.route)}</title>
<style id="wechat-defaults">${WECHAT_BASE_CSS}</style>
<style id="page-styles">
${rendered.css}
</style>
</head>
<body>
${nav}<page${rendered.systemFont.page ? ' style="font-size: 1rem"' : ''}>${rendered.markup}</page>
</body>
</html>
`;
}
