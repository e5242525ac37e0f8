/**
 * How the app was opened. Only what pages need to be honest about their limits.
 */

/** WeChat's scene for a page opened from Moments (朋友圈) in single-page mode. */
export const SINGLE_PAGE_SCENE = 1154;

/** The scene of the current entry (hot start included), or the launch; undefined when WeChat says nothing. */
export function entryScene(): number | undefined {
  for (const name of ['getEnterOptionsSync', 'getLaunchOptionsSync'] as const) {
    try {
      const scene: unknown = typeof wx[name] === 'function' ? wx[name]().scene : undefined;
      if (typeof scene === 'number') return scene;
    } catch {
      // An old base library or a test double without the call: ask the next one.
    }
  }
  return undefined;
}

/**
 * Moments single-page mode: no navigation, and local storage separate from the full Mini Program's, so ticks
 * made here do not show up there (and the other way round).
 */
export function isSinglePageMode(): boolean {
  return entryScene() === SINGLE_PAGE_SCENE;
}
