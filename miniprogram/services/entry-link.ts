/**
 * Every link into the app, built and parsed in one place. Pure TypeScript: nothing here calls `wx`.
 *
 * The forms (README "Entry links and codes" says the same for people):
 * - Shared card / page query: `/pages/guide/index?section=paying-in-mexico` (what `onShareAppMessage` returns;
 *   `onShareTimeline` returns the part after `?`). WeChat hands the page `{ section: 'paying-in-mexico' }`.
 * - Mini Program code (`wxacode.getUnlimited`): `scene` = `<page key>[.<item key>]`, e.g. `g.pay`, `c.arr`, `h`.
 *   At most 32 characters from WeChat's set; the page reads `decodeURIComponent(options.scene)`.
 * - Normal link QR code configured to open the Mini Program: `https://<your domain>/mp?to=<page>&<page query>`,
 *   e.g. `https://example.org/mp?to=guide&section=paying-in-mexico`. WeChat passes the whole link, encoded, as
 *   `options.q`: decoded once, then its query is read like a page query.
 * - Moments (scene 1154): the page query from `onShareTimeline`, opened in single-page mode (see launch-mode.ts).
 *
 * Parsing never throws. Whatever arrives, the result names a target that exists; when the input was broken the
 * result also carries a short notice for a toast ("没找到这一节，先看第一节").
 */
import { contentStore } from '../content/index';
import { CASHIER_CARD_KEYS, GROUP_KEYS, PAY_TAB_KEYS, REGISTER_LINE_KEYS, SECTION_KEYS } from './entry-keys';
import { cashierCards } from './tools/cashier-cards';
import { REGISTER_LINE_IDS } from './tools/register-line';

/** What a page takes from its link: the section on the guide page, the stage on the checklist. */
export interface PageParam {
  /** Query key in share paths and QR links. */
  readonly name: string;
  /** A required value falls back to the first id when absent or broken; an optional one to none. */
  readonly required: boolean;
  /** Every id the value may take, in content order. */
  readonly ids: () => readonly string[];
  /** Stable short key per id, for code scenes (entry-keys.ts). */
  readonly keys: Readonly<Record<string, string>>;
  /** Toast start when the id is unknown. */
  readonly unknownNotice: string;
}

export interface PageSpec {
  readonly path: string;
  /** Short key in a code scene: lower-case letters, 1–3, stable forever. */
  readonly key: string;
  /** Toast end when a broken link lands on this page ("先看第一节"). */
  readonly landing: string;
  readonly param?: PageParam;
}

/**
 * The page table: adding a page that takes no value is one entry here (and its line in app.json).
 */
export const PAGES = {
  home: { path: '/pages/home/index', key: 'h', landing: '已打开首页' },
  guide: {
    path: '/pages/guide/index',
    key: 'g',
    landing: '先看第一节',
    param: {
      name: 'section',
      required: true,
      ids: () => contentStore.sections.map((section) => section.id),
      keys: SECTION_KEYS,
      unknownNotice: '没找到这一节',
    },
  },
  checklist: {
    path: '/pages/checklist/index',
    key: 'c',
    landing: '已打开完整清单',
    param: {
      name: 'group',
      required: false,
      ids: () => contentStore.checklistGroups.map((group) => group.id),
      keys: GROUP_KEYS,
      unknownNotice: '没找到这一组',
    },
  },
  sources: { path: '/pages/sources/index', key: 's', landing: '已打开资料来源' },
  situation: { path: '/pages/situation/index', key: 'm', landing: '已打开「我的情况」' },
  payments: { path: '/pages/payments/index', key: 'p', landing: '已打开付款方式对比' },
  emergency: { path: '/pages/emergency/index', key: 'e', landing: '已打开紧急电话' },
  cashier: {
    path: '/pages/cashier/index',
    key: 'sc',
    landing: '先看第一张卡片',
    param: {
      name: 'card',
      required: false,
      ids: () => cashierCards.map((card) => card.id),
      keys: CASHIER_CARD_KEYS,
      unknownNotice: '没找到这张卡片',
    },
  },
  register: {
    path: '/pages/tools/register/index',
    key: 'r',
    landing: '已打开「我的号码要登记吗」',
    param: {
      name: 'line',
      required: false,
      ids: () => REGISTER_LINE_IDS,
      keys: REGISTER_LINE_KEYS,
      unknownNotice: '没看懂链接里的号码情况',
    },
  },
  'money-home': { path: '/pages/tools/money-home/index', key: 'mh', landing: '已打开「钱怎么汇回国内」' },
  pay: {
    path: '/pages/tools/pay/index',
    key: 'tp',
    landing: '已打开「付款时刻」',
    param: {
      name: 'tab',
      required: false,
      ids: () => Object.keys(PAY_TAB_KEYS),
      keys: PAY_TAB_KEYS,
      unknownNotice: '没找到这一栏',
    },
  },
  'emergency-card': { path: '/pages/tools/emergency-card/index', key: 'ec', landing: '已打开紧急联系卡' },
} as const satisfies Record<string, PageSpec>;

type Pages = typeof PAGES;
export type PageName = keyof Pages;

type TargetFor<P extends PageName> = Pages[P] extends {
  param: { name: infer N extends string; required: infer R };
}
  ? R extends true
    ? { page: P } & { [K in N]: string }
    : { page: P } & { [K in N]?: string }
  : { page: P };

/** A place in the app a link can open: a page, and the section or stage it shows. */
export type EntryTarget = { [P in PageName]: TargetFor<P> }[PageName];
/** The target of one page, e.g. `{ page: 'guide'; section: string }`. */
export type PageTarget<P extends PageName> = Extract<EntryTarget, { page: P }>;

export const SPECS: Readonly<Record<PageName, PageSpec>> = PAGES;
export const PAGE_NAMES = Object.keys(PAGES) as PageName[];

export const PAGE_PATHS = Object.fromEntries(PAGE_NAMES.map((name) => [name, PAGES[name].path])) as {
  readonly [P in PageName]: Pages[P]['path'];
};

export function isPageName(value: unknown): value is PageName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PAGES, value);
}

/** The section or stage a target carries, if any. */
export function targetValue(target: EntryTarget): string | undefined {
  const param = SPECS[target.page].param;
  if (!param) return undefined;
  const value = (target as unknown as Record<string, unknown>)[param.name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A table lookup that ignores what objects inherit (`constructor`, `__proto__`). */
export function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function makeTarget(page: PageName, value?: string): EntryTarget {
  const param = SPECS[page].param;
  const chosen = value ?? (param?.required ? param.ids()[0] : undefined);
  return (param && chosen !== undefined ? { page, [param.name]: chosen } : { page }) as EntryTarget;
}

/** What a page shows when its link says nothing (the guide: its first section). */
export function defaultTarget<P extends PageName>(page: P): PageTarget<P> {
  return makeTarget(page) as PageTarget<P>;
}

export function sameTarget(a: EntryTarget, b: EntryTarget): boolean {
  return a.page === b.page && targetValue(a) === targetValue(b);
}

// ---------------------------------------------------------------------------------------------------------
// Building

/** Thrown only by builders, for a target the app cannot link to (scripts report it). */
export class EntryLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntryLinkError';
  }
}

export function checkedValue(target: EntryTarget): string | undefined {
  if (!isPageName(target.page)) throw new EntryLinkError(`Unknown page "${String(target.page)}"`);
  const param = SPECS[target.page].param;
  const value = targetValue(target);
  if (!param || value === undefined) return undefined;
  if (!param.ids().includes(value)) {
    throw new EntryLinkError(`Unknown ${param.name} "${value}" for page ${target.page}`);
  }
  return value;
}

/** The query string (without `?`) that opens a target on its page; also `onShareTimeline`'s `query`. */
export function targetQuery(target: EntryTarget): string {
  const param = SPECS[target.page].param;
  const value = targetValue(target);
  return param && value !== undefined ? `${param.name}=${encodeURIComponent(value)}` : '';
}

/** The path for `onShareAppMessage` and `wx.navigateTo`, starting with `/`. */
export function targetPath(target: EntryTarget): string {
  const query = targetQuery(target);
  return query ? `${PAGES[target.page].path}?${query}` : PAGES[target.page].path;
}

export const SCENE_MAX_LENGTH = 32;
/** The characters `wxacode.getUnlimited` accepts in `scene`. */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
export const SCENE_SEPARATOR = '.';

/** Path of the link form: `https://<domain>/mp`, no query, no fragment. */
const LINK_BASE_PATTERN = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~\-/]*)?$/;
export const EXAMPLE_LINK_BASE = 'https://example.org/mp';

export function isLinkBase(base: string): boolean {
  return LINK_BASE_PATTERN.test(base) && !base.includes('..');
}

/** The link a normal QR code carries: `<base>?to=<page>[&<page query>]`. */
export function buildQrLink(target: EntryTarget, base: string = EXAMPLE_LINK_BASE): string {
  if (!isLinkBase(base)) {
    throw new EntryLinkError(`Link base "${base}" must look like https://your-domain/mp (no query)`);
  }
  checkedValue(target);
  const query = targetQuery(target);
  return `${base}?to=${target.page}${query ? `&${query}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

/** What went wrong with a link, for a toast and for tests. */
export type EntryProblem =
  | 'unreadable' // bad percent-encoding, not a string, an array, characters a link never has
  | 'too-long'
  | 'unsafe' // markup, `../`, `javascript:` and the like
  | 'empty'
  | 'unknown-page'
  | 'unknown-id'; // a section or stage the content does not have

export type EntrySource = 'scene' | 'q' | 'query';

export interface EntryResult {
  /** Where the person lands: always a page that exists, with an id that exists. */
  target: EntryTarget;
  /** Which part of the page query the target came from. */
  source: EntrySource;
  problem?: EntryProblem;
  /** Short toast text when there was a problem, naming what happened and where the person is now. */
  notice?: string;
}

const PROBLEM_NOTICE: Record<Exclude<EntryProblem, 'unknown-id'>, string> = {
  unreadable: '链接无法识别',
  'too-long': '链接太长',
  unsafe: '链接含有无效内容',
  empty: '链接是空的',
  'unknown-page': '没找到这个页面',
};

function result(source: EntrySource, target: EntryTarget, problem?: EntryProblem): EntryResult {
  if (!problem) return { target, source };
  const param = SPECS[target.page].param;
  const what = problem === 'unknown-id' ? (param?.unknownNotice ?? '没找到') : PROBLEM_NOTICE[problem];
  return { target, source, problem, notice: `${what}，${PAGES[target.page].landing}` };
}

/** `decodeURIComponent` that returns undefined instead of throwing `URIError`. */
export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Markup, script schemes, path climbing and control characters: never part of a link the app made. */
export function looksUnsafe(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return /[<>"`\\]|\.\.|(?:javascript|vbscript|data|file)\s*:/i.test(value);
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Encoded lengths: a page value is an id of at most 64 characters; anything far longer is not ours. */
const MAX_VALUE_LENGTH = 200;
const MAX_ID_LENGTH = 64;
const MAX_RAW_SCENE_LENGTH = SCENE_MAX_LENGTH * 3;
const MAX_LINK_LENGTH = 1024;

type Checked = { ok: true; value: string } | { ok: false; problem: EntryProblem };

/** Decodes one value once and checks it is a plausible id; never throws. */
function checkValue(raw: unknown, maxLength = MAX_VALUE_LENGTH): Checked {
  if (typeof raw !== 'string') return { ok: false, problem: 'unreadable' };
  if (raw.trim() === '') return { ok: false, problem: 'empty' };
  if (raw.length > maxLength) return { ok: false, problem: 'too-long' };
  const decoded = safeDecode(raw);
  if (decoded === undefined) return { ok: false, problem: 'unreadable' };
  if (looksUnsafe(decoded)) return { ok: false, problem: 'unsafe' };
  if (decoded.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, value: decoded.trim() };
}

/** The page's own value (section/stage) from a query-like record. */
function parseValue(page: PageName, params: Record<string, unknown>, source: EntrySource): EntryResult {
  const param = SPECS[page].param;
  if (!param || !Object.prototype.hasOwnProperty.call(params, param.name)) {
    return result(source, makeTarget(page));
  }
  const raw = params[param.name];
  if (raw === undefined) return result(source, makeTarget(page));
  const checked = checkValue(raw);
  if (!checked.ok) return result(source, makeTarget(page), checked.problem);
  const id = checked.value;
  if (id.length > MAX_ID_LENGTH) return result(source, makeTarget(page), 'too-long');
  if (!ID_PATTERN.test(id) || !param.ids().includes(id)) {
    return result(source, makeTarget(page), 'unknown-id');
  }
  return result(source, makeTarget(page, id));
}

/** A shared card or Moments: the page's own query. */
export function parsePageQuery(page: PageName, query: unknown): EntryResult {
  return parseValue(page, asRecord(query), 'query');
}

const pageByKey = new Map<string, PageName>(PAGE_NAMES.map((name) => [PAGES[name].key, name]));

/** A Mini Program code's `scene` as the page receives it (still encoded). */
export function parseScene(raw: unknown): EntryResult {
  const home = makeTarget('home');
  const checked = checkValue(raw, MAX_RAW_SCENE_LENGTH);
  if (!checked.ok) return result('scene', home, checked.problem);
  const scene = checked.value.toLowerCase();
  if (scene.length > SCENE_MAX_LENGTH) return result('scene', home, 'too-long');
  if (!SCENE_PATTERN.test(scene)) return result('scene', home, 'unreadable');
  const split = scene.indexOf(SCENE_SEPARATOR);
  const pageKey = split < 0 ? scene : scene.slice(0, split);
  const valueKey = split < 0 ? '' : scene.slice(split + 1);
  const page = pageByKey.get(pageKey);
  if (!page) return result('scene', home, 'unknown-page');
  const param = SPECS[page].param;
  if (!param || valueKey === '') return result('scene', makeTarget(page));
  const id = Object.keys(param.keys).find((candidate) => param.keys[candidate] === valueKey);
  if (id === undefined || !param.ids().includes(id)) return result('scene', makeTarget(page), 'unknown-id');
  return result('scene', makeTarget(page, id));
}

/** Splits `a=1&b=2` into raw (still encoded) values; the first of a repeated key wins. */
function splitQuery(query: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = equals < 0 ? pair : pair.slice(0, equals);
    const value = equals < 0 ? '' : pair.slice(equals + 1);
    if (!Object.prototype.hasOwnProperty.call(params, key)) params[key] = value;
  }
  return params;
}

/** A normal QR link's `q`: the whole link, encoded once by WeChat. */
export function parseQrLink(raw: unknown): EntryResult {
  const home = makeTarget('home');
  if (typeof raw === 'string' && raw.length > MAX_LINK_LENGTH * 3) return result('q', home, 'too-long');
  if (typeof raw !== 'string') return result('q', home, 'unreadable');
  if (raw.trim() === '') return result('q', home, 'empty');
  const link = safeDecode(raw);
  if (link === undefined) return result('q', home, 'unreadable');
  if (link.length > MAX_LINK_LENGTH) return result('q', home, 'too-long');
  if (looksUnsafe(link)) return result('q', home, 'unsafe');
  if (!/^https?:\/\/[^\s/?#]+/i.test(link)) return result('q', home, 'unreadable');
  const queryStart = link.indexOf('?');
  const hash = link.indexOf('#');
  const query = queryStart < 0 ? '' : link.slice(queryStart + 1, hash > queryStart ? hash : undefined);
  const params = splitQuery(query);
  if (params.to === undefined) return result('q', home);
  const to = checkValue(params.to);
  if (!to.ok) return result('q', home, to.problem);
  if (!isPageName(to.value)) return result('q', home, 'unknown-page');
  return parseValue(to.value, params, 'q');
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Everything a page's `onLoad` receives, read in one way: a code's `scene` first, then a QR link's `q`, then
 * the page's own query. The target may be another page (a code printed for the guide, opened on home).
 */
export function parseEntry(page: PageName, query: unknown): EntryResult {
  const params = asRecord(query);
  if (params.scene !== undefined) return parseScene(params.scene);
  if (params.q !== undefined) return parseQrLink(params.q);
  return parsePageQuery(page, params);
}
