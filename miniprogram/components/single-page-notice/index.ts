/**
 * Shown at the top of a page opened from Moments (single-page mode): what works here, what does not, and where
 * the full Mini Program is (WeChat's own "前往小程序" bar at the bottom of the screen).
 */
Component({
  options: { addGlobalClass: true },
  properties: {
    /** What this page cannot do here (a tool's own line); empty: the general line about ticks. */
    limits: { type: String, value: '' },
  },
});
