/**
 * Which data a page's template reads, worked out from the WXML source, so tests can hold the audit's rule
 * "every key sent by setData is used by the template".
 *
 * Data paths are written with `[]` for any array index: `groups[].items[].done`. The template's reads are
 * collected from every `{{ }}` expression (text, attributes, wx:if, wx:key) with wx:for scopes resolved
 * (`item` inside `wx:for="{{group.items}}"` is `groups[].items[]`). A value handed to one of the app's own
 * components is followed into that component's template through its property name; a value handed to a
 * vant component, or read whole, counts as reading everything below it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MINIPROGRAM_ROOT } from './page';

export interface TemplateUsage {
  /** Every data path an expression reads (a read of `a.b` covers all of `a.b`'s contents). */
  reads: Set<string>;
}

const NATIVE_ATTRIBUTES =
  /^(class|style|id|hidden|slot|data-.*|aria-.*|hover-.*|(bind|catch|capture-bind|capture-catch|mut-bind)(:)?.*|wx:.*|generic:.*)$/;
const NOT_DATA = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);

interface Scope {
  /** Alias → data path (`null` for an index alias, which is not data). */
  aliases: Map<string, string | null>;
}

interface Frame {
  tag: string;
  scope: Scope | undefined;
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
  for (const match of source.matchAll(pattern)) attributes.set(match[1]!, match[2] ?? match[3] ?? '');
  return attributes;
}

function mustaches(value: string): string[] {
  return [...value.matchAll(/\{\{([\s\S]*?)\}\}/g)].map((match) => match[1]!);
}

/** `a.b[0].c` chains in an expression, with string literals removed; `[...]` becomes `[]`. */
function chains(expression: string): string[] {
  const code = expression.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '""');
  const found: string[] = [];
  const pattern = /(?<![\w$.\]])([A-Za-z_$][\w$]*)((?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[[^\]]*\])*)(\s*\()?/g;
  for (const match of code.matchAll(pattern)) {
    const [, head, rest = '', call] = match;
    if (NOT_DATA.has(head!)) continue;
    // An object-literal key (`{ key: value }`) is not a read.
    const after = code.slice(match.index! + match[0].length);
    if (/^\s*:/.test(after) && /[{,]\s*$/.test(code.slice(0, match.index!))) continue;
    let chain = head! + rest.replace(/\s+/g, '').replace(/\[[^\]]*\]/g, '[]');
    if (call) chain = chain.replace(/\.[A-Za-z_$][\w$]*$/, ''); // `list.indexOf(x)` reads `list`
    found.push(chain);
  }
  return found;
}

interface Context {
  file: string;
  /** Own components by tag, from the JSON's usingComponents (absolute .wxml path without extension). */
  ownComponents: Map<string, string>;
  wxsModules: Set<string>;
}

function componentContext(file: string): Context {
  const json = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as {
    usingComponents?: Record<string, string>;
  };
  const ownComponents = new Map<string, string>();
  for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
    if (target.startsWith('/')) ownComponents.set(tag, path.join(MINIPROGRAM_ROOT, target));
    else if (target.startsWith('.')) ownComponents.set(tag, path.resolve(path.dirname(file), target));
  }
  return { file, ownComponents, wxsModules: new Set() };
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Reads of `file`.wxml (no extension), with `roots` mapping top-level names to data paths (a component's
 * properties); names not in `roots` are the page's own top-level data keys.
 */
function collect(
  file: string,
  roots: Map<string, string> | undefined,
  reads: Set<string>,
  seen: string[],
): void {
  if (seen.includes(file)) throw new Error(`Components include each other: ${[...seen, file].join(' → ')}`);
  const context = componentContext(file);
  const source = fs.readFileSync(`${file}.wxml`, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const stack: Frame[] = [];

  const resolve = (chain: string): string | undefined => {
    const head = /^[A-Za-z_$][\w$]*/.exec(chain)![0];
    const rest = chain.slice(head.length);
    if (context.wxsModules.has(head)) return undefined;
    for (let index = stack.length - 1; index >= 0; index -= 1) {
      const alias = stack[index]!.scope?.aliases;
      if (alias?.has(head)) {
        const target = alias.get(head);
        return target === null || target === undefined ? undefined : target + rest;
      }
    }
    if (roots) {
      const target = roots.get(head);
      return target === undefined ? undefined : target + rest; // a component's own data: not the page's
    }
    return chain;
  };
  const read = (expression: string) => {
    for (const chain of chains(expression)) {
      const resolved = resolve(chain);
      if (resolved !== undefined && !/\.length$/.test(resolved)) reads.add(resolved);
    }
  };
  const readValue = (value: string) => mustaches(value).forEach(read);

  const tokens = /<(\/?)([A-Za-z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>|([^<]+)/g;
  let inlineWxs = false;
  for (const token of source.matchAll(tokens)) {
    const [, closing, tag, attributeText = '', selfClosing, text] = token;
    if (text !== undefined) {
      if (!inlineWxs) readValue(text);
      continue;
    }
    if (closing) {
      if (tag === 'wxs') inlineWxs = false;
      while (stack.length > 0 && stack.pop()!.tag !== tag);
      continue;
    }
    const attributes = attributesOf(attributeText);
    if (tag === 'wxs') {
      const module = attributes.get('module');
      if (module) context.wxsModules.add(module);
      if (!selfClosing) inlineWxs = true;
      continue;
    }
    if (tag === 'template' || tag === 'include' || tag === 'import') {
      throw new Error(`${file}.wxml uses <${tag}>: teach test/helpers/template-usage.ts to follow it`);
    }

    // wx:for is read in the outer scope; everything else on the element sees the loop's aliases.
    let scope: Scope | undefined;
    const forValue = attributes.get('wx:for') ?? attributes.get('wx:for-items');
    if (forValue !== undefined) {
      const [expression] = mustaches(forValue);
      const chain = expression === undefined ? undefined : chains(expression)[0];
      const list = chain === undefined ? undefined : resolve(chain);
      scope = { aliases: new Map() };
      scope.aliases.set(attributes.get('wx:for-item') ?? 'item', list === undefined ? null : `${list}[]`);
      scope.aliases.set(attributes.get('wx:for-index') ?? 'index', null);
      const key = attributes.get('wx:key');
      if (list !== undefined && key && key !== '*this' && !key.includes('{{')) reads.add(`${list}[].${key}`);
    }
    stack.push({ tag: tag!, scope });

    const own = context.ownComponents.get(tag!);
    const properties = new Map<string, string>();
    for (const [name, value] of attributes) {
      if (name === 'wx:for' || name === 'wx:for-items' || name === 'wx:key') continue;
      if (own && !NATIVE_ATTRIBUTES.test(name)) {
        const [expression] = mustaches(value);
        const chain = expression?.trim();
        if (chain && /^[A-Za-z_$][\w$.[\]]*$/.test(chain)) {
          const resolved = resolve(chains(chain)[0] ?? chain);
          if (resolved !== undefined) properties.set(camel(name), resolved);
          continue;
        }
      }
      readValue(value);
    }
    if (own) collect(own, properties, reads, [...seen, file]);
    if (selfClosing) stack.pop();
  }
}

const cache = new Map<string, TemplateUsage>();

/** What the template of `pages/<name>/index` (and the app's own components in it) reads. */
export function templateUsage(name: string): TemplateUsage {
  const cached = cache.get(name);
  if (cached) return cached;
  const reads = new Set<string>();
  collect(path.join(MINIPROGRAM_ROOT, 'pages', name, 'index'), undefined, reads, []);
  const usage = { reads };
  cache.set(name, usage);
  return usage;
}

/** Leaf paths of a setData payload: `{ 'groups[2].items[0].done': true }` → `groups[].items[].done`. */
export function dataPaths(payload: Record<string, unknown>): string[] {
  const paths = new Set<string>();
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) {
      if (value.length === 0) paths.add(at);
      value.forEach((element) => walk(element, `${at}[]`));
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 0) paths.add(at);
      for (const [key, child] of entries) walk(child, `${at}.${key}`);
    } else {
      paths.add(at);
    }
  };
  for (const [key, value] of Object.entries(payload)) walk(value, key.replace(/\[\d+\]/g, '[]'));
  return [...paths].sort();
}

const within = (inner: string, outer: string) =>
  inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[]`);

/** Paths in `payload` the template never reads (an empty container or null counts if anything below is read). */
export function unusedPaths(name: string, payload: Record<string, unknown>): string[] {
  const { reads } = templateUsage(name);
  return dataPaths(payload).filter(
    (leaf) => ![...reads].some((read) => within(leaf, read) || within(read, leaf)),
  );
}

/*
 * Accessibility attributes that reach the reader.
 *
 * WeChat reads `aria-*` (and `aria-role`, not `role`) on its built-in components (view, text, button…). A
 * custom component (the app's own or vant's) is a different matter: an attribute on its tag reaches the
 * accessibility tree only when the component declares it as a property AND its template puts that property on
 * a native element (vant's button declares `ariaLabel` and writes `aria-label="{{ ariaLabel }}"` on its
 * `<button>`; nothing else in vant forwards anything). Everything else is dropped without a word.
 */

const NODE_MODULES = path.resolve(MINIPROGRAM_ROOT, '..', 'node_modules');

/** `@vant/weapp/button/index` → the package's miniprogram sources (`lib/button/index`), as packNpm copies them. */
function packageComponent(target: string): string | undefined {
  const match = /^((?:@[^/]+\/)?[^/@][^/]*)\/(.+)$/.exec(target);
  if (!match) return undefined;
  const packageDir = path.join(NODE_MODULES, match[1]!);
  const manifest = path.join(packageDir, 'package.json');
  if (!fs.existsSync(manifest)) return undefined;
  const { miniprogram = 'miniprogram_dist' } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    miniprogram?: string;
  };
  return path.join(packageDir, miniprogram, match[2]!);
}

/** Every custom component a template may use, by tag (its own usingComponents and app.json's). */
function customComponents(file: string): Map<string, string> {
  const using: Record<string, string> = {};
  const appJson = path.join(MINIPROGRAM_ROOT, 'app.json');
  for (const json of [appJson, `${file}.json`]) {
    if (!fs.existsSync(json)) continue;
    const parsed = JSON.parse(fs.readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> };
    Object.assign(using, parsed.usingComponents ?? {});
  }
  const found = new Map<string, string>();
  for (const [tag, target] of Object.entries(using)) {
    const resolved = target.startsWith('/')
      ? path.join(MINIPROGRAM_ROOT, target)
      : target.startsWith('.')
        ? path.resolve(path.dirname(file), target)
        : packageComponent(target);
    if (resolved) found.set(tag, resolved);
  }
  return found;
}

/** A component's script and the scripts it requires (vant declares properties in shared mixins). */
function scriptSources(file: string, seen = new Set<string>()): string[] {
  const script = [`${file}.ts`, `${file}.js`].find((candidate) => fs.existsSync(candidate));
  if (!script || seen.has(script)) return [];
  seen.add(script);
  const source = fs.readFileSync(script, 'utf8');
  const required = [...source.matchAll(/(?:require\(|from\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) =>
    path.resolve(path.dirname(script), match[1]!.replace(/\.(js|ts)$/, '')),
  );
  return [source, ...required.flatMap((next) => scriptSources(next, seen))];
}

/** The `aria-*` attributes a component passes on: declared as a property and written onto a native element. */
export function forwardedAria(component: string): Set<string> {
  const forwarded = new Set<string>();
  const wxml = `${component}.wxml`;
  if (!fs.existsSync(wxml)) return forwarded;
  const template = fs.readFileSync(wxml, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const scripts = scriptSources(component).join('\n');
  const nativeTags = customComponents(component);
  for (const tag of template.matchAll(
    /<([A-Za-z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*\/?>/g,
  )) {
    if (nativeTags.has(tag[1]!)) continue; // handed to another custom component: not on a native element
    for (const [name, value] of attributesOf(tag[2] ?? '')) {
      if (!name.startsWith('aria-')) continue;
      const property = camel(name);
      const readsProperty = mustaches(value).some((expression) => expression.trim() === property);
      const declared = new RegExp(`\\b${property}\\s*:`).test(scripts);
      if (readsProperty && declared) forwarded.add(name);
    }
  }
  return forwarded;
}

/**
 * Accessibility attributes in `file`.wxml (no extension) that never reach a screen reader: `aria-*` on a
 * custom component that does not forward it, and `role=` (WeChat reads `aria-role`).
 */
export function droppedAria(file: string): string[] {
  const source = fs.readFileSync(`${file}.wxml`, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const components = customComponents(file);
  const problems: string[] = [];
  const relative = path.relative(MINIPROGRAM_ROOT, file);
  for (const tag of source.matchAll(
    /<([A-Za-z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*\/?>/g,
  )) {
    const name = tag[1]!;
    const attributes = attributesOf(tag[2] ?? '');
    if (attributes.has('role')) {
      problems.push(
        `${relative}: <${name} role="${attributes.get('role')}">: WeChat reads aria-role, not role`,
      );
    }
    const component = components.get(name);
    if (!component) continue;
    const forwarded = forwardedAria(component);
    for (const attribute of attributes.keys()) {
      if (attribute.startsWith('aria-') && !forwarded.has(attribute)) {
        problems.push(
          `${relative}: <${name} ${attribute}>: ${name} does not pass ${attribute} on, so no reader hears it`,
        );
      }
    }
  }
  return problems;
}

/** Every page template and every one of the app's own components, as paths without extension. */
export function allTemplates(): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as {
    pages: string[];
    subpackages?: { root: string; pages: string[] }[];
  };
  const pages = [
    ...app.pages,
    ...(app.subpackages ?? []).flatMap((sub) => sub.pages.map((page) => path.posix.join(sub.root, page))),
  ];
  const componentsDir = path.join(MINIPROGRAM_ROOT, 'components');
  const components = fs.existsSync(componentsDir)
    ? fs.readdirSync(componentsDir).map((name) => path.join('components', name, 'index'))
    : [];
  return [...pages, ...components].map((route) => path.join(MINIPROGRAM_ROOT, route));
}
