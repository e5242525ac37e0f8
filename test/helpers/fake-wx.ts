/**
 * A `wx` double for tests, layered over miniprogram-simulate's own (vant needs simulate's system info).
 * Storage is a real in-memory map that can fail or return garbage on demand; UI calls are recorded.
 */

export interface FakeWx {
  /** What is stored, by key (values as `wx` would return them). */
  storage: Map<string, unknown>;
  /** Make every write throw (like a full disk) until reset. */
  failWrites(message?: string): void;
  /** Make reads of `key` return this value instead of what was stored. */
  corrupt(key: string, value: unknown): void;
  toasts: string[];
  modals: { title: string; content?: string }[];
  /** What `showModal` answers next: true = confirm. */
  confirmNext(answer: boolean): void;
  clipboard: string[];
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
  /** Which entry APIs exist: older base libraries have only `getLaunchOptionsSync`. */
  setEnterApis(apis: 'both' | 'launch-only' | 'none' | 'throwing'): void;
  reset(): void;
}

export interface FakeEnterOptions {
  scene: number;
  path: string;
  query: Record<string, string>;
  apiCategory?: string;
}

const defaultEnterOptions = (): FakeEnterOptions => ({ scene: 1001, path: 'pages/home/index', query: {} });

const storage = new Map<string, unknown>();
let writeFailure: string | undefined;
let modalAnswer = true;
let navigationFailure: string | undefined;
let enterApis: 'both' | 'launch-only' | 'none' | 'throwing' = 'both';
let installedOn: Record<string, unknown> | undefined;

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
  toasts: [],
  modals: [],
  confirmNext(answer) {
    modalAnswer = answer;
  },
  clipboard: [],
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
  reset() {
    storage.clear();
    writeFailure = undefined;
    modalAnswer = true;
    this.toasts.length = 0;
    this.modals.length = 0;
    this.clipboard.length = 0;
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
  fail?: (error: { errMsg: string }) => void;
  complete?: () => void;
};

function settle<T>(options: Callbacks<T> | undefined, result: T | Error): void {
  if (result instanceof Error) options?.fail?.({ errMsg: result.message });
  else options?.success?.(result);
  options?.complete?.();
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

export function installFakeWx(target: Record<string, unknown>): void {
  installedOn = target;
  installEnterApis(target);
  Object.assign(target, {
    getStorageSync(key: string) {
      return storage.has(key) ? clone(storage.get(key)) : '';
    },
    setStorageSync(key: string, value: unknown) {
      if (writeFailure) throw new Error(writeFailure);
      storage.set(key, clone(value));
    },
    removeStorageSync(key: string) {
      if (writeFailure) throw new Error(writeFailure);
      storage.delete(key);
    },
    getStorage(options: { key: string } & Callbacks<{ data: unknown }>) {
      settle(
        options,
        storage.has(options.key)
          ? { data: clone(storage.get(options.key)) }
          : new Error('getStorage:fail data not found'),
      );
    },
    setStorage(options: { key: string; data: unknown } & Callbacks<{ errMsg: string }>) {
      if (writeFailure) return settle(options, new Error(writeFailure));
      storage.set(options.key, clone(options.data));
      return settle(options, { errMsg: 'setStorage:ok' });
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
    makePhoneCall(options: { phoneNumber: string } & Callbacks<{ errMsg: string }>) {
      fakeWx.calls.push(`makePhoneCall:${options.phoneNumber}`);
      settle(options, { errMsg: 'makePhoneCall:ok' });
    },
  });
}
