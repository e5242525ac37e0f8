/**
 * The app holds no state of its own: content ships in the package and stored values live in their services.
 * Nothing here touches the network.
 */
import { targetPath } from './services/entry-link';
import { closestTarget } from './services/page-not-found';
import { retryStoredValues } from './services/storage';

App<IAppOption>({
  globalData: {},
  /** Going to the background is often the last chance: write again what could not be written. */
  onHide() {
    retryStoredValues();
  },
  /** A path that does not exist (an old card or code): open the closest page at once. */
  onPageNotFound(result) {
    const url = targetPath(closestTarget(result.path, result.query));
    wx.redirectTo({ url, fail: () => wx.reLaunch({ url: targetPath({ page: 'home' }) }) });
  },
});
