/**
 * The minimum base library (config/release.ts) holds: every page in app.json (subpackages included, so pages
 * added later are covered) opens with a `wx` that has only what that version has, built from the
 * "需要基础库" notes in miniprogram-api-typings; templates and app.json use no component attribute or key newer
 * than it; newer APIs in the app's code are guarded; and the minimum is exactly the newest thing relied on.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MIN_BASE_LIBRARY } from '../miniprogram/config/release';
import {
  APP_JSON_FEATURES,
  COMPONENT_FEATURES,
  RELIED_ON,
  apiVersions,
  compareVersions,
} from '../scripts/lib/base-library';
import { MINIPROGRAM_ROOT, openPage } from './helpers/page';

const API_VERSIONS = apiVersions();
const newer = (since: string) => compareVersions(since, MIN_BASE_LIBRARY) > 0;
const appJson = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
} & Record<string, unknown>;

/** Every page route in app.json, main package first, then subpackages. */
function appPages(): string[] {
  const subpackages = [...(appJson.subpackages ?? []), ...(appJson.subPackages ?? [])];
  return [
    ...appJson.pages,
    ...subpackages.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root.replace(/\/$/, '')}/${page}`)),
  ];
}

function appSources(dir = MINIPROGRAM_ROOT, ext = /\.ts$/): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'miniprogram_npm') return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appSources(full, ext);
    return ext.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `wx.canIUse` as the old base library answers it: APIs by the typings, components by the hand-kept list. */
function canIUseAt(schema: string): boolean {
  const api = API_VERSIONS.get(schema.split('.')[0]!);
  if (api !== undefined && !schema.includes('.')) return !newer(api);
  const component = COMPONENT_FEATURES.find((feature) => feature.feature === schema);
  if (component) return !newer(component.since);
  return api !== undefined && !newer(api);
}

describe(`on the minimum base library ${MIN_BASE_LIBRARY}`, () => {
  const globalWx = wx as unknown as Record<string, unknown>;
  const removed = new Map<string, unknown>();

  beforeAll(() => {
    for (const key of Object.keys(globalWx)) {
      const since = API_VERSIONS.get(key);
      if (since !== undefined && newer(since)) {
        removed.set(key, globalWx[key]);
        delete globalWx[key];
      }
    }
    removed.set('canIUse', globalWx.canIUse);
    globalWx.canIUse = canIUseAt;
    const systemInfo = globalWx.getSystemInfoSync as () => Record<string, unknown>;
    removed.set('getSystemInfoSync', systemInfo);
    globalWx.getSystemInfoSync = () => ({ ...systemInfo(), SDKVersion: MIN_BASE_LIBRARY });
  });

  afterAll(() => {
    for (const [key, value] of removed) {
      if (value === undefined) delete globalWx[key];
      else globalWx[key] = value;
    }
  });

  it('the wx double has only what that version has', () => {
    expect(API_VERSIONS.get('showShareImageMenu')).toBe('2.14.3');
    expect(API_VERSIONS.get('onNeedPrivacyAuthorization')).toBe('2.32.3');
    for (const key of Object.keys(globalWx)) {
      const since = API_VERSIONS.get(key);
      if (since !== undefined) expect([key, newer(since)]).toEqual([key, false]);
    }
    expect(wx.canIUse('onNeedPrivacyAuthorization')).toBe(false);
    expect(wx.canIUse('showShareImageMenu')).toBe(true);
    expect(wx.canIUse('canvas.type.2d')).toBe(true);
  });

  it.each(appPages())('opens %s and renders its text', (route) => {
    const name = path.relative(
      path.join(MINIPROGRAM_ROOT, 'pages'),
      path.join(MINIPROGRAM_ROOT, route, '..'),
    );
    const page = openPage(name);
    expect(page.text().length).toBeGreaterThan(20);
  });
});

describe('the minimum base library', () => {
  it('is the newest thing the app relies on without a guard', () => {
    const needs = [
      ...RELIED_ON.apis.map((api) => [api, API_VERSIONS.get(api)!] as const),
      ...RELIED_ON.components.map(
        (name) => [name, COMPONENT_FEATURES.find((feature) => feature.feature === name)!.since] as const,
      ),
      ...RELIED_ON.appJson.map(
        (key) => [key, APP_JSON_FEATURES.find((feature) => feature.key === key)!.since] as const,
      ),
    ];
    for (const [name, since] of needs)
      expect([name, since]).toEqual([name, expect.stringMatching(/^\d+\.\d+\.\d+$/)]);
    const newest = needs.reduce((max, [, since]) => (compareVersions(since, max) > 0 ? since : max), '1.0.0');
    expect(MIN_BASE_LIBRARY).toBe(newest);
  });

  it('the app code guards every API newer than it', () => {
    const unguarded: string[] = [];
    for (const file of appSources()) {
      // Code only: a comment may name an API the code does not call.
      const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
      for (const match of text.matchAll(/\bwx\.(\w+)/g)) {
        const api = match[1]!;
        const since = API_VERSIONS.get(api);
        if (since === undefined || !newer(since)) continue;
        const guarded = new RegExp(
          `canIUse\\(\\s*['"\`]${api}\\b|typeof wx\\.${api}\\b|['"\`]${api}['"\`] in wx|wx\\.${api}\\s*(?:\\?|&&|!==?|===?)`,
        ).test(text);
        if (!guarded) unguarded.push(`${path.relative(MINIPROGRAM_ROOT, file)}: wx.${api} needs ${since}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('templates and app.json use no component attribute or key newer than it', () => {
    const problems: string[] = [];
    for (const file of appSources(MINIPROGRAM_ROOT, /\.wxml$/)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const feature of COMPONENT_FEATURES.filter((candidate) => newer(candidate.since))) {
        const attr = feature.attr
          ? `[^>]*\\b${feature.attr}${feature.value ? `\\s*=\\s*["'][^"']*\\b${feature.value}\\b` : '\\b'}`
          : '';
        if (new RegExp(`<${feature.tag}\\b${attr}`).test(text))
          problems.push(
            `${path.relative(MINIPROGRAM_ROOT, file)}: ${feature.feature} needs ${feature.since}`,
          );
      }
    }
    for (const feature of APP_JSON_FEATURES) {
      const harmless =
        feature.sameWhenIgnored !== undefined && appJson[feature.key] === feature.sameWhenIgnored;
      if (feature.key in appJson && newer(feature.since) && !harmless)
        problems.push(`app.json ${feature.key} needs ${feature.since}`);
    }
    expect(problems).toEqual([]);
  });
});
