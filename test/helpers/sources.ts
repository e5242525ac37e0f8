/**
 * The app's own template and style sources, parsed just enough for static rules (tap targets, labels,
 * colours, fixed heights): WXML into an element tree, WXSS into rules. Not a general parser: it reads the
 * well-formed files this app writes, and says so when it meets something it does not handle.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MINIPROGRAM_ROOT } from './page';

export interface WxmlElement {
  tag: string;
  attributes: Map<string, string>;
  children: WxmlNode[];
}
export type WxmlNode = WxmlElement | { text: string };

export const isElement = (node: WxmlNode): node is WxmlElement => 'tag' in node;

export function parseWxml(source: string): WxmlElement {
  const root: WxmlElement = { tag: '#root', attributes: new Map(), children: [] };
  const stack: WxmlElement[] = [root];
  const cleaned = source.replace(/<!--[\s\S]*?-->/g, '');
  const tokens = /<(\/?)([A-Za-z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>|([^<]+)/g;
  for (const [, closing, tag, attributeText = '', selfClosing, text] of cleaned.matchAll(tokens)) {
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (text.trim()) parent.children.push({ text });
    } else if (closing) {
      while (stack.length > 1 && stack.pop()!.tag !== tag);
    } else {
      const attributes = new Map<string, string>();
      for (const match of attributeText.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g)) {
        attributes.set(match[1]!, match[2] ?? match[3] ?? '');
      }
      const element: WxmlElement = { tag: tag!, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  return root;
}

export function* walkElements(element: WxmlElement): Generator<WxmlElement> {
  for (const child of element.children) {
    if (isElement(child)) {
      yield child;
      yield* walkElements(child);
    }
  }
}

/** The visible text inside an element (mustaches count: they render text). */
export function textInside(element: WxmlElement): string {
  return element.children
    .map((child) => (isElement(child) ? (child.tag === 'wxs' ? '' : textInside(child)) : child.text))
    .join('')
    .trim();
}

export interface WxssRule {
  selectors: string[];
  declarations: [property: string, value: string][];
  /** The enclosing @media condition, if any. */
  media?: string;
}

export function parseWxss(source: string): WxssRule[] {
  const rules: WxssRule[] = [];
  const cleaned = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const parseBlock = (block: string, media?: string) => {
    let index = 0;
    while (index < block.length) {
      const open = block.indexOf('{', index);
      if (open < 0) break;
      const prelude = block.slice(index, open).trim();
      // Find the matching close brace (one level of nesting: @media).
      let depth = 1;
      let close = open + 1;
      while (close < block.length && depth > 0) {
        if (block[close] === '{') depth += 1;
        else if (block[close] === '}') depth -= 1;
        close += 1;
      }
      const body = block.slice(open + 1, close - 1);
      if (prelude.startsWith('@media')) parseBlock(body, prelude.replace(/^@media\s*/, ''));
      else if (prelude.startsWith('@')) {
        // @import, @font-face, @keyframes: no rules of ours to check.
      } else {
        const declarations = body
          .split(';')
          .map((declaration) => declaration.trim())
          .filter(Boolean)
          .map((declaration): [string, string] => {
            const colon = declaration.indexOf(':');
            return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
          });
        rules.push({ selectors: prelude.split(',').map((selector) => selector.trim()), declarations, media });
      }
      index = close;
    }
  };
  parseBlock(cleaned.replace(/@import[^;]*;/g, ''));
  return rules;
}

/** Own files with this extension under miniprogram/ (miniprogram_npm left out), relative paths. */
export function ownFiles(extension: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(extension)) found.push(path.relative(MINIPROGRAM_ROOT, full));
    }
  };
  walk(MINIPROGRAM_ROOT);
  return found.sort();
}

export const readSource = (relative: string) =>
  fs.readFileSync(path.join(MINIPROGRAM_ROOT, relative), 'utf8');

/** npm components reachable from the app's JSON files, as directories under miniprogram/ (e.g. vant's cell). */
export function usedNpmComponents(): string[] {
  const found = new Set<string>();
  const visit = (componentDir: string) => {
    if (found.has(componentDir)) return;
    found.add(componentDir);
    const json = JSON.parse(
      fs.readFileSync(path.join(MINIPROGRAM_ROOT, componentDir, 'index.json'), 'utf8'),
    ) as {
      usingComponents?: Record<string, string>;
    };
    for (const target of Object.values(json.usingComponents ?? {})) {
      visit(
        path.relative(MINIPROGRAM_ROOT, path.dirname(path.resolve(MINIPROGRAM_ROOT, componentDir, target))),
      );
    }
  };
  for (const file of ownFiles('.json')) {
    const json = JSON.parse(readSource(file)) as { usingComponents?: Record<string, string> };
    for (const target of Object.values(json.usingComponents ?? {})) {
      if (!target.startsWith('/') && !target.startsWith('.'))
        visit(path.dirname(`miniprogram_npm/${target}`));
    }
  }
  return [...found].sort();
}
