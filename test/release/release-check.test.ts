/**
 * `npm run release:check`'s logic (the command itself fails on today's defaults, so it is not run here), and
 * the one place the version lives.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MIN_BASE_LIBRARY, SHARE_LINK_BASE } from '../../miniprogram/config/release';
import { parseUploadArgs } from '../../scripts/lib/ci-options';
import {
  evaluateRelease,
  parseReport,
  REVIEW_NOTES,
  type ReleaseFacts,
} from '../../scripts/lib/release-check';
import { packageVersion, versionModuleSource, writeVersionModule } from '../../scripts/lib/version';

const ready: ReleaseFacts = {
  appid: 'wx0123456789abcdef',
  privacyProblems: [],
  linkBase: '',
  linkBaseValid: false,
  version: '1.2.3',
  generatedVersion: '1.2.3',
  desc: '首版',
  quality: { passed: 11, total: 11 },
  budgetsOk: true,
  minBaseLibrary: MIN_BASE_LIBRARY,
};
const failing = (facts: Partial<ReleaseFacts>) =>
  evaluateRelease({ ...ready, ...facts })
    .checks.filter((check) => !check.ok)
    .map((check) => `${check.name}: ${check.detail}`);

describe('release check', () => {
  it('passes when everything local is ready', () => {
    const result = evaluateRelease(ready);
    expect(result.checks.filter((check) => !check.ok)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('fails on today’s defaults: touristappid and no description', () => {
    expect(failing({ appid: 'touristappid', desc: undefined })).toEqual([
      expect.stringContaining('AppID: project.config.json has "touristappid"'),
      expect.stringContaining('description: give what this version changes'),
    ]);
  });

  it.each<[string, Partial<ReleaseFacts>, RegExp]>([
    ['a malformed AppID', { appid: 'wx123' }, /AppID: "wx123" is not an AppID/],
    [
      'privacy out of step',
      { privacyProblems: ['declares 位置信息 (Location), which no code uses'] },
      /Location/,
    ],
    ['a malformed link base', { linkBase: 'http://x.cn/mp', linkBaseValid: false }, /must look like https/],
    ['a bad version', { version: '1.0', generatedVersion: '1.0' }, /must look like 1\.0\.1/],
    ['a stale generated version', { generatedVersion: '1.2.2' }, /run npm start/],
    ['a long description', { desc: 'x'.repeat(201) }, /longer than 200/],
    ['a failed quality check', { quality: { passed: 10, total: 11 } }, /10\/11/],
    ['a scan that did not run', { quality: undefined }, /did not run/],
    ['a package over budget', { budgetsOk: false }, /over budget/],
  ])('fails for %s', (_what, facts, message) => {
    const problems = failing(facts);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('lists what is left for the admin console', () => {
    const manual = evaluateRelease(ready).manual.join('\n');
    expect(manual).toContain(`基础库最低版本设置 → ${MIN_BASE_LIBRARY}`);
    expect(manual).toContain('npm run privacy');
    expect(manual).toMatch(/旅游 → 旅游攻略.*不对个人主体开放/);
    expect(manual).toContain('品牌词');
    expect(manual).toContain('ICP 备案');
    expect(manual).toContain(REVIEW_NOTES);
    expect(REVIEW_NOTES).toMatch(/加密货币只作为风险提醒/);
    expect(REVIEW_NOTES).toMatch(/不提供任何金融服务/);
    expect(REVIEW_NOTES).toMatch(/没有外部链接/);
    expect(manual).toContain('分享二维码不显示');
    const withQr = evaluateRelease({
      ...ready,
      linkBase: 'https://guide.example.cn/mp',
      linkBaseValid: true,
    });
    expect(withQr.manual.join('\n')).toMatch(/前缀 https:\/\/guide\.example\.cn\/mp.*校验文件.*5 个测试链接/);
  });

  it('reads the report summary', () => {
    expect(
      parseReport('Code quality scan (miniprogram-ci checkCodeQuality): 11/11 pass\nBudgets\n  ✓ upload', 0),
    ).toEqual({
      quality: { passed: 11, total: 11 },
      budgetsOk: true,
    });
    expect(parseReport('Code quality scan (x): 10/11 pass\nBudgets\n  ✗ upload package 300 KB', 1)).toEqual({
      quality: { passed: 10, total: 11 },
      budgetsOk: false,
    });
    expect(parseReport('Report failed: offline compile broke', 1)).toEqual({
      quality: undefined,
      budgetsOk: undefined,
    });
  });

  it('ships with the share QR code hidden', () => {
    expect(SHARE_LINK_BASE).toBe('');
  });
});

describe('version: one place', () => {
  it('generates the app constant from package.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'version-'));
    const file = path.join(dir, 'generated', 'version.ts');
    try {
      expect(writeVersionModule(file, '2.0.1')).toBe('2.0.1');
      expect(fs.readFileSync(file, 'utf8')).toBe(versionModuleSource('2.0.1'));
      expect(versionModuleSource('2.0.1')).toContain("export const APP_VERSION = '2.0.1';");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the generated module holds package.json’s version', async () => {
    const { APP_VERSION } = await import('../../miniprogram/generated/version');
    expect(APP_VERSION).toBe(packageVersion());
  });

  it('upload takes package.json’s version and refuses another', () => {
    expect(parseUploadArgs(['--desc', '首版'], '1.4.0')).toMatchObject({ version: '1.4.0', desc: '首版' });
    expect(parseUploadArgs(['--version', '1.4.0', '--desc', '首版'], '1.4.0')).toMatchObject({
      version: '1.4.0',
    });
    expect(() => parseUploadArgs(['--version', '1.5.0', '--desc', '首版'], '1.4.0')).toThrow(
      /differs from package.json's 1\.4\.0.*npm version 1\.5\.0/,
    );
  });
});
