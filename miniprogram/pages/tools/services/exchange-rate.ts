/**
 * The person's own exchange rate between pesos and yuan. The app ships no rate (the fact sheet has none, and
 * rates move daily): the person reads today's rate on the ATM or terminal screen or in their bank app and types
 * it, in whichever direction they see it. It is kept with the calendar day it was entered.
 *
 * Stored form (wiring into the storage module comes later):
 * `{ version: 1, direction: 'mxn-per-cny' | 'cny-per-mxn', value: number, enteredOn: 'YYYY-MM-DD' }`.
 */
import { parseAmount, formatAmount, type AmountResult } from './amount-input';

/** `mxn-per-cny`: 1 人民币 = value 比索. `cny-per-mxn`: 1 比索 = value 人民币. */
export type RateDirection = 'mxn-per-cny' | 'cny-per-mxn';

/** A calendar day as `YYYY-MM-DD`, in the phone's own time zone when it was entered. */
export type CalendarDay = string;

export interface OwnRate {
  direction: RateDirection;
  value: number;
  enteredOn: CalendarDay;
}

export const RATE_DIRECTIONS: readonly RateDirection[] = ['mxn-per-cny', 'cny-per-mxn'];

/** How each direction is asked for and shown. */
export const RATE_LABELS: Record<RateDirection, { question: string; unit: string }> = {
  'mxn-per-cny': { question: '1 人民币换多少比索？', unit: '比索 / 1 人民币' },
  'cny-per-mxn': { question: '1 比索换多少人民币？', unit: '人民币 / 1 比索' },
};

/** Where today's rate can be read; the app has none of its own. */
export const RATE_SOURCE_HINT =
  '汇率每天都在变。可以看取款机或刷卡机屏幕上的汇率，或者银行 App 里当天的汇率。';

/**
 * Plausibility bounds, not figures: the peso has cost roughly 1.1 to 3.7 pesos per yuan this century,
 * so these leave room either side while keeping the two directions apart (a rate typed the other way round, or
 * with a slipped decimal point, would otherwise go unnoticed and skew every result).
 */
export const RATE_BOUNDS: Record<RateDirection, { min: number; max: number }> = {
  'mxn-per-cny': { min: 1, max: 20 },
  'cny-per-mxn': { min: 0.05, max: 1 },
};

const RATE_DECIMALS = 6;

export type RateResult = AmountResult | { ok: false; reason: 'implausible'; hint: string };

/** Reads a typed rate in the given direction; out-of-bounds values get a hint about the direction. */
export function parseRate(input: unknown, direction: RateDirection): RateResult {
  const bounds = RATE_BOUNDS[direction];
  const result = parseAmount(input, { max: 1000000, maxDecimals: RATE_DECIMALS, allowZero: false });
  if (!result.ok) {
    if (result.reason === 'too-many-decimals') {
      return { ok: false, reason: result.reason, hint: `汇率最多 ${RATE_DECIMALS} 位小数。` };
    }
    return result;
  }
  if (result.value < bounds.min || result.value > bounds.max) {
    const other: RateDirection = direction === 'mxn-per-cny' ? 'cny-per-mxn' : 'mxn-per-cny';
    return {
      ok: false,
      reason: 'implausible',
      hint: `这个数不像「${RATE_LABELS[direction].question}」的答案。请检查小数点，或切换到「${RATE_LABELS[other].question}」再填。`,
    };
  }
  return result;
}

/** Pesos → yuan with the person's rate. */
export function cnyPerMxn(rate: OwnRate): number {
  return rate.direction === 'cny-per-mxn' ? rate.value : 1 / rate.value;
}

export function mxnPerCny(rate: OwnRate): number {
  return rate.direction === 'mxn-per-cny' ? rate.value : 1 / rate.value;
}

export function pesosToCny(pesos: number, rate: OwnRate): number {
  return pesos * cnyPerMxn(rate);
}

/** The rate as the person entered it, e.g. "1 人民币 = 2.65 比索". */
export function describeRate(rate: OwnRate): string {
  const shown = formatAmount(rate.value, decimalsFor(rate.value))
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return rate.direction === 'mxn-per-cny' ? `1 人民币 = ${shown} 比索` : `1 比索 = ${shown} 人民币`;
}

function decimalsFor(value: number): number {
  return value >= 10 ? 2 : value >= 1 ? 4 : 6;
}

// ---------------------------------------------------------------------------------------------------------
// Calendar days

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86400000;

/** Day number (days since 1970-01-01) of a valid `YYYY-MM-DD` between 2000 and 2999, else undefined. */
export function dayNumber(day: unknown): number | undefined {
  if (typeof day !== 'string') return undefined;
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (year < 2000 || year > 2999 || month < 1 || month > 12 || date < 1) return undefined;
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  return Math.round(ms / DAY_MS);
}

/** The phone's calendar day at `now` (its own time zone), or undefined for an invalid clock. */
export function calendarDay(now: Date): CalendarDay | undefined {
  const time = now.getTime();
  if (!Number.isFinite(time)) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return dayNumber(day) === undefined ? undefined : day;
}

export type RateAge =
  | { kind: 'known'; days: number; label: string; stale: boolean }
  | { kind: 'future'; label: string; stale: true }
  | { kind: 'unknown'; label: string; stale: true };

/** After this many days the label suggests updating the rate. */
export const STALE_AFTER_DAYS = 3;

/**
 * "Entered N days ago", robust to odd clocks: a phone whose date is before the entry day (clock changed,
 * time zones crossed) or an invalid date on either side gives a plain label asking to check, never a
 * negative count or NaN.
 */
export function rateAge(enteredOn: unknown, today: unknown): RateAge {
  const entered = dayNumber(enteredOn);
  const now = dayNumber(today);
  if (entered === undefined || now === undefined) {
    return { kind: 'unknown', label: '不知道是哪天填的，建议重新填今天的汇率。', stale: true };
  }
  const days = now - entered;
  if (days < 0) {
    return {
      kind: 'future',
      label: `填于 ${enteredOn as string}，比手机上的日期还晚，请核对后重新填。`,
      stale: true,
    };
  }
  const stale = days > STALE_AFTER_DAYS;
  const when = days === 0 ? '今天填的' : days === 1 ? '昨天填的' : `${days} 天前填的`;
  return { kind: 'known', days, label: stale ? `${when}，建议换成今天的汇率。` : `${when}。`, stale };
}

/** The label for a rate at the phone's current time (`now`), whatever its clock says. */
export function rateAgeAt(enteredOn: unknown, now: Date): RateAge {
  return rateAge(enteredOn, calendarDay(now));
}

export type EnterRateResult = { ok: true; rate: OwnRate } | { ok: false; hint: string };

/** A typed rate, dated with the phone's calendar day at `now`. */
export function enterRate(input: unknown, direction: RateDirection, now: Date): EnterRateResult {
  if (!isDirection(direction)) return { ok: false, hint: '请先选汇率的方向。' };
  const parsed = parseRate(input, direction);
  if (!parsed.ok) return { ok: false, hint: parsed.hint };
  const enteredOn = calendarDay(now);
  if (enteredOn === undefined) return { ok: false, hint: '手机的日期不对，请先校准日期再填。' };
  return { ok: true, rate: { direction, value: parsed.value, enteredOn } };
}

// ---------------------------------------------------------------------------------------------------------
// Storage form

export const RATE_STORAGE_VERSION = 1;

export interface StoredRate {
  version: 1;
  direction: RateDirection;
  value: number;
  enteredOn: CalendarDay;
}

export function encodeRate(rate: OwnRate): StoredRate {
  return {
    version: RATE_STORAGE_VERSION,
    direction: rate.direction,
    value: rate.value,
    enteredOn: rate.enteredOn,
  };
}

function isDirection(value: unknown): value is RateDirection {
  return value === 'mxn-per-cny' || value === 'cny-per-mxn';
}

/**
 * Reads a stored rate. Anything that is not a well-formed version-1 rate within bounds gives undefined (the
 * tool then asks for a rate again); never throws, even on objects whose getters throw.
 */
export function decodeRate(raw: unknown): OwnRate | undefined {
  try {
    let value: unknown = raw;
    if (typeof value === 'string') {
      if (value.length > 1000) return undefined;
      value = JSON.parse(value) as unknown;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    if (record.version !== RATE_STORAGE_VERSION) return undefined;
    const direction = record.direction;
    const rate = record.value;
    const enteredOn = record.enteredOn;
    if (!isDirection(direction)) return undefined;
    if (typeof rate !== 'number' || !Number.isFinite(rate)) return undefined;
    const bounds = RATE_BOUNDS[direction];
    if (rate < bounds.min || rate > bounds.max) return undefined;
    if (typeof enteredOn !== 'string' || dayNumber(enteredOn) === undefined) return undefined;
    return { direction, value: rate, enteredOn };
  } catch {
    return undefined;
  }
}
