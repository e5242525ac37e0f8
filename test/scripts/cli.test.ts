/**
 * `npm run preview`, `npm run upload` and `npm run codes` run as a person runs them. Preview and upload need
 * WeChat's servers, unreachable here: the tests check that they refuse cleanly before any work, never that
 * they succeed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SCENE_MAX_LENGTH, targetPath } from '../../miniprogram/services/entry-link';
import { buildScene, shareableTargets } from '../../scripts/lib/entry-codes';
import { runScript } from '../helpers/run-script';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-guide-cli-'));
const keyFile = path.join(dir, 'private.key');
fs.writeFileSync(keyFile, 'placeholder');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Anything that would mean work started: miniprogram-ci or the npm build. */
const WORK = ['miniprogram-ci', './lib/pack-npm'];

describe.each([
  ['preview', 'scripts/preview.js', [] as string[]],
  ['upload', 'scripts/upload.js', ['--desc', 'test']],
])('npm run %s', (action, script, args) => {
  it('without credentials stops before any work, naming what to set', () => {
    const run = runScript(script, args, {}, WORK);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Cannot ${action}`);
    expect(run.stderr).toContain('MP_APPID');
    expect(run.stderr).toContain('MP_PRIVATE_KEY_PATH');
    expect(run.stdout).toBe('');
    expect(run.loaded).toEqual([]);
  });

  it('with a missing key file stops before any work, naming the file', () => {
    const missing = path.join(dir, 'missing.key');
    const run = runScript(
      script,
      args,
      { MP_APPID: 'wx0123456789abcdef', MP_PRIVATE_KEY_PATH: missing },
      WORK,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`MP_PRIVATE_KEY_PATH points to ${missing}, which does not exist`);
    expect(run.stderr).not.toContain('MP_APPID is not set');
    expect(run.loaded).toEqual([]);
  });

  it('refuses bad arguments with usage, before looking at credentials', () => {
    const run = runScript(
      script,
      ['--bogus'],
      { MP_APPID: 'wx0123456789abcdef', MP_PRIVATE_KEY_PATH: keyFile },
      WORK,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option --bogus');
    expect(run.stderr).toContain('Usage:');
    expect(run.loaded).toEqual([]);
  });

  it('prints help', () => {
    const run = runScript(script, ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage:');
  });
});

describe('npm run preview deep links', () => {
  it('refuses an unknown target through the entry-link service', () => {
    const run = runScript('scripts/preview.js', ['--target', 'guide:nope'], {}, WORK);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown section "nope"');
    expect(run.stderr).toContain('paying-in-mexico');
    expect(run.loaded).toEqual([]);
  });
});

describe('npm run codes', () => {
  it('lists every target with its page, scene and share path, and checks them', () => {
    const run = runScript('scripts/codes.js');
    expect(run.status).toBe(0);
    for (const target of shareableTargets()) {
      const line = run.stdout.split('\n').find((text) => text.includes(` ${buildScene(target)} `));
      expect(line).toContain(targetPath(target));
    }
    expect(run.stdout).toContain('✓ Checked');
    expect(run.stdout).toContain('getUnlimited');
  });

  it('prints JSON an owner can feed to wxacode.getUnlimited', () => {
    const run = runScript('scripts/codes.js', ['--json', '--link-base', 'https://guide.example.com/mp']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as {
      scene: string;
      page: string;
      sharePath: string;
      qrLink: string;
    }[];
    expect(rows).toHaveLength(shareableTargets().length);
    for (const row of rows) {
      expect(row.scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
      expect(row.scene).toMatch(/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/);
      expect(row.page).toMatch(/^pages\/(?:tools\/)?[a-z-]+\/index$/);
      expect(row.sharePath.startsWith(`/${row.page}`)).toBe(true);
      expect(row.qrLink.startsWith('https://guide.example.com/mp?to=')).toBe(true);
    }
  });

  it('fails clearly, with a non-zero exit, for a bad target', () => {
    const run = runScript('scripts/codes.js', ['--target', 'guide:nope']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Unknown section "nope"');
    expect(run.stdout).toBe('');
  });
});
