/**
 * `wx.setKeepScreenOn` and `wx.canIUse` for the tool pages' tests (simulate's `wx` has neither): records each
 * call as a person's phone would see it, and can pretend to be a base library without the API.
 */
export interface ScreenDouble {
  /** Every keepScreenOn value asked for, in order. */
  calls: boolean[];
  /** Answer `canIUse('setKeepScreenOn')` with false (an old base library). */
  unsupported: boolean;
}

export function installScreenDouble(): ScreenDouble {
  const double: ScreenDouble = { calls: [], unsupported: false };
  const api = wx as unknown as Record<string, unknown>;
  api.canIUse = (name: string) => !(double.unsupported && name === 'setKeepScreenOn');
  api.setKeepScreenOn = (options: { keepScreenOn: boolean }) => {
    if (double.unsupported) throw new Error('setKeepScreenOn is not a function in this base library');
    double.calls.push(options.keepScreenOn);
  };
  return double;
}
