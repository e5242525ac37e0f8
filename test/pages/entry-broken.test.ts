/**
 * Every broken way into the app, through the real pages: the person lands on the closest sensible page (the
 * section's page, else home), sees real content and one short toast naming what happened. Nothing throws.
 */
import { defaultTarget, targetPath } from '../../miniprogram/services/entry-link';
import { REDIRECT_FAILED_TOAST } from '../../miniprogram/services/navigation';
import { BAD_LINKS } from '../helpers/bad-links';
import { expectReplaced, expectShows } from '../helpers/entry';
import { fakeWx } from '../helpers/fake-wx';
import { openPage } from '../helpers/page';

describe('entry from a broken link', () => {
  it.each(BAD_LINKS.map((bad) => [bad.name, bad]))('%s lands somewhere sensible with a toast', (_n, bad) => {
    const page = openPage(bad.page, bad.query);
    expect(fakeWx.toasts).toEqual([bad.toast]);
    if (bad.lands.page === bad.page) {
      expectShows(page, bad.lands);
      expect(fakeWx.navigations).toEqual([]);
    } else {
      // The page opened loads nothing while WeChat replaces it with the closest sensible one
      // (entry.test.ts opens every such path and checks what it shows).
      expectReplaced(page);
      expect(fakeWx.redirects).toEqual([targetPath(defaultTarget(bad.lands.page))]);
    }
  });

  it('stays on the page with a toast when WeChat refuses the redirect', () => {
    fakeWx.failNavigation('redirectTo:fail page stack is busy');
    const page = openPage('home', { scene: 'g.pay' });
    expectShows(page, { page: 'home' });
    expect(fakeWx.navigations).toEqual([]);
    expect(fakeWx.toasts).toEqual([REDIRECT_FAILED_TOAST]);
  });

  it("shows a broken link's notice only once the page it moves to is open", () => {
    fakeWx.failNavigation('redirectTo:fail page stack is busy');
    openPage('home', { scene: 'g.nope' });
    expect(fakeWx.toasts).toEqual([REDIRECT_FAILED_TOAST]);
  });
});
