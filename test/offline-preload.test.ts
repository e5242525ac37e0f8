/**
 * Offline is a promise: whichever page someone lands on first (home, or a shared card, Moments post or code that
 * opens a guide section, a tool, the checklist), every other subpackage is downloaded then, on any network
 * (WeChat's default preloads only on Wi-Fi, and a traveller on roaming data must still get everything), so later,
 * with no data at all, every page still opens. The pages that must open even if no preload ever finished
 * (emergency numbers, the show-the-cashier cards) are in the main package.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MINIPROGRAM_ROOT } from './helpers/page';

interface AppJson {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  preloadRule: Record<string, { network?: string; packages: string[] }>;
}

const app = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as AppJson;
const roots = app.subPackages.map((sub) => sub.root);
const allPages = [
  ...app.pages,
  ...app.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
];

/** The subpackage a page is in, or undefined for the main package. */
function packageOf(page: string): string | undefined {
  return roots.find((root) => page.startsWith(`${root}/`));
}

/** Subpackages a first open of this page leaves on the phone (its own, downloaded to open it, plus its preloads). */
function downloadedAfterOpening(page: string): string[] {
  const own = packageOf(page);
  const rule = app.preloadRule[page];
  const preloaded = rule && rule.network === 'all' ? rule.packages : [];
  return [...new Set([...(own ? [own] : []), ...preloaded])].sort();
}

describe('every page opens offline once the app has been opened anywhere', () => {
  it('home preloads every subpackage on any network (the issue’s rule)', () => {
    expect(app.preloadRule['pages/home/index']).toEqual({ network: 'all', packages: roots });
  });

  it.each(allPages)('a first open of %s leaves every subpackage on the phone', (page) => {
    expect(downloadedAfterOpening(page)).toEqual([...roots].sort());
  });

  it('never preloads a page’s own package or one that does not exist (WeChat rejects both at upload)', () => {
    for (const [page, rule] of Object.entries(app.preloadRule)) {
      expect(allPages).toContain(page);
      expect(rule.packages).not.toContain(packageOf(page));
      for (const root of rule.packages) expect(roots).toContain(root);
    }
  });

  it('keeps the emergency numbers and the cashier cards in the main package', () => {
    expect(app.pages).toEqual(expect.arrayContaining(['pages/emergency/index', 'pages/cashier/index']));
  });
});
