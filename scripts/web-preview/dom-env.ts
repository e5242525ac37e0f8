/**
 * miniprogram-simulate renders into a DOM. Under jest that DOM is jest-environment-jsdom's; the `preview:web`
 * command runs in plain Node, so it makes the same jsdom (the copy jest-environment-jsdom depends on) and puts
 * its window on the global object the way jest's environment does. Must run before miniprogram-simulate loads.
 */
import { createRequire } from 'module';
import * as path from 'path';

type JsdomModule = {
  JSDOM: new (
    html: string,
    options: { pretendToBeVisual: boolean; url: string },
  ) => { window: Record<string, unknown> & { document: unknown } };
};

/** Globals Node defines too, which must be jsdom's so that DOM calls accept them. */
const NODE_TWINS = new Set(['Event', 'CustomEvent', 'EventTarget', 'navigator']);

export function installDom(): void {
  const globals = globalThis as unknown as Record<string, unknown>;
  if (typeof globals.document === 'object') return;
  const nodeRequire = createRequire(__filename);
  const jsdomPath = nodeRequire.resolve('jsdom', {
    paths: [path.dirname(nodeRequire.resolve('jest-environment-jsdom'))],
  });
  const { JSDOM } = nodeRequire(jsdomPath) as JsdomModule;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://localhost/',
  });
  const window = dom.window;
  globals.window = window;
  globals.document = window.document;
  for (const key of Object.getOwnPropertyNames(window)) {
    // Node has its own Event classes; the DOM only accepts jsdom's
    if (key in globals && !NODE_TWINS.has(key)) continue;
    try {
      globals[key] = window[key];
    } catch {
      // a few window properties are getters that refuse to be copied; nothing the renderer needs
    }
  }
  globals.getApp ??= () => ({ globalData: {} });
  globals.getCurrentPages ??= () => [];
}
