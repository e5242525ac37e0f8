/**
 * The smallest setData for a new view: only what changed, as paths (`groups[1].items[2].done`), so a page can
 * rebuild its whole view from what is stored on every change and still send a tick as one small update.
 * Pure: no `wx`.
 */

type Data = Record<string, unknown>;

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => same(value, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return false;
}

function diff(path: string, before: unknown, after: unknown, patch: Data): void {
  if (same(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value, index) => diff(`${path}[${index}]`, before[index], value, patch));
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = Object.keys(after);
    // A key that went away cannot be sent as a path: send the object whole.
    if (
      Object.keys(before).every((key) => key in after) &&
      keys.every((key) => /^[A-Za-z_$][\w$]*$/.test(key))
    ) {
      for (const key of keys) diff(`${path}.${key}`, before[key], after[key], patch);
      return;
    }
  }
  patch[path] = after;
}

/** The setData that turns `current` into `next` (keys of `current` that `next` does not name stay as they are). */
export function dataPatch(current: Data, next: Data): Data {
  const patch: Data = {};
  for (const key of Object.keys(next)) diff(key, current[key], next[key], patch);
  return patch;
}
