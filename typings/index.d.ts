/// <reference types="miniprogram-api-typings" />

/** The app's own global data (kept empty: services own their state). */
interface IAppOption {
  globalData: Record<string, never>;
}
