/**
 * The app makes no network requests, and a stylesheet can make one behind everyone's back: vant's icon sheet
 * loads a web font from at.alicdn.com. The npm build replaces that sheet with scripts/vant/icon.wxss (CSS-only
 * icons); these checks read every stylesheet that ships, built vant included, and fail on anything that could
 * fetch: url(), @font-face or a web address.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { MINIPROGRAM_ROOT } from './helpers/page';

const NPM_DIR = path.join(MINIPROGRAM_ROOT, 'miniprogram_npm');
const REPO_ROOT = path.resolve(MINIPROGRAM_ROOT, '..');

function wxssUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.wxss')) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/** What in a stylesheet could reach the network: url(…), @font-face, http(s):// or a protocol-relative //host. */
export function networkReferences(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const patterns = [/url\s*\(/gi, /@font-face/gi, /https?:/gi, /(?<![:\w])\/\/[a-z0-9.-]+\.[a-z]{2,}/gi];
  return patterns.flatMap((pattern) => code.match(pattern) ?? []);
}

describe('stylesheets fetch nothing', () => {
  it('recognises what vant’s own icon sheet does', () => {
    const vantIcons = fs.readFileSync(
      path.join(REPO_ROOT, 'node_modules/@vant/weapp/dist/icon/index.wxss'),
      'utf8',
    );
    expect(networkReferences(vantIcons)).toEqual(expect.arrayContaining(['@font-face', 'url(']));
    expect(networkReferences('.a{background:url(x.png)} /* see https://example.com */')).toEqual(['url(']);
    expect(networkReferences('.a{color:red}')).toEqual([]);
  });

  const built = wxssUnder(NPM_DIR);
  it('finds the built vant stylesheets', () => {
    expect(built.length).toBeGreaterThan(5);
  });

  it.each(built.map((file) => [path.relative(MINIPROGRAM_ROOT, file)]))(
    '%s has no url, font or address',
    (file) => {
      expect(networkReferences(fs.readFileSync(path.join(MINIPROGRAM_ROOT, file), 'utf8'))).toEqual([]);
    },
  );

  it.each(
    wxssUnder(MINIPROGRAM_ROOT)
      .filter((file) => !file.startsWith(NPM_DIR))
      .map((file) => [path.relative(MINIPROGRAM_ROOT, file)]),
  )('our %s has no url, font or address', (file) => {
    expect(networkReferences(fs.readFileSync(path.join(MINIPROGRAM_ROOT, file), 'utf8'))).toEqual([]);
  });

  it('ships our CSS icon sheet in place of vant’s, as built from scripts/vant/icon.wxss', () => {
    const ours = fs.readFileSync(path.join(REPO_ROOT, 'scripts/vant/icon.wxss'));
    const shipped = fs.readFileSync(path.join(NPM_DIR, '@vant/weapp/icon/index.wxss'));
    expect(shipped.equals(ours)).toBe(true);
    const stamp = JSON.parse(fs.readFileSync(path.join(NPM_DIR, '.build-stamp'), 'utf8')) as {
      replacements: Record<string, string>;
    };
    expect(stamp.replacements['@vant/weapp/icon/index.wxss']).toBe(
      crypto.createHash('sha256').update(ours).digest('hex'),
    );
  });

  it('draws every icon name the built vant templates give van-icon', () => {
    const css = fs.readFileSync(path.join(REPO_ROOT, 'scripts/vant/icon.wxss'), 'utf8');
    const names = new Set<string>();
    for (const file of fs.readdirSync(path.join(NPM_DIR, '@vant/weapp'))) {
      const wxml = path.join(NPM_DIR, '@vant/weapp', file, 'index.wxml');
      if (!fs.existsSync(wxml)) continue;
      const source = fs.readFileSync(wxml, 'utf8');
      for (const tag of source.match(/<van-icon\b[^>]*>/g) ?? []) {
        const literal = /\bname="([a-z-]+)"/.exec(tag)?.[1];
        if (literal) names.add(literal);
        // cell: name="{{ arrowDirection ? 'arrow' + '-' + arrowDirection : 'arrow' }}"
        if (/'arrow'/.test(tag))
          for (const arrow of ['arrow', 'arrow-left', 'arrow-up', 'arrow-down']) names.add(arrow);
      }
    }
    expect(names.size).toBeGreaterThan(0);
    for (const name of names)
      expect({ name, drawn: css.includes(`.van-icon-${name}:before`) }).toEqual({ name, drawn: true });
  });
});
