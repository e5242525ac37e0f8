/**
 * What one ATM withdrawal really costs with a foreign card, one large withdrawal against several small ones,
 * and the SAFE daily limit for mainland bank cards (F10.3).
 *
 * Figures come from the person: the ATM owner's fee as the screen shows it (F5.7: shown before you confirm; no
 * official figure), their own card's foreign-withdrawal fee (fixed and %; the issuer's, not on the sheet) and
 * optionally their own rate. The card's % is taken on everything the card is charged (cash plus the ATM fee),
 * as issuers charge the whole debit; that errs towards the higher cost.
 */
import { formatMoney, roundTo } from './amount-input';
import { atmFacts, type FactRef } from '../content';
import { cnyPerMxn, mxnPerCny, type OwnRate } from './exchange-rate';

export type FeeCurrency = 'MXN' | 'CNY';

export interface CardFee {
  /** The card's fixed fee per withdrawal (>= 0). */
  fixed: number;
  /** Usually yuan for a mainland card. */
  fixedCurrency: FeeCurrency;
  /** The card's fee in % of what it is charged (>= 0). */
  percent: number;
}

export interface AtmCostInput {
  /** Cash taken out, in pesos (> 0). */
  pesos: number;
  /** The ATM owner's fee as shown on the screen, tax included (>= 0). */
  atmFee: number;
  cardFee: CardFee;
  ownRate?: OwnRate;
}

export interface AtmCost {
  /** Fees in pesos: the ATM's, the card's % and a peso fixed fee. */
  feesMxn: number;
  /** A fixed card fee in yuan, kept apart when there is no rate to convert it. */
  feesCny: number;
  atmFeeMxn: number;
  cardPercentMxn: number;
  /** All fees in pesos, when they can all be put in pesos. */
  totalMxn?: number;
  /** All fees in yuan, with a rate. */
  totalCny?: number;
  /** Fees as % of the cash, when `totalMxn` is known. */
  percentOfCash?: number;
  summary: string;
}

export type AtmCostResult = ({ ok: true } & AtmCost) | { ok: false; hint: string };

const finiteAtLeast = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min;

function checkInput(input: AtmCostInput): string | undefined {
  if (!finiteAtLeast(input.pesos, 0) || input.pesos === 0) return '请填取款金额。';
  if (!finiteAtLeast(input.atmFee, 0)) return '请填取款机屏幕上显示的手续费，没有就填 0。';
  if (!finiteAtLeast(input.cardFee.fixed, 0) || !finiteAtLeast(input.cardFee.percent, 0)) {
    return '请填你的卡的境外取款手续费，没有就填 0。';
  }
  if (input.cardFee.percent > 100) return '手续费比例不会超过 100%。';
  return undefined;
}

/** Fees of `count` withdrawals that together take out `pesos` (no checks: callers check). */
function feesOf(input: AtmCostInput, count: number): AtmCost {
  const atmFeeMxn = input.atmFee * count;
  const cardPercentMxn = ((input.pesos + atmFeeMxn) * input.cardFee.percent) / 100;
  const fixedTotal = input.cardFee.fixed * count;
  const feesMxn = atmFeeMxn + cardPercentMxn + (input.cardFee.fixedCurrency === 'MXN' ? fixedTotal : 0);
  const feesCny = input.cardFee.fixedCurrency === 'CNY' ? fixedTotal : 0;
  let totalMxn: number | undefined;
  let totalCny: number | undefined;
  if (input.ownRate) {
    totalMxn = feesMxn + feesCny * mxnPerCny(input.ownRate);
    totalCny = feesMxn * cnyPerMxn(input.ownRate) + feesCny;
  } else if (feesCny === 0) {
    totalMxn = feesMxn;
  }
  const percentOfCash = totalMxn === undefined ? undefined : (totalMxn / input.pesos) * 100;
  let summary: string;
  if (totalMxn !== undefined) {
    const inCny = totalCny === undefined ? '' : `（约 ${formatMoney(totalCny)} 元人民币）`;
    summary = `手续费一共约 ${formatMoney(totalMxn)} 比索${inCny}，占取出现金的 ${roundTo(percentOfCash!, 1)}%。`;
  } else {
    summary = `手续费一共约 ${formatMoney(feesMxn)} 比索加 ${formatMoney(feesCny)} 元人民币。填上汇率就能合成一个数。`;
  }
  return {
    feesMxn,
    feesCny,
    atmFeeMxn,
    cardPercentMxn,
    ...(totalMxn === undefined ? {} : { totalMxn }),
    ...(totalCny === undefined ? {} : { totalCny }),
    ...(percentOfCash === undefined ? {} : { percentOfCash }),
    summary,
  };
}

/** What this one withdrawal costs in fees. Never throws; bad figures give a hint. */
export function withdrawalCost(input: AtmCostInput): AtmCostResult {
  const problem = checkInput(input);
  if (problem) return { ok: false, hint: problem };
  return { ok: true, ...feesOf(input, 1) };
}

/** Largest number of small withdrawals compared. */
export const MAX_SPLIT = 20;

export type SplitComparison =
  | {
      ok: true;
      count: number;
      /** Cash per small withdrawal, in pesos. */
      each: number;
      one: AtmCost;
      several: AtmCost;
      /** How much more the small withdrawals cost in pesos (with a rate, or when every fee is in pesos). */
      extraMxn?: number;
      /** …and in yuan, with a rate. */
      extraCny?: number;
      summary: string;
    }
  | { ok: false; hint: string };

/** One withdrawal of `pesos` against `count` withdrawals of `pesos / count`, each paying every fixed fee. */
export function compareSplit(input: AtmCostInput, count: number): SplitComparison {
  const problem = checkInput(input);
  if (problem) return { ok: false, hint: problem };
  if (!Number.isInteger(count) || count < 2 || count > MAX_SPLIT) {
    return { ok: false, hint: `分几次取：请填 2 到 ${MAX_SPLIT} 之间的整数。` };
  }
  const one = feesOf(input, 1);
  const several = feesOf(input, count);
  const extraMxn =
    one.totalMxn !== undefined && several.totalMxn !== undefined
      ? several.totalMxn - one.totalMxn
      : undefined;
  const extraCny =
    one.totalCny !== undefined && several.totalCny !== undefined
      ? several.totalCny - one.totalCny
      : undefined;
  let summary: string;
  if (extraMxn !== undefined) {
    const inCny = extraCny === undefined ? '' : `（约 ${formatMoney(extraCny)} 元人民币）`;
    summary =
      extraMxn > 0
        ? `分 ${count} 次取，比一次取多花 ${formatMoney(extraMxn)} 比索${inCny}：每次都要再付一遍固定手续费。`
        : `分 ${count} 次取和一次取的手续费一样：没有固定手续费。`;
  } else {
    summary = `分 ${count} 次取，比一次取多花 ${formatMoney(several.feesMxn - one.feesMxn)} 比索加 ${formatMoney(several.feesCny - one.feesCny)} 元人民币。`;
  }
  return {
    ok: true,
    count,
    each: input.pesos / count,
    one,
    several,
    ...(extraMxn === undefined ? {} : { extraMxn }),
    ...(extraCny === undefined ? {} : { extraCny }),
    summary,
  };
}

export type SafeCheck =
  | { status: 'unknown'; message: string; facts: FactRef[] }
  | {
      status: 'within' | 'near' | 'over';
      /** Cash taken out today on this card, in yuan at the person's rate. */
      dayTotalCny: number;
      /** What is left today before the limit, in yuan (0 when over). */
      leftCny: number;
      message: string;
      facts: FactRef[];
    };

/** From this share of the daily limit on, the check says the limit is near (the bank's rate may differ). */
export const NEAR_SHARE = 0.9;

/**
 * SAFE's daily limit for mainland cards: at most 10,000 yuan equivalent in cash per card per day (F10.3).
 * `dayTotalPesos` is all cash taken out today with this card, this withdrawal included. Without a rate it
 * cannot be checked, and says so.
 */
export function safeDailyCheck(dayTotalPesos: number, ownRate?: OwnRate): SafeCheck {
  const facts = atmFacts.safe.facts;
  const limit = atmFacts.safe.dailyLimitCny;
  if (!ownRate) {
    return {
      status: 'unknown',
      message: `国内银行卡每张每天最多取相当于 ${formatMoney(limit)} 元人民币的现金。没有汇率，没法判断这次是否超过。`,
      facts,
    };
  }
  const total = finiteAtLeast(dayTotalPesos, 0) ? dayTotalPesos : 0;
  const dayTotalCny = total * cnyPerMxn(ownRate);
  const leftCny = Math.max(0, limit - dayTotalCny);
  const shown = formatMoney(dayTotalCny);
  if (dayTotalCny > limit) {
    return {
      status: 'over',
      dayTotalCny,
      leftCny,
      message: `今天这张卡一共约 ${shown} 元人民币，超过了每卡每天 ${formatMoney(limit)} 元的上限。请少取一些，或换一张卡取。`,
      facts,
    };
  }
  if (dayTotalCny >= limit * NEAR_SHARE) {
    return {
      status: 'near',
      dayTotalCny,
      leftCny,
      message: `今天这张卡一共约 ${shown} 元人民币，接近每卡每天 ${formatMoney(limit)} 元的上限。银行的汇率和你填的可能不同，留点余地。`,
      facts,
    };
  }
  return {
    status: 'within',
    dayTotalCny,
    leftCny,
    message: `今天这张卡一共约 ${shown} 元人民币，在每卡每天 ${formatMoney(limit)} 元的上限以内。`,
    facts,
  };
}
