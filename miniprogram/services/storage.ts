/**
 * The one place that talks to `wx` storage. Reads never throw (a broken read is "nothing stored"); writes
 * report whether they stuck so callers can keep state in memory and tell the user.
 */

export type WriteResult = { ok: true } | { ok: false; reason: string };

export function readStored(key: string): unknown {
  try {
    const value: unknown = wx.getStorageSync(key);
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): WriteResult {
  try {
    wx.setStorageSync(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function removeStored(key: string): WriteResult {
  try {
    wx.removeStorageSync(key);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
