/**
 * WeChat puts `aria-*` attributes (including its own `aria-role`) of built-in components such as `view` and
 * `text` into the accessibility tree. miniprogram-simulate's renderer (j-component) drops every attribute it
 * does not know, so neither tests nor the browser preview would see them. This keeps them, on built-in
 * components only (DOM tags `wx-…`): on a custom component's tag WeChat drops them too, unless the component
 * declares and forwards them (vant's button with `aria-label`), which its own template then shows.
 *
 * Patches the very j-component module instance simulate renders through; safe to call more than once.
 */
import { createRequire } from 'module';
import * as path from 'path';

interface Attribute {
  name: string;
  value: unknown;
}
interface VirtualTree {
  attrs?: Attribute[];
  children?: VirtualTree[];
  exparserNode?: { $$?: Element | null };
}
interface RenderModule {
  updateAttrs(node: { $$?: Element | null }, attrs: Attribute[]): void;
  renderExparserNode(options: VirtualTree, host: unknown, shadowRoot: unknown): unknown;
  __keepsAria?: boolean;
}

const nodeRequire = createRequire(__filename);

function applyAria(element: Element | null | undefined, attrs: readonly Attribute[] | undefined): void {
  if (!element || !attrs || typeof element.tagName !== 'string') return;
  if (!element.tagName.toLowerCase().startsWith('wx-')) return;
  for (const { name: given, value } of attrs) {
    // the compiled template hands attributes over camel-cased (`ariaRole`)
    const name = given.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    if (!name.startsWith('aria-')) continue;
    if (value === undefined || value === null) {
      element.removeAttribute(name);
    } else {
      element.setAttribute(name, String(value));
    }
  }
}

function applyTree(tree: VirtualTree): void {
  applyAria(tree.exparserNode?.$$, tree.attrs);
  for (const child of tree.children ?? []) applyTree(child);
}

export function keepAria(): void {
  const simulateDir = path.dirname(nodeRequire.resolve('miniprogram-simulate'));
  const jComponentDir = path.dirname(nodeRequire.resolve('j-component', { paths: [simulateDir] }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the exact instance simulate renders with
  const render = require(path.join(jComponentDir, 'src', 'render', 'render')) as RenderModule;
  if (render.__keepsAria) return;
  const { updateAttrs, renderExparserNode } = render;
  render.updateAttrs = (node, attrs) => {
    updateAttrs(node, attrs);
    applyAria(node.$$, attrs);
  };
  render.renderExparserNode = (options, host, shadowRoot) => {
    const node = renderExparserNode(options, host, shadowRoot);
    applyTree(options);
    return node;
  };
  render.__keepsAria = true;
}
