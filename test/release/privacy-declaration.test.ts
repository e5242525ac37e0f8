/**
 * The 用户隐私保护指引 declaration (privacy/declaration.json) and the code agree: every privacy-scoped API,
 * `open-type` and component the Mini Program uses (miniprogram_npm included) is declared, and nothing is
 * declared that no code uses. WeChat disables an undeclared one outright (errno 112).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  appFiles,
  checkPrivacy,
  compareDeclaration,
  findScopedUses,
  readDeclaration,
} from '../../scripts/lib/privacy-scan';
import { PRIVACY_SCOPES, REVIEWED_LIBRARY_USES, SOURCE } from '../../scripts/lib/privacy-scopes';
import { privacyText } from '../../scripts/privacy';
import { MINIPROGRAM_ROOT } from '../helpers/page';

const README = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
const clipboardOnly = readDeclaration();
const file = (name: string, text: string) => ({ file: path.join(MINIPROGRAM_ROOT, name), text });

describe('privacy declaration', () => {
  it('is in step with the app: everything used is declared, nothing declared is unused', () => {
    const { uses, problems } = checkPrivacy();
    expect(problems).toEqual([]);
    expect(new Set(uses.map((use) => use.key))).toEqual(new Set(['Clipboard']));
  });

  it('scans the whole package, miniprogram_npm and templates included', () => {
    const files = appFiles().map((name) => path.relative(MINIPROGRAM_ROOT, name));
    expect(files).toContain('services/clipboard.ts');
    expect(files.some((name) => name.startsWith('miniprogram_npm/@vant/weapp/button/'))).toBe(true);
    expect(files.some((name) => name.endsWith('.wxml'))).toBe(true);
  });

  it.each([
    [
      'a scoped API call',
      file('pages/x/index.ts', 'wx.saveImageToPhotosAlbum({ filePath })'),
      'AlbumWriteOnly',
    ],
    ['a bracketed API', file('pages/x/index.ts', "wx['getLocation']({})"), 'Location'],
    ['an authorize scope', file('pages/x/index.ts', "wx.authorize({ scope: 'scope.camera' })"), 'Camera'],
    ['an open-type', file('pages/x/index.wxml', '<button open-type="getPhoneNumber">'), 'PhoneNumber'],
    [
      'a combined open-type',
      file('pages/x/index.wxml', '<button open-type="chooseAvatar|agreePrivacyAuthorization">'),
      'UserInfo',
    ],
    ['a vant open-type prop', file('pages/x/index.wxml', '<van-button open-type="getUserInfo">'), 'UserInfo'],
    [
      'an openType in script',
      file('components/y/index.js', "data: { openType: 'getPhoneNumber' }"),
      'PhoneNumber',
    ],
    ['a scoped component', file('pages/x/index.wxml', '<camera device-position="back"/>'), 'Camera'],
    ['a nickname input', file('pages/x/index.wxml', '<input type="nickname" />'), 'UserInfo'],
    ['library code', file('miniprogram_npm/lib/index.js', 'wx.chooseMedia({})'), 'Album'],
  ])('fails for an undeclared scope used through %s', (_how, source, key) => {
    const uses = findScopedUses([source]);
    expect(uses.map((use) => use.key)).toContain(key);
    const problems = compareDeclaration(uses, clipboardOnly);
    expect(problems.join('\n')).toContain(`(${key}) without declaring it`);
  });

  it('does not count words that only look like scoped APIs', () => {
    const uses = findScopedUses([
      file('pages/x/index.ts', 'const setClipboardDataLater = 1; // getLocation is not called'),
      file('pages/x/index.wxml', '<button open-type="share">分享</button>'),
    ]);
    expect(uses).toEqual([]);
  });

  it('fails for a declared scope nothing uses, an unknown key, a wrong name or no purpose', () => {
    const declaration = {
      storage: '',
      scopes: [
        ...clipboardOnly.scopes,
        { key: 'Location', info: '位置信息', purpose: '推荐附近' },
        { key: 'Telepathy', info: '心灵感应', purpose: 'x' },
        { key: 'Email', info: '电子邮件', purpose: ' ' },
      ],
    };
    const uses = findScopedUses([file('services/clipboard.ts', 'wx.setClipboardData({ data })')]);
    const problems = compareDeclaration(uses, declaration).join('\n');
    expect(problems).toContain('declares 位置信息 (Location), which no code uses');
    expect(problems).toContain('"Telepathy", which is not one of');
    expect(problems).toContain('"Email" must be named "邮箱"');
    expect(problems).toContain('"Email" needs a purpose');
  });

  it('keeps one list of scopes, from WeChat’s documentation, with unique keys and APIs', () => {
    expect(SOURCE).toMatch(
      /^https:\/\/developers\.weixin\.qq\.com\/miniprogram\/dev\/framework\/user-privacy\//,
    );
    const keys = PRIVACY_SCOPES.map((scope) => scope.key);
    expect(new Set(keys).size).toBe(keys.length);
    const apis = PRIVACY_SCOPES.flatMap((scope) => scope.apis);
    expect(new Set(apis).size).toBe(apis.length);
    expect(PRIVACY_SCOPES.find((scope) => scope.key === 'Clipboard')!.apis).toEqual([
      'setClipboardData',
      'getClipboardData',
    ]);
    for (const reviewed of REVIEWED_LIBRARY_USES) expect(reviewed.reason.length).toBeGreaterThan(20);
  });

  it('prints the text for the admin console, and the README says the same', () => {
    const text = privacyText(clipboardOnly);
    expect(text).toContain('剪切板');
    expect(text).toContain(clipboardOnly.scopes[0]!.purpose);
    const start = README.indexOf('### Privacy declaration');
    expect(start).toBeGreaterThan(-1);
    const section = README.slice(start, README.indexOf('\n## ', start));
    for (const scope of clipboardOnly.scopes) {
      expect(section).toContain(scope.info);
      expect(section).toContain(scope.purpose);
    }
    expect(section).toContain('npm run privacy');
  });
});
