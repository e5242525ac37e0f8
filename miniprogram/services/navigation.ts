/**
 * Moves between pages by target, so no page spells out another page's path.
 */
import { targetPath, type EntryTarget } from './entry-link';

export function openTarget(target: EntryTarget): void {
  const url = targetPath(target);
  wx.navigateTo({
    url,
    fail: () => {
      // The page stack is full (10 pages) or navigation is not allowed: replace instead of failing silently.
      wx.redirectTo({ url });
    },
  });
}
