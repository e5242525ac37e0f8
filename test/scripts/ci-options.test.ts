/**
 * The checks `npm run preview` and `npm run upload` make before any work: credentials and arguments.
 * The real calls need WeChat's servers, which tests cannot reach: they are never faked here.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  checkCredentials,
  parsePreviewArgs,
  parseUploadArgs,
  previewCallOptions,
  projectOptions,
  uploadCallOptions,
  UsageError,
  type PreviewArgs,
  type UploadArgs,
} from '../../scripts/lib/ci-options';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-guide-keys-'));
const keyFile = path.join(dir, 'private.wx0123456789abcdef.key');
fs.writeFileSync(keyFile, '-----BEGIN RSA PRIVATE KEY-----\nnot a real key\n-----END RSA PRIVATE KEY-----\n');
const emptyKey = path.join(dir, 'empty.key');
fs.writeFileSync(emptyKey, '');
const APPID = 'wx0123456789abcdef';

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('credential checks', () => {
  it('accepts an AppID and an existing key file', () => {
    expect(checkCredentials({ MP_APPID: APPID, MP_PRIVATE_KEY_PATH: keyFile })).toEqual({
      ok: true,
      appid: APPID,
      privateKeyPath: keyFile,
    });
  });

  it('names both variables when nothing is set', () => {
    const check = checkCredentials({});
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toContain('MP_APPID is not set');
    expect(check.message).toContain('MP_PRIVATE_KEY_PATH is not set');
    expect(check.message).toContain('小程序代码上传');
    expect(check.message).toContain('Nothing was built or sent.');
  });

  it.each([
    [
      'a missing key file',
      { MP_APPID: APPID, MP_PRIVATE_KEY_PATH: path.join(dir, 'nope.key') },
      'does not exist',
    ],
    ['a directory as key', { MP_APPID: APPID, MP_PRIVATE_KEY_PATH: dir }, 'is not a file'],
    ['an empty key file', { MP_APPID: APPID, MP_PRIVATE_KEY_PATH: emptyKey }, 'is empty'],
    ['the tourist AppID', { MP_APPID: 'touristappid', MP_PRIVATE_KEY_PATH: keyFile }, 'touristappid'],
    ['a malformed AppID', { MP_APPID: 'wx123', MP_PRIVATE_KEY_PATH: keyFile }, 'is not an AppID'],
    ['blank values', { MP_APPID: '  ', MP_PRIVATE_KEY_PATH: keyFile }, 'MP_APPID is not set'],
  ])('refuses %s with a message naming what to set', (_name, env, expected) => {
    const check = checkCredentials(env, undefined, 'upload');
    expect(check).toEqual({ ok: false, message: expect.stringContaining(expected) });
    expect(check.ok ? '' : check.message).toContain('Cannot upload');
  });
});

const context = {
  pages: ['pages/home/index', 'pages/guide/index'],
  resolveTarget: (text: string) => {
    if (text !== 'guide:summary') throw new UsageError(`Unknown target "${text}"`);
    return { pagePath: 'pages/guide/index', searchQuery: 'section=summary' };
  },
  defaultQrOut: '/tmp/out/preview-qr.png',
};

describe('preview arguments', () => {
  it('defaults to the home page and a PNG in .codes', () => {
    expect(parsePreviewArgs([], context)).toEqual({
      help: false,
      qrcodeOutputDest: '/tmp/out/preview-qr.png',
    });
  });

  it('opens a deep link by page and query, or by target', () => {
    expect(
      parsePreviewArgs(
        ['--page', '/pages/guide/index', '--query', '?section=summary', '--scene=1047', '--robot', '3'],
        context,
      ),
    ).toEqual({
      help: false,
      pagePath: 'pages/guide/index',
      searchQuery: 'section=summary',
      scene: 1047,
      robot: 3,
      qrcodeOutputDest: '/tmp/out/preview-qr.png',
    });
    expect(parsePreviewArgs(['--target', 'guide:summary', '--qr-out', 'x.png'], context)).toMatchObject({
      pagePath: 'pages/guide/index',
      searchQuery: 'section=summary',
      qrcodeOutputDest: 'x.png',
    });
  });

  it.each([
    [['--page', 'pages/admin/index'], 'not a page in app.json'],
    [['--query', 'section=summary'], '--query needs --page'],
    [['--page', 'pages/guide/index', '--query', 'section summary'], 'key=value'],
    [['--target', 'guide:summary', '--page', 'pages/home/index'], 'either --target or --page'],
    [['--target', 'guide:nope'], 'Unknown target'],
    [['--scene', '47'], 'scene number'],
    [['--robot', '31'], '--robot must be a number from 1 to 30'],
    [['--qr-out', 'code.jpg'], '.png'],
    [['--page'], '--page needs a value'],
    [['--pages', 'x'], 'Unknown option --pages'],
    [['pages/home/index'], 'Unexpected argument'],
    [['--desc', '   '], '--desc is empty'],
    [['--page', 'pages/home/index', '--page', 'pages/guide/index'], 'given twice'],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePreviewArgs(argv, context)).toThrow(UsageError);
    expect(() => parsePreviewArgs(argv, context)).toThrow(message);
  });

  it('passes WeChat exactly what was asked, saving the QR image', () => {
    const args = parsePreviewArgs(['--target', 'guide:summary', '--scene', '1047'], context) as PreviewArgs;
    const project = { marker: 'project' };
    expect(previewCallOptions(project, args)).toEqual({
      project,
      desc: 'preview from npm run preview',
      setting: { useProjectConfig: true },
      qrcodeFormat: 'image',
      qrcodeOutputDest: '/tmp/out/preview-qr.png',
      pagePath: 'pages/guide/index',
      searchQuery: 'section=summary',
      scene: 1047,
    });
    expect(projectOptions('/repo', { appid: APPID, privateKeyPath: keyFile })).toMatchObject({
      appid: APPID,
      type: 'miniProgram',
      projectPath: '/repo',
      privateKeyPath: keyFile,
    });
  });
});

describe('upload arguments', () => {
  it('needs a version and a description', () => {
    expect(parseUploadArgs(['--version', '1.0.1', '--desc', '首版'])).toEqual({
      help: false,
      version: '1.0.1',
      desc: '首版',
    });
    const args = parseUploadArgs(['--version=2.3.4', '--desc=fix links', '--robot=2']) as UploadArgs;
    expect(uploadCallOptions('p', args)).toEqual({
      project: 'p',
      version: '2.3.4',
      desc: 'fix links',
      robot: 2,
      setting: { useProjectConfig: true },
    });
    expect(parseUploadArgs(['--help'])).toEqual({ help: true });
  });

  it.each([
    [[], '--version is required'],
    [['--version', '1.0', '--desc', 'x'], 'three numbers'],
    [['--version', 'v1.0.0', '--desc', 'x'], 'three numbers'],
    [['--version', '1.0.0'], '--desc is required'],
    [['--version', '1.0.0', '--desc', 'x'.repeat(201)], 'longer than 200'],
    [['--version', '1.0.0', '--desc', 'x', '--page', 'p'], 'Unknown option --page'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseUploadArgs(argv)).toThrow(message);
  });
});
