/**
 * The one way every page reads what it was opened with (`onLoad(query)`): a Mini Program code's `scene`, a QR
 * link's `q`, a shared card's or Moments' page query. A link meant for another page is passed on with
 * `wx.redirectTo`; a broken link lands on the closest sensible page with a short toast. Never throws, and the
 * page always has something to render.
 */
import { defaultTarget, parseEntry, type EntryProblem, type PageName, type PageTarget } from './entry-link';
import { isSinglePageMode } from './launch-mode';
import { redirectToTarget, SINGLE_PAGE_TOAST } from './navigation';

export interface PageEntry<P extends PageName> {
  /** What this page shows. */
  target: PageTarget<P>;
  /** Opened from Moments: one page only, ticks not kept, navigation off. */
  singlePage: boolean;
  /** The link was for another page, which replaces this one. */
  redirected: boolean;
  problem?: EntryProblem;
}

export function enterPage<P extends PageName>(page: P, query: unknown): PageEntry<P> {
  const singlePage = isSinglePageMode();
  const entry = parseEntry(page, query);
  const base = { singlePage, ...(entry.problem ? { problem: entry.problem } : {}) };
  if (entry.target.page === page) {
    if (entry.notice) wx.showToast({ title: entry.notice, icon: 'none' });
    return { ...base, target: entry.target as PageTarget<P>, redirected: false };
  }
  if (singlePage) {
    // Moments cannot leave this page: show it as it is and say where the full app is.
    wx.showToast({ title: entry.notice ?? SINGLE_PAGE_TOAST, icon: 'none' });
    return { ...base, target: defaultTarget(page), redirected: false };
  }
  redirectToTarget(entry.target, entry.notice);
  return { ...base, target: defaultTarget(page), redirected: true };
}
