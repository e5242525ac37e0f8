/**
 * Everything the app keeps on the phone, in one place: the `wx` storage calls, the versioned schema of every
 * stored value, and `StoredValue`, the in-memory copy pages change.
 *
 * Rules every stored value follows:
 * - Its value is `{ version, <field>: Record<id, entry> }` under a fixed key. Ids are stable lower-kebab strings.
 * - Decoding never throws. It keeps every well-formed entry and drops the rest, whatever the stored value is
 *   (not JSON, wrong types, junk arrays, huge strings, null, unknown or future versions, `__proto__` keys).
 *   A value that was not already clean is rewritten clean.
 * - Memory comes first: a change is kept in memory, then written. A failed write loses nothing while the app is
 *   open, and the app itself tries again (`retry`: the page shell calls it when a page opens, comes back, hides or
 *   unloads, and the app on going to the background), not only when the person makes another change.
 * - A read that threw is tried again the same way; what is stored appears as soon as it can be read.
 * - Pages never touch this module: they see a stored value through its service (a `StoredState`), which the
 *   page shell subscribes to.
 *
 * | Key                     | Version | Field     | Entry                                      |
 * | ----------------------- | ------- | --------- | ------------------------------------------ |
 * | `checklist-progress.v1` | 1       | `ticked`  | checklist item id → when ticked (ms epoch) |
 * | `situation-answers.v1`  | 1       | `answers` | decision-helper question id → option id    |
 * | `own-rate.v1`           | 1       | (a rate)  | `{ version, direction, value, enteredOn }`  |
 * | `emergency-card-lines.v1` | 1     | `lines`   | personal line id → the line as typed       |
 *
 * The last two belong to the tools subpackage: their schemas and services (own-rate.ts, emergency-card-lines.ts)
 * live in its services folder, so the main package carries none of the tools' code.
 *
 * Version 1 is the first format either value was ever stored in. A later version adds its upgrade step here when
 * it exists; until then there is no migration code to carry (values of unknown versions are read as far as they
 * are understood, see `dictionarySchema`).
 */

// ---------------------------------------------------------------------------------------------------------
// wx storage calls

export type WriteFailure = {
  ok: false;
  reason: string;
  /** The phone's storage (10 MB per user and Mini Program, 1 MB per key) is full. */
  quota: boolean;
};
export type WriteResult = { ok: true } | WriteFailure;

const WRITE_OK: WriteResult = { ok: true };

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { errMsg?: unknown }).errMsg === 'string'
  ) {
    return (error as { errMsg: string }).errMsg;
  }
  return String(error);
}

function failure(error: unknown): WriteFailure {
  const reason = errorText(error);
  return { ok: false, reason, quota: /exceed|max size|quota|limit|no space|full/i.test(reason) };
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads a key; `value` is undefined when nothing is stored. A read that throws is reported, not thrown. */
export function tryReadStored(key: string): ReadResult {
  try {
    const value: unknown = wx.getStorageSync(key);
    return { ok: true, value: value === '' ? undefined : value };
  } catch (error) {
    return { ok: false, reason: errorText(error) };
  }
}

/** Writes synchronously and reports whether it stuck. */
export function writeStored(key: string, value: unknown): WriteResult {
  try {
    wx.setStorageSync(key, value);
    return WRITE_OK;
  } catch (error) {
    return failure(error);
  }
}

export function removeStored(key: string): WriteResult {
  try {
    wx.removeStorageSync(key);
    return WRITE_OK;
  } catch (error) {
    return failure(error);
  }
}

/**
 * Stores `value` under `key` (removes the key when `value` is undefined) without blocking the tap that caused
 * it, and reports once through `done`. When the asynchronous call fails or throws, one synchronous attempt
 * follows: it either gets the value stored after a passing hiccup or confirms the failure.
 */
export function persist(key: string, value: unknown, done: (result: WriteResult) => void): void {
  let settled = false;
  const finish = (result: WriteResult) => {
    if (settled) return;
    settled = true;
    done(result);
  };
  const retrySync = (asyncError: unknown) => {
    const result = value === undefined ? removeStored(key) : writeStored(key, value);
    if (result.ok) return finish(result);
    const first = failure(asyncError);
    finish({ ok: false, reason: result.reason, quota: result.quota || first.quota });
  };
  try {
    if (value === undefined) {
      wx.removeStorage({ key, success: () => finish(WRITE_OK), fail: retrySync });
    } else {
      wx.setStorage({ key, data: value, success: () => finish(WRITE_OK), fail: retrySync });
    }
  } catch (error) {
    retrySync(error);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Decoding

/** Longer stored strings cannot be ours: WeChat stores at most 1 MB per key. */
export const MAX_RAW_CHARS = 1024 * 1024;
/** Entries kept per value. Every id any version of the content ever had stays far below this. */
export const MAX_ENTRIES = 500;
export const MAX_ID_LENGTH = 64;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable lower-kebab id of at most 64 characters (never `__proto__`, `constructor` is harmless as data). */
export function isStableId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** The range `Date` accepts, in ms either side of 1970. */
const MAX_TIME_MS = 8.64e15;

/**
 * A time as the app stores it: whole milliseconds since 1970 within the range `Date` accepts. Times before
 * 1970 and 0 are allowed: a phone whose clock is wrong still gets its ticks back (see `storedTime`).
 */
export function isEpochMs(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    Math.abs(value) <= MAX_TIME_MS &&
    !Object.is(value, -0)
  );
}

/**
 * `now` as a time `isEpochMs` accepts, whatever the phone says: a clock set to 1970 or before is kept as it is,
 * `Date.now()` that is not a finite number (a broken clock or polyfill) becomes 0. What the app writes, it reads.
 */
export function storedTime(now: unknown): number {
  if (typeof now !== 'number' || !Number.isFinite(now)) return 0;
  return Math.max(-MAX_TIME_MS, Math.min(MAX_TIME_MS, Math.trunc(now))) || 0;
}

export function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface Decoded<T> {
  value: T;
  /** Nothing was stored. */
  absent: boolean;
  /** The stored value is exactly what `encode(value)` gives: no rewrite needed. */
  clean: boolean;
  /** Something stored could not be kept (junk, malformed entries): worth a short word to the user. */
  lost: boolean;
}

export interface StoredSchema<T> {
  key: string;
  version: number;
  empty(): T;
  isEmpty(value: T): boolean;
  /** Never throws; keeps every well-formed entry. */
  decode(raw: unknown): Decoded<T>;
  encode(value: T): unknown;
}

export interface DictionarySpec<V> {
  key: string;
  /** Current version, written by `encode`. */
  version: number;
  /** The field holding the entries, e.g. `ticked`. */
  field: string;
  isEntry(value: unknown): value is V;
  /**
   * Ids whose entries win when a damaged value holds more than `MAX_ENTRIES` (the current content's ids), so
   * real entries are never dropped in favour of unknown ones.
   */
  preferred?: () => readonly string[];
}

export type Dictionary<V> = Record<string, V>;

/**
 * A schema for `{ version, [field]: Record<stable id, V> }`. Unknown and future versions are read the same
 * way as the current one when they still hold the field (their other parts are dropped): a rolled-back app
 * keeps what it can understand.
 */
export function dictionarySchema<V>(spec: DictionarySpec<V>): StoredSchema<Dictionary<V>> {
  const empty = (): Dictionary<V> => ({});
  const emptyResult = (lost: boolean): Decoded<Dictionary<V>> => ({
    value: empty(),
    absent: false,
    clean: false,
    lost,
  });

  function decodeUnsafe(raw: unknown): Decoded<Dictionary<V>> {
    if (raw === undefined || raw === '') return { value: empty(), absent: true, clean: true, lost: false };
    let parsed: unknown = raw;
    if (typeof raw === 'string') {
      if (raw.length > MAX_RAW_CHARS) return emptyResult(true);
      try {
        parsed = JSON.parse(raw);
      } catch {
        return emptyResult(true);
      }
    }
    if (!isRecord(parsed)) return emptyResult(parsed !== null);

    const record = parsed;
    let clean = raw === parsed && record.version === spec.version;
    const keys = Object.keys(record);
    if (keys.length !== 2 || !hasOwn(record, 'version') || !hasOwn(record, spec.field)) clean = false;

    const entries = hasOwn(record, spec.field) ? record[spec.field] : undefined;
    if (!isRecord(entries)) return emptyResult(entries !== undefined && entries !== null);

    const value = empty();
    const ids = Object.keys(entries);
    let kept = 0;
    let lost = false;
    const keep = (id: string): void => {
      const entry = entries[id];
      if (kept < MAX_ENTRIES && isStableId(id) && spec.isEntry(entry)) {
        value[id] = entry;
        kept += 1;
      } else {
        lost = true;
      }
    };
    // Entries of ids the app knows now go first: over the cap, unknown ids are what is dropped.
    const preferred = ids.length > MAX_ENTRIES && spec.preferred ? new Set(spec.preferred()) : undefined;
    if (preferred) {
      for (const id of ids) if (preferred.has(id)) keep(id);
      for (const id of ids) if (!preferred.has(id)) keep(id);
    } else {
      for (const id of ids) keep(id);
    }
    return { value, absent: false, clean: clean && !lost, lost };
  }

  return {
    key: spec.key,
    version: spec.version,
    empty,
    isEmpty: (value) => Object.keys(value).length === 0,
    decode(raw) {
      try {
        return decodeUnsafe(raw);
      } catch {
        // Nothing above should throw; if something does (an exotic object), treat the value as unreadable.
        return emptyResult(true);
      }
    },
    encode: (value) => ({ version: spec.version, [spec.field]: { ...value } }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The stored values

/**
 * Every key the app stores (the README's "Data and privacy" section lists each; a test keeps them in step).
 * Each schema lives with the service that owns its meaning (`checklist-progress.ts`, `situation-answers.ts`),
 * since what it keeps first over the cap depends on the content.
 */
export const STORED_KEYS: readonly string[] = [
  'checklist-progress.v1',
  'situation-answers.v1',
  'own-rate.v1',
  'emergency-card-lines.v1',
];

// ---------------------------------------------------------------------------------------------------------
// The in-memory copy

export type Change<T> = (current: T) => T;
export type Listener = () => void;

/** Every stored value the app holds, so the app can retry them all when it goes to the background. */
const everyValue: StoredValue<unknown>[] = [];

/**
 * A stored value as the app sees it while it runs. Loaded once, changed in memory first, then written; writes
 * never overlap (changes made while one is in flight go out together in the next). A value that could not be
 * read (the read threw) is never overwritten blind: changes wait in memory until a read succeeds, then are
 * replayed on top of what was stored. Subscribers hear every change of what `get()` returns and of its health
 * (a write that failed or recovered, a read that succeeded at last).
 */
export class StoredValue<T> {
  private current: T | undefined;
  private lostOnLoad = false;
  private recoveryClaimed = false;
  /** Changes made while the stored value could not be read; null once it was read. */
  private unread: Change<T>[] | null = null;
  private writing = false;
  private again = false;
  private againForUser = false;
  private waiting: ((result: WriteResult) => void)[] = [];
  private failing: WriteFailure | undefined;
  private failureClaimed = false;
  private listeners: Listener[] = [];

  constructor(readonly schema: StoredSchema<T>) {
    everyValue.push(this as StoredValue<unknown>);
  }

  get(): T {
    if (this.current === undefined) this.current = this.load();
    return this.current;
  }

  /** The last write's failure, while the next has not succeeded. */
  get writeFailure(): WriteFailure | undefined {
    return this.failing;
  }

  /** The stored value could not be read (the read threw) and no later read has succeeded yet. */
  get unreadable(): boolean {
    this.get();
    return this.unread !== null;
  }

  /** Hears every change; returns the way to stop hearing. */
  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((candidate) => candidate !== listener);
    };
  }

  /** True once after loading dropped something unreadable: the page says so in a short toast. */
  claimRecoveryNotice(): boolean {
    this.get();
    if (!this.lostOnLoad || this.recoveryClaimed) return false;
    this.recoveryClaimed = true;
    return true;
  }

  /** True once per run of failing writes: the user is told once, not on every tap. */
  claimFailureNotice(): boolean {
    if (!this.failing || this.failureClaimed) return false;
    this.failureClaimed = true;
    return true;
  }

  /**
   * What the app does by itself so nothing is lost: reads again a value that could not be read (replaying the
   * changes made meanwhile), and writes again a change whose write failed. Cheap when all is well.
   */
  retry(): void {
    if (this.current === undefined) {
      this.get();
      return;
    }
    if (this.unread) {
      if (this.readBack()) this.write(true);
      return;
    }
    if (this.failing && !this.writing) this.write(true);
  }

  /** Applies a change in memory at once and writes the whole value; `done` hears how the write went. */
  update(change: Change<T>, done?: (result: WriteResult) => void): T {
    this.current = change(this.get());
    if (this.unread) {
      this.unread.push(change);
      if (!this.readBack()) {
        const unreadable: WriteFailure = { ok: false, reason: 'not readable', quota: false };
        this.notify();
        done?.(unreadable);
        return this.current;
      }
    }
    this.notify();
    this.write(true, done);
    return this.current;
  }

  /** Reads a value that could not be read before; on success replays the changes made meanwhile. */
  private readBack(): boolean {
    const read = tryReadStored(this.schema.key);
    if (!read.ok || !this.unread) return false;
    const decoded = this.schema.decode(read.value);
    this.lostOnLoad = this.lostOnLoad || decoded.lost;
    this.current = this.unread.reduce((value, replay) => replay(value), decoded.value);
    this.unread = null;
    this.notify();
    return true;
  }

  private load(): T {
    const read = tryReadStored(this.schema.key);
    if (!read.ok) {
      this.unread = [];
      return this.schema.empty();
    }
    const decoded = this.schema.decode(read.value);
    this.lostOnLoad = decoded.lost;
    this.current = decoded.value;
    // Rewrite a value that was not clean; a failure here is not the user's doing and loses nothing, since
    // the next change writes the whole value anyway.
    if (!decoded.clean) this.write(false);
    return decoded.value;
  }

  private notify(): void {
    for (const listener of this.listeners.slice()) listener();
  }

  private write(forUser: boolean, done?: (result: WriteResult) => void): void {
    if (done) this.waiting.push(done);
    if (this.writing) {
      this.again = true;
      this.againForUser = this.againForUser || forUser;
      return;
    }
    this.writing = true;
    const callbacks = this.waiting.splice(0);
    const value = this.current ?? this.schema.empty();
    const encoded = this.schema.isEmpty(value) ? undefined : this.schema.encode(value);
    persist(this.schema.key, encoded, (result) => {
      this.writing = false;
      this.settle(result, forUser);
      for (const callback of callbacks) callback(result);
      if (this.again) {
        const nextForUser = this.againForUser;
        this.again = false;
        this.againForUser = false;
        this.write(nextForUser);
      }
    });
  }

  private settle(result: WriteResult, forUser: boolean): void {
    const before = this.failing;
    if (result.ok) {
      this.failing = undefined;
      this.failureClaimed = false;
    } else if (forUser) {
      this.failing = result;
    }
    if (before?.quota !== this.failing?.quota || !before !== !this.failing) this.notify();
  }
}

/** Retries every stored value (the app calls this when it goes to the background). */
export function retryStoredValues(): void {
  for (const value of everyValue) value.retry();
}

/**
 * The health of one stored value, as a page needs it: shared by the services that own a `StoredValue`, so each
 * says the same thing about failed writes and unreadable storage. The page shell takes any `StoredState`.
 */
export abstract class StoredState<T> {
  protected abstract readonly stored: StoredValue<T>;
  /** What is stored, in the words of a notice: "勾选进度", "答案". */
  abstract readonly label: string;

  /** The last write's failure, until a later write succeeds. */
  get writeFailure(): WriteFailure | undefined {
    return this.stored.writeFailure;
  }

  get writeFailing(): boolean {
    return this.stored.writeFailure !== undefined;
  }

  /** The stored value could not be read yet; changes wait in memory and are replayed once it can. */
  get unreadable(): boolean {
    return this.stored.unreadable;
  }

  /** Hears every change of the value and of its health. */
  subscribe(listener: Listener): () => void {
    return this.stored.subscribe(listener);
  }

  /** Reads again what could not be read, writes again what could not be written. */
  retry(): void {
    this.stored.retry();
  }

  /** True once per run of failing writes. */
  claimFailureNotice(): boolean {
    return this.stored.claimFailureNotice();
  }

  /** True once when loading had to drop something unreadable. */
  claimRecoveryNotice(): boolean {
    return this.stored.claimRecoveryNotice();
  }
}
