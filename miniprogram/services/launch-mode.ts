/**
 * How the app was opened. Moments (朋友圈) opens a shared page in single-page mode: scene 1154, that one page
 * only, no navigation, storage kept apart from the full Mini Program, and WeChat's own "前往小程序" bar at the
 * bottom. Older base libraries lack `getEnterOptionsSync`; then the launch options tell.
 */

export const MOMENTS_SCENE = 1154;

interface EnterOptionsLike {
  scene?: unknown;
  apiCategory?: unknown;
}

function readEnterOptions(): EnterOptionsLike | undefined {
  const api = wx as unknown as Record<string, unknown>;
  for (const name of ['getEnterOptionsSync', 'getLaunchOptionsSync']) {
    const read = api[name];
    if (typeof read !== 'function') continue;
    try {
      const options: unknown = read.call(wx);
      if (typeof options === 'object' && options !== null) return options as EnterOptionsLike;
    } catch {
      // A base library that throws here tells us nothing; try the next one.
    }
  }
  return undefined;
}

/** True in Moments' single-page mode (scene 1154, or the `browseOnly` API category that newer bases report). */
export function isSinglePageMode(): boolean {
  const options = readEnterOptions();
  return options?.scene === MOMENTS_SCENE || options?.apiCategory === 'browseOnly';
}
