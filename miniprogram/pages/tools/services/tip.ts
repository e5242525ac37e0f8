/**
 * Tip: the bill → the customary 10 % and 15 % (the sheet's range, F5.6) or the person's own %, in whole pesos.
 * Tips are voluntary and cannot be added without consent (F5.6); what bills say about tips is in `tipFacts`.
 */
import { MAX_AMOUNT, formatMoney, parseAmount, type AmountResult } from './amount-input';
import { tipFacts } from '../content';

export interface TipOption {
  percent: number;
  /** The tip in whole pesos (half a peso and up rounds up; Mexican coins go down to 1 peso). */
  tip: number;
  /** Bill plus the rounded tip. */
  total: number;
  /** The tip before rounding. */
  exactTip: number;
  /** True for the person's own percentage. */
  own: boolean;
}

export type TipResult = { ok: true; options: TipOption[] } | { ok: false; hint: string };

/** Own percentages above this are refused: a tip is a share of the bill, not a multiple. */
export const MAX_TIP_PERCENT = 100;

/** Rounds a tip to whole pesos, half up; a tip is never negative. */
export function roundTip(exact: number): number {
  if (!Number.isFinite(exact) || exact <= 0) return 0;
  return Math.floor(exact + 0.5 + 1e-9);
}

function option(bill: number, percent: number, own: boolean): TipOption {
  const exactTip = (bill * percent) / 100;
  const tip = roundTip(exactTip);
  return { percent, tip, total: Math.round((bill + tip) * 100) / 100, exactTip, own };
}

/** Reads a typed tip percentage ("12", "12.5", "12,5", "１２"). */
export function parseTipPercent(input: unknown): AmountResult {
  return parseAmount(input, { max: MAX_TIP_PERCENT, maxDecimals: 1, allowZero: true });
}

/**
 * Tips for a bill at the customary percentages, plus the person's own one when given and different.
 * Never throws; a bill that is not a positive amount within `MAX_AMOUNT` gives a hint.
 */
export function tipOptions(bill: number, ownPercent?: number): TipResult {
  if (typeof bill !== 'number' || !Number.isFinite(bill) || bill <= 0)
    return { ok: false, hint: '请填账单金额。' };
  if (bill > MAX_AMOUNT) return { ok: false, hint: '账单金额太大了，请检查。' };
  const options = tipFacts.customaryPercents.map((percent) => option(bill, percent, false));
  if (ownPercent !== undefined) {
    if (!Number.isFinite(ownPercent) || ownPercent < 0 || ownPercent > MAX_TIP_PERCENT) {
      return { ok: false, hint: `小费比例请填 0 到 ${MAX_TIP_PERCENT} 之间的数。` };
    }
    const same = options.find((candidate) => candidate.percent === ownPercent);
    if (same) same.own = true;
    else options.push(option(bill, ownPercent, true));
  }
  return { ok: true, options };
}

/** One line for a tip option, e.g. "10%：小费 85 比索，合计 932 比索". */
export function describeTip(option: TipOption): string {
  return `${option.percent}%：小费 ${formatMoney(option.tip)} 比索，合计 ${formatMoney(option.total)} 比索`;
}

export { tipFacts };
