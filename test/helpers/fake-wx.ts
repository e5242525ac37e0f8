/**
 * A `wx` double for tests, layered over miniprogram-simulate's own (vant needs simulate's system info).
 * Storage is a real in-memory map that can fail or return garbage on demand; UI calls are recorded.
 *
 * Storage faults on demand: every write fails (`failWrites`), only the synchronous calls throw
 * (`failSyncWrites`), only the asynchronous calls fail or throw (`failAsyncWrites`), the phone's quota runs out
 * (`setQuota`), reads throw (`failReads`) or only the next one does (`failReadsOnce`), a key holds garbage
 * (`corrupt`). A wrong clock (`setClock`: 1970, before it, or `Date.now()` not a number). Moments single-page mode
 * (`setScene(1154)`) switches to separate storage, as WeChat does.
 */

export interface FakeWx {
  /** What is stored, by key (values as `wx` would return them). */
  storage: Map<string, unknown>;
  /** Make every write throw (like a full disk) until reset. */
  failWrites(message?: string): void;
  /** Make reads of `key` return this value instead of what was stored. */
  corrupt(key: string, value: unknown): void;
  /** Only `setStorageSync`/`removeStorageSync` throw (the asynchronous calls still work). */
  failSyncWrites(message?: string): void;
  /** Only `setStorage`/`removeStorage` fail: through their `fail` callback, or by throwing synchronously. */
  failAsyncWrites(message?: string, how?: 'fail' | 'throw'): void;
  /** Writes work again (the quota stays as set). */
  recoverWrites(): void;
  /**
   * WeChat's storage limit, in characters of key plus JSON value over all keys (10 MB on phones): a write that
   * would go over it fails with WeChat's "exceed storage max size" message. Undefined: no limit.
   */
  setQuota(chars: number | undefined): void;
  /** Make every read throw (`getStorageSync`) or fail (`getStorage`) until `recoverReads`. */
  failReads(message?: string): void;
  /** Make only the next `times` reads throw (a passing hiccup at start), then read normally. */
  failReadsOnce(times?: number, message?: string): void;
  recoverReads(): void;
  /** What `Date.now()` returns until reset (a phone whose clock reads 1970, or a broken clock: NaN, a string). */
  setClock(now: unknown): void;
  /** Every storage read attempt, by key. */
  reads: string[];
  /** Deliver storage callbacks later (a timer), as WeChat does, instead of before the call returns. */
  deferStorageCallbacks(defer?: boolean): void;
  /** Every storage write attempt, in order. */
  writes: { api: string; key: string; ok: boolean }[];
  /** The scene `getEnterOptionsSync`/`getLaunchOptionsSync` report; 1154 (Moments) uses separate storage. */
  setScene(scene: number): void;
  /** What single-page mode (scene 1154) has stored, by key. */
  singlePageStorage: Map<string, unknown>;
  toasts: string[];
  modals: { title: string; content?: string }[];
  /** What `showModal` answers next: true = confirm. */
  confirmNext(answer: boolean): void;
  clipboard: string[];
  /**
   * How WeChat's privacy check answers `setClipboardData` (剪切板 scope): `agreed` (default: the person agreed
   * before), `ask-agree` / `ask-refuse` (WeChat's own sheet is shown, counted in `privacyPrompts`, and the person
   * agrees, or declines with errno 104; a decline asks again next time), `undeclared` (the 用户隐私保护指引 does
   * not declare the scope: errno 112, no sheet).
   */
  clipboardPrivacy(mode: ClipboardPrivacy): void;
  /** How many times WeChat's privacy sheet was shown. */
  privacyPrompts: number;
  navigations: string[];
  /** The subset of `navigations` made with `redirectTo` (entry links passed on to their page). */
  redirects: string[];
  calls: string[];
  /** Make `navigateTo`/`redirectTo` call `fail` (as in single-page mode or a full page stack) until reset. */
  failNavigation(message?: string): void;
  /**
   * What `getEnterOptionsSync`/`getLaunchOptionsSync` report; scene 1001 (chat list) until changed.
   * `enterScene(1154)` is Moments' single-page mode.
   */
  enterOptions: FakeEnterOptions;
  enterScene(scene: number, extra?: Partial<FakeEnterOptions>): void;
  /**
   * The canvases `createSelectorQuery().select(...).fields({ node: true }).exec` handed out, newest last; each
   * records every 2D call made on it (`draws`), with the font and colour in effect.
   */
  canvases: FakeCanvas[];
  /**
   * Until reset: the selector query finds no canvas node (`missing`), `canvasToTempFilePath` fails (`export`),
   * the file system cannot write (`write`), or `showShareImageMenu` is cancelled (`share-cancel`), fails
   * (`share-fail`) or is refused by a privacy check (`share-privacy`, errno 104).
   */
  failCanvas(what: CanvasFailure): void;
  /** Files written under `wx.env.USER_DATA_PATH` through `getFileSystemManager()`: path → the temp file copied. */
  files: Map<string, string>;
  /** APIs `canIUse` says are missing (an older base library), until reset. */
  missingApis: Set<string>;
  /** Which entry APIs exist: older base libraries have only `getLaunchOptionsSync`. */
  setEnterApis(apis: 'both' | 'launch-only' | 'none' | 'throwing'): void;
  reset(): void;
}

export type ClipboardPrivacy = 'agreed' | 'ask-agree' | 'ask-refuse' | 'undeclared';

export type CanvasFailure = 'missing' | 'export' | 'write' | 'share-cancel' | 'share-fail' | 'share-privacy';

/** `wx.env.USER_DATA_PATH` as WeChat gives it. */
export const USER_DATA_PATH = 'wxfile://usr';

export interface FakeEnterOptions {
  scene: number;
  path: string;
  query: Record<string, string>;
  apiCategory?: string;
}

/** One 2D call on a fake canvas, with the font and fill colour in effect when it was made. */
export type FakeDraw =
  | { call: 'fillText'; text: string; x: number; y: number; font: string; color: unknown }
  | { call: 'fillRect'; color: unknown; x: number; y: number; width: number; height: number }
  | { call: 'fill'; color: unknown }
  | { call: 'scale'; x: number; y: number };

export interface FakeCanvas {
  width: number;
  height: number;
  draws: FakeDraw[];
  getContext(kind: string): Record<string, unknown>;
}

/** Width of text in a font like "bold 16px …": CJK characters a full em, others a little over half. */
function fakeMeasure(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10);
  let width = 0;
  for (const char of text)
    width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? size : size * 0.6;
  return width;
}

function fakeCanvas(): FakeCanvas {
  const draws: FakeDraw[] = [];
  const ctx: Record<string, unknown> = {
    font: '10px sans-serif',
    fillStyle: '#000000',
    textBaseline: 'alphabetic',
    measureText: (text: string) => ({ width: fakeMeasure(text, ctx.font as string) }),
    fillText: (text: string, x: number, y: number) =>
      draws.push({ call: 'fillText', text, x, y, font: ctx.font as string, color: ctx.fillStyle }),
    fillRect: (x: number, y: number, width: number, height: number) =>
      draws.push({ call: 'fillRect', color: ctx.fillStyle, x, y, width, height }),
    fill: () => draws.push({ call: 'fill', color: ctx.fillStyle }),
    scale: (x: number, y: number) => draws.push({ call: 'scale', x, y }),
    beginPath: () => undefined,
    moveTo: () => undefined,
    arcTo: () => undefined,
    closePath: () => undefined,
  };
  return { width: 300, height: 150, draws, getContext: () => ctx };
}

let canvasFailure: CanvasFailure | undefined;
let tempFiles = 0;

const defaultEnterOptions = (): FakeEnterOptions => ({ scene: 1001, path: 'pages/home/index', query: {} });

const storage = new Map<string, unknown>();
const singlePageStorage = new Map<string, unknown>();
let writeFailure: string | undefined;
let syncWriteFailure: string | undefined;
let asyncWriteFailure: { message: string; how: 'fail' | 'throw' } | undefined;
let quota: number | undefined;
let readFailure: string | undefined;
let readFailuresLeft = 0;
const realDateNow = Date.now.bind(Date);
let deferCallbacks = false;
let modalAnswer = true;
let navigationFailure: string | undefined;
let clipboardPrivacy: ClipboardPrivacy = 'agreed';
let enterApis: 'both' | 'launch-only' | 'none' | 'throwing' = 'both';
let installedOn: Record<string, unknown> | undefined;

const SINGLE_PAGE_SCENE = 1154;
const QUOTA_MESSAGE = 'exceed storage max size 10MB';

/** The storage the current scene sees. */
const activeStorage = (): Map<string, unknown> =>
  fakeWx.enterOptions.scene === SINGLE_PAGE_SCENE ? singlePageStorage : storage;

function storedSize(map: Map<string, unknown>): number {
  let size = 0;
  for (const [key, value] of map) size += key.length + (JSON.stringify(value) ?? '').length;
  return size;
}

/** Why a write of `value` under `key` through `api` fails now, if it does. */
function writeError(api: 'sync' | 'async', key: string, value: unknown): string | undefined {
  const name = api === 'sync' ? 'setStorageSync' : 'setStorage';
  if (writeFailure) return writeFailure;
  if (api === 'sync' && syncWriteFailure) return syncWriteFailure;
  if (api === 'async' && asyncWriteFailure) return asyncWriteFailure.message;
  if (quota !== undefined && value !== undefined) {
    const map = new Map(activeStorage());
    map.set(key, value);
    if (storedSize(map) > quota) return `${name}:fail ${QUOTA_MESSAGE}`;
  }
  return undefined;
}

const clone = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

export const fakeWx: FakeWx = {
  storage,
  failWrites(message = 'setStorage:fail exceed storage max size 10MB') {
    writeFailure = message;
  },
  corrupt(key, value) {
    storage.set(key, value);
  },
  failSyncWrites(message = 'setStorageSync:fail internal error') {
    syncWriteFailure = message;
  },
  failAsyncWrites(message = 'setStorage:fail internal error', how = 'fail') {
    asyncWriteFailure = { message, how };
  },
  recoverWrites() {
    writeFailure = undefined;
    syncWriteFailure = undefined;
    asyncWriteFailure = undefined;
  },
  setQuota(chars) {
    quota = chars;
  },
  failReads(message = 'getStorageSync:fail internal error') {
    readFailure = message;
  },
  failReadsOnce(times = 1, message = 'getStorageSync:fail internal error') {
    readFailure = message;
    readFailuresLeft = times;
  },
  recoverReads() {
    readFailure = undefined;
    readFailuresLeft = 0;
  },
  setClock(now) {
    Date.now = () => now as number;
  },
  reads: [],
  deferStorageCallbacks(defer = true) {
    deferCallbacks = defer;
  },
  writes: [],
  setScene(next) {
    this.enterScene(next);
  },
  singlePageStorage,
  toasts: [],
  modals: [],
  confirmNext(answer) {
    modalAnswer = answer;
  },
  clipboard: [],
  clipboardPrivacy(mode) {
    clipboardPrivacy = mode;
  },
  privacyPrompts: 0,
  navigations: [],
  redirects: [],
  calls: [],
  failNavigation(message = 'navigateTo:fail can not navigate in single page mode') {
    navigationFailure = message;
  },
  enterOptions: defaultEnterOptions(),
  enterScene(scene, extra = {}) {
    this.enterOptions = { ...this.enterOptions, ...extra, scene };
  },
  setEnterApis(apis) {
    enterApis = apis;
    if (installedOn) installEnterApis(installedOn);
  },
  canvases: [],
  failCanvas(what) {
    canvasFailure = what;
  },
  files: new Map<string, string>(),
  missingApis: new Set<string>(),
  reset() {
    this.canvases.length = 0;
    this.files.clear();
    canvasFailure = undefined;
    tempFiles = 0;
    this.missingApis.clear();
    storage.clear();
    singlePageStorage.clear();
    writeFailure = undefined;
    syncWriteFailure = undefined;
    asyncWriteFailure = undefined;
    quota = undefined;
    readFailure = undefined;
    readFailuresLeft = 0;
    Date.now = realDateNow;
    deferCallbacks = false;
    this.writes.length = 0;
    this.reads.length = 0;
    modalAnswer = true;
    this.toasts.length = 0;
    this.modals.length = 0;
    this.clipboard.length = 0;
    clipboardPrivacy = 'agreed';
    this.privacyPrompts = 0;
    this.navigations.length = 0;
    this.redirects.length = 0;
    this.calls.length = 0;
    navigationFailure = undefined;
    this.enterOptions = defaultEnterOptions();
    this.setEnterApis('both');
  },
};

type Callbacks<T> = {
  success?: (result: T) => void;
  fail?: (error: { errMsg: string; errno?: number }) => void;
  complete?: () => void;
};

function settle<T>(options: Callbacks<T> | undefined, result: T | Error): void {
  if (result instanceof Error) options?.fail?.({ errMsg: result.message });
  else options?.success?.(result);
  options?.complete?.();
}

/** Storage callbacks: at once, or on a timer when `deferStorageCallbacks` is on. */
function settleStorage<T>(options: Callbacks<T> | undefined, result: T | Error): void {
  if (deferCallbacks) setTimeout(() => settle(options, result), 0);
  else settle(options, result);
}

function recordWrite(api: string, key: string, error: string | undefined): void {
  fakeWx.writes.push({ api, key, ok: error === undefined });
}

function installEnterApis(target: Record<string, unknown>): void {
  delete target.getEnterOptionsSync;
  delete target.getLaunchOptionsSync;
  if (enterApis === 'none') return;
  const read =
    enterApis === 'throwing'
      ? () => {
          throw new Error('getEnterOptionsSync:fail');
        }
      : () => clone(fakeWx.enterOptions);
  target.getLaunchOptionsSync = read;
  if (enterApis !== 'launch-only') target.getEnterOptionsSync = read;
}

let originalCreateSelectorQuery: (() => unknown) | undefined;

export function installFakeWx(target: Record<string, unknown>): void {
  installedOn = target;
  if (typeof target.createSelectorQuery === 'function' && !originalCreateSelectorQuery) {
    originalCreateSelectorQuery = target.createSelectorQuery as () => unknown;
  }
  installEnterApis(target);
  Object.assign(target, {
    getStorageSync(key: string) {
      fakeWx.reads.push(key);
      if (readFailure) {
        const message = readFailure;
        if (readFailuresLeft > 0 && (readFailuresLeft -= 1) === 0) readFailure = undefined;
        throw new Error(message);
      }
      const map = activeStorage();
      return map.has(key) ? clone(map.get(key)) : '';
    },
    setStorageSync(key: string, value: unknown) {
      const error = writeError('sync', key, value);
      recordWrite('setStorageSync', key, error);
      if (error) throw new Error(error);
      activeStorage().set(key, clone(value));
    },
    removeStorageSync(key: string) {
      const error = writeFailure ?? syncWriteFailure;
      recordWrite('removeStorageSync', key, error);
      if (error) throw new Error(error);
      activeStorage().delete(key);
    },
    getStorage(options: { key: string } & Callbacks<{ data: unknown }>) {
      const map = activeStorage();
      settleStorage(
        options,
        readFailure
          ? new Error(readFailure)
          : map.has(options.key)
            ? { data: clone(map.get(options.key)) }
            : new Error('getStorage:fail data not found'),
      );
    },
    setStorage(options: { key: string; data: unknown } & Callbacks<{ errMsg: string }>) {
      const error = writeError('async', options.key, options.data);
      recordWrite('setStorage', options.key, error);
      if (error && asyncWriteFailure?.how === 'throw' && !writeFailure) throw new Error(error);
      if (error) return settleStorage(options, new Error(error));
      activeStorage().set(options.key, clone(options.data));
      return settleStorage(options, { errMsg: 'setStorage:ok' });
    },
    removeStorage(options: { key: string } & Callbacks<{ errMsg: string }>) {
      const error = writeFailure ?? asyncWriteFailure?.message;
      recordWrite('removeStorage', options.key, error);
      if (error && asyncWriteFailure?.how === 'throw' && !writeFailure) throw new Error(error);
      if (error) return settleStorage(options, new Error(error));
      activeStorage().delete(options.key);
      return settleStorage(options, { errMsg: 'removeStorage:ok' });
    },
    showToast(options: { title: string }) {
      fakeWx.toasts.push(options.title);
    },
    showModal(
      options: { title: string; content?: string } & Callbacks<{ confirm: boolean; cancel: boolean }>,
    ) {
      fakeWx.modals.push({ title: options.title, content: options.content });
      settle(options, { confirm: modalAnswer, cancel: !modalAnswer });
    },
    setClipboardData(options: { data: string } & Callbacks<{ errMsg: string }>) {
      if (clipboardPrivacy === 'undeclared') {
        const error = {
          errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement',
          errno: 112,
        };
        options.fail?.(error);
        options.complete?.();
        return;
      }
      if (clipboardPrivacy !== 'agreed') {
        fakeWx.privacyPrompts += 1;
        if (clipboardPrivacy === 'ask-refuse') {
          options.fail?.({
            errMsg: 'setClipboardData:fail privacy permission is not authorized',
            errno: 104,
          });
          options.complete?.();
          return;
        }
        clipboardPrivacy = 'agreed';
      }
      fakeWx.clipboard.push(options.data);
      settle(options, { errMsg: 'setClipboardData:ok' });
    },
    navigateTo(options: { url: string } & Callbacks<{ errMsg: string }>) {
      if (navigationFailure) return settle(options, new Error(navigationFailure));
      fakeWx.navigations.push(options.url);
      return settle(options, { errMsg: 'navigateTo:ok' });
    },
    redirectTo(options: { url: string } & Callbacks<{ errMsg: string }>) {
      if (navigationFailure)
        return settle(options, new Error(navigationFailure.replace('navigateTo', 'redirectTo')));
      fakeWx.navigations.push(options.url);
      fakeWx.redirects.push(options.url);
      return settle(options, { errMsg: 'redirectTo:ok' });
    },
    setNavigationBarTitle(options: { title: string }) {
      fakeWx.calls.push(`setNavigationBarTitle:${options.title}`);
    },
    pageScrollTo() {
      fakeWx.calls.push('pageScrollTo');
    },
    canIUse(schema: string) {
      return !fakeWx.missingApis.has(schema.split('.')[0] ?? schema);
    },
    /**
     * simulate's own query (vant measures with it), except for a selector naming a canvas: that one hands out a
     * fake canvas node that records its draws.
     */
    createSelectorQuery() {
      let query = originalCreateSelectorQuery?.() as
        Record<string, (...args: unknown[]) => unknown> | undefined;
      const canvasExec = (selector: string) => ({
        exec: (callback?: (results: unknown[]) => void) => {
          fakeWx.calls.push(`selectorQuery:${selector}`);
          if (canvasFailure === 'missing') return callback?.([null]);
          const canvas = fakeCanvas();
          fakeWx.canvases.push(canvas);
          return callback?.([{ node: canvas, width: 375, height: 10 }]);
        },
      });
      const wrapper = {
        in: (context: unknown) => {
          query = query?.in?.(context) as typeof query;
          return wrapper;
        },
        select: (selector: string) =>
          /canvas/.test(selector) ? { fields: () => canvasExec(selector) } : query?.select?.(selector),
        selectAll: (selector: string) => query?.selectAll?.(selector),
        selectViewport: () => query?.selectViewport?.(),
        exec: (callback?: unknown) => query?.exec?.(callback),
      };
      return wrapper;
    },
    canvasToTempFilePath(options: { canvas?: FakeCanvas } & Callbacks<{ tempFilePath: string }>) {
      const known = options.canvas !== undefined && fakeWx.canvases.includes(options.canvas);
      fakeWx.calls.push(`canvasToTempFilePath:${known ? 'canvas' : 'no canvas'}`);
      if (canvasFailure === 'export' || !known)
        return settle(options, new Error('canvasToTempFilePath:fail'));
      tempFiles += 1;
      return settle(options, { tempFilePath: `wxfile://tmp/card-${tempFiles}.png` });
    },
    env: { USER_DATA_PATH },
    /** Only what the app uses: `copyFile` into USER_DATA_PATH (recorded in `files`), failing on `write`. */
    getFileSystemManager() {
      return {
        copyFile(options: { srcPath: string; destPath: string } & Callbacks<{ errMsg: string }>) {
          fakeWx.calls.push(`copyFile:${options.destPath}`);
          if (canvasFailure === 'write' || !options.destPath.startsWith(`${USER_DATA_PATH}/`))
            return settle(
              options,
              new Error('copyFile:fail the maximum size of the file storage limit is exceeded'),
            );
          fakeWx.files.set(options.destPath, options.srcPath);
          return settle(options, { errMsg: 'copyFile:ok' });
        },
      };
    },
    showShareImageMenu(options: { path: string } & Callbacks<{ errMsg: string }>) {
      fakeWx.calls.push(`showShareImageMenu:${options.path}`);
      if (canvasFailure === 'share-privacy') {
        options.fail?.({
          errMsg: 'showShareImageMenu:fail privacy permission is not authorized',
          errno: 104,
        });
        options.complete?.();
        return undefined;
      }
      if (canvasFailure === 'share-cancel')
        return settle(options, new Error('showShareImageMenu:fail cancel'));
      if (canvasFailure === 'share-fail')
        return settle(options, new Error('showShareImageMenu:fail system error'));
      return settle(options, { errMsg: 'showShareImageMenu:ok' });
    },
    makePhoneCall(options: { phoneNumber: string } & Callbacks<{ errMsg: string }>) {
      fakeWx.calls.push(`makePhoneCall:${options.phoneNumber}`);
      settle(options, { errMsg: 'makePhoneCall:ok' });
    },
  });
}
