/**
 * Every way the app moves between pages points at a page that app.json registers, and every registered page
 * is complete (script, template, style, config) and shareable.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PAGE_PATHS, targetPath } from '../miniprogram/services/entry-link';
import { targetFromDataset } from '../miniprogram/services/navigation';
import { contentStore } from '../content-check/store';
import { MINIPROGRAM_ROOT, openPage } from './helpers/page';
import { appPages } from '../scripts/lib/app-pages';

const appJson = { pages: appPages() };
const registered = new Set(appJson.pages.map((page) => `/${page}`));

function sourceFiles(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'miniprogram_npm') return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full, ext);
    return entry.name.endsWith(ext) ? [full] : [];
  });
}

describe('navigation', () => {
  it('knows only registered pages', () => {
    for (const pagePath of Object.values(PAGE_PATHS)) expect(registered).toContain(pagePath);
  });

  it('builds links that open registered pages', () => {
    const paths = [
      targetPath({ page: 'home' }),
      targetPath({ page: 'checklist' }),
      targetPath({ page: 'sources' }),
      ...contentStore.sections.map((section) => targetPath({ page: 'guide', section: section.id })),
      ...contentStore.checklistGroups.map((group) => targetPath({ page: 'checklist', group: group.id })),
    ];
    for (const link of paths) expect(registered).toContain(link.split('?')[0]);
  });

  it('has no page path spelled out anywhere else in the app', () => {
    const literal = /['"`](\/?pages\/[\w/-]+)/g;
    for (const file of [...sourceFiles(MINIPROGRAM_ROOT, '.ts'), ...sourceFiles(MINIPROGRAM_ROOT, '.wxml')]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(literal)) {
        const target = match[1]!.startsWith('/') ? match[1]! : `/${match[1]}`;
        expect({
          file: path.relative(MINIPROGRAM_ROOT, file),
          target,
          registered: registered.has(target),
        }).toEqual({
          file: path.relative(MINIPROGRAM_ROOT, file),
          target,
          registered: true,
        });
      }
    }
  });

  it.each(appJson.pages.map((page) => [page]))('%s is complete and shareable', (page) => {
    for (const ext of ['.ts', '.wxml', '.wxss', '.json']) {
      expect(fs.existsSync(path.join(MINIPROGRAM_ROOT, `${page}${ext}`))).toBe(true);
    }
    // pages/<name>/index, or pages/tools/<name>/index in the tools subpackage
    const name = page.replace(/^pages\//, '').replace(/\/index$/, '');
    const loaded = openPage(name);
    const share = loaded.instance.onShareAppMessage!() as { title: string; path: string };
    expect(share.title.length).toBeGreaterThan(0);
    expect(registered).toContain(share.path.split('?')[0]);
    const timeline = loaded.instance.onShareTimeline!() as { title: string; query: string };
    expect(typeof timeline.query).toBe('string');
    const config = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, `${page}.json`), 'utf8')) as {
      navigationBarTitleText?: string;
    };
    expect(config.navigationBarTitleText).toBeTruthy();
  });
});

describe('the target a tapped element names (targetFromDataset)', () => {
  it.each([
    [
      { page: 'pay', tab: 'tip' },
      { page: 'pay', tab: 'tip' },
    ],
    [
      { page: 'register', line: 'mx' },
      { page: 'register', line: 'mx' },
    ],
    [
      { page: 'cashier', card: 'the-bill' },
      { page: 'cashier', card: 'the-bill' },
    ],
    [
      { page: 'guide', section: 'line-register', tab: 'atm' },
      { page: 'guide', section: 'line-register' },
    ],
    [
      { page: 'guide', section: '', item: 'mind-atm-fees' },
      { page: 'guide', section: 'unionpay-and-atm' },
    ],
    [
      { page: 'checklist', item: 'mind-atm-fees', group: 'before-leaving' },
      { page: 'checklist', group: 'on-arrival' },
    ],
    [{ page: 'money-home', tab: 'atm' }, { page: 'money-home' }],
  ])('reads only the value the page’s link takes: %j', (dataset, target) => {
    expect(targetFromDataset(dataset)).toEqual(target);
  });

  it.each([
    [{ page: 'pay', tab: 'casino' }, { page: 'pay' }],
    [{ page: 'pay', tab: 7 }, { page: 'pay' }],
    [{ page: 'pay', tab: '' }, { page: 'pay' }],
    [{ page: 'register', line: 'mx-42' }, { page: 'register' }],
    [{ page: 'register', line: '%E0%A4%A' }, { page: 'register' }],
    [{ page: 'cashier', card: 'javascript:alert(1)' }, { page: 'cashier' }],
  ])('opens the tool at its start for a value it does not have: %j', (dataset, target) => {
    expect(targetFromDataset(dataset)).toEqual(target);
  });

  it('leads nowhere from an element that names no page', () => {
    expect(targetFromDataset({ tab: 'atm' })).toBeUndefined();
    expect(targetFromDataset({ page: 'casino', tab: 'atm' })).toBeUndefined();
  });
});
