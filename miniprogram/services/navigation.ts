/**
 * Moves between pages by target, so no page spells out another page's path. In Moments' single-page mode
 * WeChat allows no navigation: every move becomes a no-op with a toast pointing at the "前往小程序" bar.
 */
import { targetPath, type EntryTarget } from './entry-link';
import { isSinglePageMode } from './launch-mode';

export const SINGLE_PAGE_TOAST = '朋友圈单页不能跳转，点底部「前往小程序」';
export const REDIRECT_FAILED_TOAST = '没能打开那一页，先看这里';

/** Whether navigation is allowed now; tells the person why not when it is not. */
function canNavigate(): boolean {
  if (!isSinglePageMode()) return true;
  wx.showToast({ title: SINGLE_PAGE_TOAST, icon: 'none' });
  return false;
}

export function openTarget(target: EntryTarget): void {
  if (!canNavigate()) return;
  const url = targetPath(target);
  wx.navigateTo({
    url,
    fail: () => {
      // The page stack is full (10 pages) or navigation is not allowed: replace instead of failing silently.
      wx.redirectTo({ url });
    },
  });
}

/**
 * Replaces the current page (an entry link that landed on the wrong page); the current page stays rendered
 * until then. `notice` is shown once the new page is open, so it is not lost in the switch.
 */
export function redirectToTarget(target: EntryTarget, notice?: string): void {
  if (!canNavigate()) return;
  wx.redirectTo({
    url: targetPath(target),
    success: () => {
      if (notice) wx.showToast({ title: notice, icon: 'none' });
    },
    fail: () => wx.showToast({ title: REDIRECT_FAILED_TOAST, icon: 'none' }),
  });
}
