/**
 * Loads a page or component of the real app through miniprogram-simulate with WeChat's official WXML compiler,
 * resolving vant from the built miniprogram_npm (as WeChat does after "构建 npm").
 */
import * as path from 'path';
import simulate from 'miniprogram-simulate';
import { vantOverrides } from '../../scripts/lib/vant-overrides';
import { PAGES, isPageName } from '../../miniprogram/services/entry-link';
import { keepAria } from '../../scripts/web-preview/keep-aria';

// WeChat reads aria-* on built-in components; simulate's renderer would drop them (see keep-aria).
keepAria();

export const MINIPROGRAM_ROOT = path.resolve(__dirname, '../../miniprogram');

const overrides = vantOverrides(MINIPROGRAM_ROOT);

/** What `onLoad` receives; `unknown` values let tests send what WeChat never should (arrays, numbers). */
export type PageQuery = Record<string, unknown>;

export interface LoadedPage {
  /** simulate's id for the loaded page definition (see `reopenPage`). */
  id: string;
  component: ReturnType<typeof simulate.render>;
  /** The page's script instance: call `onLoad`, `onShow`, share handlers. */
  instance: Record<string, (...args: unknown[]) => unknown> & {
    data: Record<string, unknown>;
    setData: (data: Record<string, unknown>) => void;
  };
  /** Text as a person reads it (whitespace folded). */
  text(): string;
  root: Element;
}

export interface OpenPageHooks {
  /** Runs after the first render with the initial data, before `onLoad` (e.g. to record setData calls). */
  beforeLoad?: (page: LoadedPage) => void;
}

/** A page's folder under pages/: its name in the page table (`pay` → `tools/pay`) or the folder itself. */
function pageFolder(name: string): string {
  return isPageName(name) ? PAGES[name].path.replace(/^\/pages\//, '').replace(/\/index$/, '') : name;
}

/**
 * Loads `pages/<name>/index` fresh (a new module registry, like a cold start of the app), renders it and runs
 * `onLoad(query)` and `onShow()` as WeChat would.
 */
export function openPage(name: string, query: PageQuery = {}, hooks: OpenPageHooks = {}): LoadedPage {
  jest.resetModules();
  const id = simulate.load(path.join(MINIPROGRAM_ROOT, 'pages', pageFolder(name), 'index'), {
    rootPath: MINIPROGRAM_ROOT,
    usingComponents: overrides,
  });
  return renderPage(id, query, hooks);
}

/**
 * Opens another page in the same run of the app (no cold start: the services' in-memory state is shared with
 * the pages already open), runs `onLoad(query)` and `onShow()`. Components an earlier page of this run already
 * loaded render empty in it (simulate registers a component once per module registry), so check the page's own
 * template or its data.
 */
export function openAnotherPage(name: string, query: PageQuery = {}, hooks: OpenPageHooks = {}): LoadedPage {
  const id = simulate.load(path.join(MINIPROGRAM_ROOT, 'pages', name, 'index'), {
    rootPath: MINIPROGRAM_ROOT,
    usingComponents: overrides,
  });
  return renderPage(id, query, hooks);
}

/**
 * Opens an already loaded page again in the same run of the app (a warm open: modules, and so the services'
 * in-memory state, are kept), runs `onLoad(query)` and `onShow()`.
 */
export function reopenPage(page: LoadedPage, query: PageQuery = {}, hooks: OpenPageHooks = {}): LoadedPage {
  return renderPage(page.id, query, hooks);
}

function renderPage(id: string, query: PageQuery, hooks: OpenPageHooks): LoadedPage {
  const component = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  component.attach(parent);
  const instance = component.instance as unknown as LoadedPage['instance'];
  const root = component.dom as unknown as Element;
  const page: LoadedPage = {
    id,
    component,
    instance,
    root,
    text: () => (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
  hooks.beforeLoad?.(page);
  instance.onLoad?.(query);
  instance.onShow?.();
  return page;
}

type SimulatedNode = NonNullable<ReturnType<LoadedPage['component']['querySelector']>>;

/** All nodes matching a selector (class or id) inside the page's own template. */
export function findAll(page: LoadedPage, selector: string): SimulatedNode[] {
  return page.component.querySelectorAll(selector);
}

/** The one node whose visible text contains `text` among those matching `selector`. */
export function findByText(page: LoadedPage, selector: string, text: string): SimulatedNode {
  const match = findAll(page, selector).find((node) => (node.dom?.textContent ?? '').includes(text));
  if (!match) throw new Error(`No ${selector} shows "${text}"`);
  return match;
}

/**
 * Fires an event as a person's tap would and waits for the handlers (simulate delivers events asynchronously;
 * vant turns a tap into `click` or `change` one step later).
 */
export async function fire(node: SimulatedNode, eventName = 'tap', detail?: unknown): Promise<void> {
  node.dispatchEvent(eventName, detail === undefined ? {} : { detail });
  await simulate.sleep(0);
  await simulate.sleep(0);
}

/** Taps the first node matching `selector`. */
export async function tap(page: LoadedPage, selector: string): Promise<void> {
  const target = page.component.querySelector(selector);
  if (!target) throw new Error(`Nothing matches ${selector}`);
  await fire(target);
}
