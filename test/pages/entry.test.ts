/**
 * Every good way into the app, through the real pages: shared cards, Mini Program codes (`scene`) and normal
 * QR links (`q`), for every page, section and checklist stage; and sharing back out from every page.
 * Broken links: entry-broken.test.ts. Moments: moments.test.ts.
 */
import { contentStore } from '../../content-check/store';
import { buildQrLink, PAGE_NAMES, targetPath, type EntryTarget } from '../../miniprogram/services/entry-link';
import { buildScene, shareableTargets } from '../../scripts/lib/entry-codes';
import { PROGRESS_KEY } from '../../miniprogram/services/checklist-progress';
import { expectReplaced, expectShows, landingOf, queryOf, SINGLE_PAGE_NOTICE } from '../helpers/entry';
import { fakeWx } from '../helpers/fake-wx';
import { openPage } from '../helpers/page';

const named = shareableTargets().map((target) => [targetPath(target), target] as const);
/** One target per kind of link, for the checks that repeat a page load per target. */
const sample: EntryTarget[] = [
  { page: 'home' },
  { page: 'guide', section: 'paying-in-mexico' },
  { page: 'checklist' },
  { page: 'checklist', group: 'when-paying' },
  { page: 'sources' },
];

describe('entry from a shared card', () => {
  it.each(named)('%s opens what was shared', (path, target) => {
    const page = openPage(target.page, queryOf(path));
    expectShows(page, landingOf(target));
    expect(fakeWx.toasts).toEqual([]);
    expect(fakeWx.navigations).toEqual([]);
    expect(page.text()).not.toContain(SINGLE_PAGE_NOTICE);
  });
});

describe('entry from a Mini Program code (scene)', () => {
  it.each(named)('%s: its code opens it on its own page', (_path, target) => {
    const page = openPage(target.page, { scene: encodeURIComponent(buildScene(target)) });
    expectShows(page, landingOf(target));
    expect(fakeWx.navigations).toEqual([]);
    expect(fakeWx.toasts).toEqual([]);
  });

  it.each(sample.map((target) => [targetPath(target), target]))(
    '%s: its code opened on home is passed on',
    (path, target) => {
      const page = openPage('home', { scene: encodeURIComponent(buildScene(target)) });
      // Home loads nothing while WeChat replaces it (the page that opens is checked where its code opens it).
      if (target.page === 'home') expectShows(page, { page: 'home' });
      else expectReplaced(page);
      expect(fakeWx.redirects).toEqual(target.page === 'home' ? [] : [path]);
      expect(fakeWx.toasts).toEqual([]);
    },
  );

  it('a code for the checklist opened on the guide moves there', () => {
    const page = openPage('guide', { scene: 'c.send' });
    expectReplaced(page);
    expect(fakeWx.redirects).toEqual(['/pages/checklist/index?group=sending-home']);
  });
});

describe('entry from a normal QR link (q)', () => {
  // Every target's link round-trips in entry-link.test.ts; through the page, one per kind of target.
  it.each(sample.map((target) => [targetPath(target), target]))(
    '%s: its link, opened on home, is passed on',
    (path, target) => {
      const q = encodeURIComponent(buildQrLink(target, 'https://guide.example.com/mp'));
      const home = openPage('home', { q, scancode_time: '1764000000' });
      if (target.page === 'home') expectShows(home, { page: 'home' });
      else expectReplaced(home);
      expect(fakeWx.redirects).toEqual(target.page === 'home' ? [] : [path]);
      expect(fakeWx.toasts).toEqual([]);
    },
  );

  it('a link whose rule opens the right page shows it directly', () => {
    const target = { page: 'guide', section: 'line-register' } as const;
    const page = openPage('guide', { q: encodeURIComponent(buildQrLink(target)), scancode_time: '1' });
    expectShows(page, landingOf(target));
    expect(fakeWx.navigations).toEqual([]);
  });
});

describe('sharing from every page', () => {
  it.each(PAGE_NAMES.map((name) => [name]))(
    '%s shares a path and a query that open the same view',
    (name) => {
      fakeWx.storage.set(PROGRESS_KEY, { version: 1, ticked: { [contentStore.checklistItems[0]!.id]: 1 } });
      const page = openPage(name);
      const share = page.instance.onShareAppMessage!() as { title: string; path: string };
      const timeline = page.instance.onShareTimeline!() as { title: string; query: string };
      expect(share.title.length).toBeGreaterThan(4);
      expect(timeline.title.length).toBeGreaterThan(4);
      expect(share.path.startsWith('/pages/')).toBe(true);
      // The Moments query is exactly the query part of the shared path.
      expect(timeline.query).toBe(share.path.includes('?') ? share.path.split('?')[1] : '');
      fakeWx.reset();
      const reopened = openPage(name, queryOf(share.path));
      expectShows(reopened, {
        page: name,
        value: name === 'guide' ? String(page.instance.data.sectionId) : undefined,
      });
      expect(fakeWx.toasts).toEqual([]);
    },
  );
});
