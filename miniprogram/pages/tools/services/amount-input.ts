/**
 * Reading a number the way people type it at a counter, and writing it back.
 *
 * Accepted:
 * - ASCII or full-width digits (０-９), full-width comma and point (，．) and the ideographic full stop (。),
 *   which a Chinese keyboard gives for a decimal point;
 * - spaces of any kind anywhere ("1 234,50");
 * - currency signs or words before and/or after the number ($, MX$, MXN, US$, USD, ¥, ￥, CNY, RMB, 元,
 *   比索, 美元, 人民币, peso(s)) and a percent sign after it, any case; a "+" in front;
 * - separators: a comma followed by exactly three digits (and then no further digit) is a thousands separator;
 *   any other comma is a decimal point ("1,234" = 1234, "1234,5" = 1234.5, "1,234.50" = 1234.5). One exception:
 *   after a lone leading 0 a comma is always a decimal point ("0,500" = 0.5), since nobody writes 0 thousands.
 *   A point is always a decimal point. At most one decimal point; no separator after it.
 *
 * Everything else gets a short Chinese hint instead of a value: never NaN, never a throw.
 */

export type AmountRejection =
  'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-large' | 'too-many-decimals';

export type AmountResult = { ok: true; value: number } | { ok: false; reason: AmountRejection; hint: string };

export interface AmountRules {
  /** Largest value accepted (inclusive). */
  max: number;
  /** Most digits after the decimal point (trailing zeros do not count: "1.500" has one). */
  maxDecimals: number;
  /** Whether 0 is an answer (a fee can be 0; a bill cannot). */
  allowZero: boolean;
}

/**
 * Ten million pesos: far above any withdrawal, bill or transfer a person checks here (about half a million
 * US dollars), low enough that a slipped key ("12000000" for 1,200.00) is caught, and every value with two
 * decimals below it is exact in a double.
 */
export const MAX_AMOUNT = 10000000;

export const MONEY_RULES: AmountRules = { max: MAX_AMOUNT, maxDecimals: 2, allowZero: false };
/** A fee may be nothing. */
export const FEE_RULES: AmountRules = { max: MAX_AMOUNT, maxDecimals: 2, allowZero: true };
/** A percentage such as a tip or a card's fee. */
export const PERCENT_RULES: AmountRules = { max: 100, maxDecimals: 2, allowZero: true };

/** Longer input is not a number anyone typed; it is rejected before any work. */
const MAX_INPUT_CHARS = 64;
/** Digits before the point beyond which a value cannot be below any max we use (and stays exact). */
const MAX_INTEGER_DIGITS = 15;

const CURRENCY_WORDS = [
  'mx$',
  'us$',
  'mxn',
  'usd',
  'cny',
  'rmb',
  'pesos',
  'peso',
  '人民币',
  '比索',
  '美元',
  '元',
  '$',
  '¥',
  '￥',
  '%',
  '％',
];

const MINUS_SIGNS = ['-', '−', '－', '–'];

/** Full-width forms, the ideographic full stop and every kind of space, made plain. */
function normalizeCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (char === '，') out += ',';
    else if (char === '．' || char === '。') out += '.';
    else if (char === '＋') out += '+';
    else if (/\s/.test(char) || char === '\u200b' || char === '\u3000') continue;
    else out += char;
  }
  return out;
}

/** Removes currency signs and words at either end (any order, repeated, e.g. "MX$1,200 MXN"). */
function stripCurrency(text: string): string {
  let rest = text;
  let changed = true;
  while (changed && rest.length > 0) {
    changed = false;
    const lower = rest.toLowerCase();
    for (const word of CURRENCY_WORDS) {
      if (lower.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
        break;
      }
      if (lower.endsWith(word)) {
        rest = rest.slice(0, rest.length - word.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

function formatLimit(max: number): string {
  return formatAmount(max, 0);
}

function reject(reason: AmountRejection, rules: AmountRules): AmountResult {
  switch (reason) {
    case 'empty':
      return { ok: false, reason, hint: '还没有输入数字。' };
    case 'not-a-number':
      return { ok: false, reason, hint: '只能输入数字，例如 1,234.50。' };
    case 'negative':
      return { ok: false, reason, hint: '不能是负数。' };
    case 'zero':
      return { ok: false, reason, hint: '要大于 0。' };
    case 'too-large':
      return { ok: false, reason, hint: `最多 ${formatLimit(rules.max)}，请看看是不是多打了 0。` };
    case 'too-many-decimals':
      return {
        ok: false,
        reason,
        hint: rules.maxDecimals === 0 ? '只能输入整数。' : `小数最多 ${rules.maxDecimals} 位。`,
      };
  }
}

/** Splits "1234,5" / "1,234.50" into integer and fraction digits, or undefined when it is not a number. */
function splitDigits(text: string): { integer: string; fraction: string } | undefined {
  if (!/^[0-9.,]+$/.test(text)) return undefined;
  let integer = '';
  let fraction: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char >= '0' && char <= '9') {
      if (fraction === undefined) integer += char;
      else fraction += char;
      continue;
    }
    // A separator after the decimal point is never ours to guess.
    if (fraction !== undefined) return undefined;
    if (char === ',') {
      const after = text.slice(index + 1);
      const thousands = /^[0-9]{3}(?![0-9])/.test(after) && integer.length > 0 && integer !== '0';
      if (thousands) continue;
    }
    fraction = '';
  }
  if (integer.length === 0 && (fraction === undefined || fraction.length === 0)) return undefined;
  return { integer, fraction: fraction ?? '' };
}

/** Reads what a person typed. Never throws; any input that is not a usable number gets a hint. */
export function parseAmount(input: unknown, rules: AmountRules = MONEY_RULES): AmountResult {
  if (typeof input !== 'string' && typeof input !== 'number') return reject('empty', rules);
  const raw = String(input);
  if (raw.length > MAX_INPUT_CHARS) return reject('not-a-number', rules);
  let text = stripCurrency(normalizeCharacters(raw));
  if (text.length === 0) return reject('empty', rules);
  if (MINUS_SIGNS.some((sign) => text.startsWith(sign))) {
    const rest = stripCurrency(text.slice(1));
    return splitDigits(rest) ? reject('negative', rules) : reject('not-a-number', rules);
  }
  if (text.startsWith('+')) text = stripCurrency(text.slice(1));
  const digits = splitDigits(text);
  if (!digits) return reject('not-a-number', rules);
  const integer = digits.integer.replace(/^0+(?=[0-9])/, '');
  const fraction = digits.fraction.replace(/0+$/, '');
  if (integer.length > MAX_INTEGER_DIGITS) return reject('too-large', rules);
  if (fraction.length > rules.maxDecimals) return reject('too-many-decimals', rules);
  const value = Number(`${integer || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return reject('not-a-number', rules);
  if (value > rules.max) return reject('too-large', rules);
  if (value === 0 && !rules.allowZero) return reject('zero', rules);
  return { ok: true, value };
}

/**
 * Writes a number the way the app shows money: thousands with commas, a point before `decimals` digits
 * (1234.5 → "1,234.50"). Non-finite input is shown as "—" rather than "NaN".
 */
export function formatAmount(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '—';
  const places = Math.max(0, Math.min(6, Math.floor(decimals)));
  const negative = value < 0;
  const fixed = roundTo(Math.abs(value), places).toFixed(places);
  const [integer = '0', fraction] = fixed.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fraction ? `${grouped}.${fraction}` : grouped;
  return negative && Number(fixed) !== 0 ? `-${body}` : body;
}

/** Rounds half away from zero at `places` decimals, robust to binary fractions (1.005 → 1.01). */
export function roundTo(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** places;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Money as people read it: whole numbers without ".00" (1,200), otherwise two decimals (1,234.50). */
export function formatMoney(value: number): string {
  const cents = roundTo(value, 2);
  return formatAmount(cents, Number.isInteger(cents) ? 0 : 2);
}
