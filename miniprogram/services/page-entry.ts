/**
 * The one way every page reads what it was opened with (`onLoad(query)`): a Mini Program code's `scene`, a QR
 * link's `q`, a shared card's or Moments' page query. A link meant for another page is passed on with
 * `wx.redirectTo`; a broken link lands on the closest sensible page with a short notice. Never throws, and the
 * page always has something to render. Shows nothing itself: the page shell decides what becomes the page's one
 * toast (see behaviors/app-page.ts).
 */
import { defaultTarget, parseEntry, type EntryProblem, type PageName, type PageTarget } from './entry-link';
import { isSinglePageMode } from './launch-mode';
import { redirectToTarget, SINGLE_PAGE_TOAST } from './navigation';

export interface PageEntry<P extends PageName> {
  /** What this page shows. */
  target: PageTarget<P>;
  /** Opened from Moments: one page only, ticks not kept, navigation off. */
  singlePage: boolean;
  /** The link was for another page, which replaces this one: load nothing, render nothing, say nothing. */
  redirected: boolean;
  problem?: EntryProblem;
  /** A short word for the person about the link ("没找到这一节，先看第一节"). */
  notice?: string;
}

/**
 * `onRedirectFailed` runs when WeChat refuses to switch to the page a link is for: the page then opens as
 * itself after all, with the failure's notice.
 */
export function enterPage<P extends PageName>(
  page: P,
  query: unknown,
  onRedirectFailed?: (entry: PageEntry<P>) => void,
): PageEntry<P> {
  const singlePage = isSinglePageMode();
  const entry = parseEntry(page, query);
  const base = { singlePage, ...(entry.problem ? { problem: entry.problem } : {}) };
  if (entry.target.page === page) {
    return { ...base, target: entry.target as PageTarget<P>, redirected: false, notice: entry.notice };
  }
  if (singlePage) {
    // Moments cannot leave this page: show it as it is and say where the full app is.
    return {
      ...base,
      target: defaultTarget(page),
      redirected: false,
      notice: entry.notice ?? SINGLE_PAGE_TOAST,
    };
  }
  const staying = { ...base, target: defaultTarget(page), redirected: false };
  redirectToTarget(
    entry.target,
    entry.notice,
    onRedirectFailed && ((notice) => onRedirectFailed({ ...staying, notice })),
  );
  return { ...staying, redirected: true };
}
