/**
 * The conversion prompt (dynamic currency conversion): when an ATM or card terminal shows the peso amount and
 * the same amount in another currency, how much more paying in that currency costs.
 *
 * The reference is the person's own rate (from their bank app, typed in; the app ships none). Without one,
 * the comparison says what the screen's own rate is and asks for a rate, instead of guessing.
 */
import { formatMoney, roundTo } from './amount-input';
import { screenGuides, type FactRef, type ScreenGuide, type ScreenKind } from '../content';
import { cnyPerMxn, type OwnRate } from './exchange-rate';

export type ShownCurrency = 'CNY' | 'USD';

export interface DccInput {
  /** The amount in pesos on the screen (> 0). */
  pesos: number;
  /** The same amount in the other currency, as the screen shows it (> 0). */
  shown: number;
  shownCurrency: ShownCurrency;
  /** The person's own peso/yuan rate, if entered. */
  ownRate?: OwnRate;
  /** For a US-dollar prompt: the person's own rate, US dollars per peso, if entered. */
  usdPerMxn?: number;
}

/** Within this many percent either way, the two amounts are treated as the same. */
export const SAME_WITHIN_PERCENT = 0.5;

export type DccResult =
  | {
      kind: 'compared';
      /** The screen's own rate: shown currency per peso. */
      screenRate: number;
      /** What the pesos come to at the person's rate, in the shown currency. */
      fairAmount: number;
      /** How much more the shown currency costs, in that currency (negative: less). */
      extra: number;
      /** The same in yuan, when it can be worked out. */
      extraCny?: number;
      /** How much more, as % of the fair amount. */
      extraPercent: number;
      verdict: 'costs-more' | 'about-same' | 'costs-less';
      /** One Chinese sentence with the answer. */
      summary: string;
      advice: string;
      facts: FactRef[];
    }
  | {
      kind: 'need-rate';
      screenRate: number;
      summary: string;
      advice: string;
      facts: FactRef[];
    }
  | { kind: 'invalid'; hint: string };

const UNIT: Record<ShownCurrency, string> = { CNY: '元', USD: '美元' };
const NAME: Record<ShownCurrency, string> = { CNY: '人民币', USD: '美元' };

const ADVICE = '选比索（MXN）或「Sin conversión」。';

const usable = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The reference rate for the shown currency (shown currency per peso), if the person has given one. */
function referenceRate(input: DccInput): number | undefined {
  if (input.shownCurrency === 'CNY') return input.ownRate ? cnyPerMxn(input.ownRate) : undefined;
  return usable(input.usdPerMxn) ? input.usdPerMxn : undefined;
}

function describeScreenRate(input: DccInput, screenRate: number): string {
  if (input.shownCurrency === 'CNY')
    return `屏幕上的汇率相当于 1 人民币 = ${formatMoney(1 / screenRate)} 比索`;
  return `屏幕上的汇率相当于 1 美元 = ${formatMoney(1 / screenRate)} 比索`;
}

/** Compares the two amounts on a conversion prompt. Never throws; bad numbers give `invalid`. */
export function compareConversion(input: DccInput): DccResult {
  if (!usable(input.pesos) || !usable(input.shown)) {
    return { kind: 'invalid', hint: '请把屏幕上的两个金额都填上。' };
  }
  const screenRate = input.shown / input.pesos;
  const reference = referenceRate(input);
  const facts: FactRef[] = ['F5.8'];
  if (reference === undefined) {
    const need = input.shownCurrency === 'CNY' ? '比索和人民币的汇率' : '比索和美元的汇率';
    return {
      kind: 'need-rate',
      screenRate,
      summary: `${describeScreenRate(input, screenRate)}。填上你银行 App 里今天${need}，就能算出多付多少。`,
      advice: ADVICE,
      facts,
    };
  }
  const fairAmount = input.pesos * reference;
  const extra = input.shown - fairAmount;
  const extraPercent = (extra / fairAmount) * 100;
  let extraCny: number | undefined;
  if (input.shownCurrency === 'CNY') extraCny = extra;
  else if (input.ownRate) extraCny = (extra / reference) * cnyPerMxn(input.ownRate);
  const verdict =
    Math.abs(extraPercent) < SAME_WITHIN_PERCENT
      ? 'about-same'
      : extraPercent > 0
        ? 'costs-more'
        : 'costs-less';
  const unit = UNIT[input.shownCurrency];
  const percent = `${roundTo(Math.abs(extraPercent), 1)}%`;
  const inCny =
    extraCny !== undefined && input.shownCurrency === 'USD'
      ? `（约 ${formatMoney(Math.abs(extraCny))} 元人民币）`
      : '';
  let summary: string;
  if (verdict === 'costs-more') {
    summary = `用${NAME[input.shownCurrency]}付要多 ${formatMoney(extra)} ${unit}${inCny}，贵 ${percent}。`;
  } else if (verdict === 'about-same') {
    summary = `两种付法差不多（相差不到 ${SAME_WITHIN_PERCENT}%）。`;
  } else {
    summary = `按你填的汇率，这次用${NAME[input.shownCurrency]}付反而少 ${formatMoney(-extra)} ${unit}${inCny}。请看看你填的汇率是不是今天的。`;
  }
  return {
    kind: 'compared',
    screenRate,
    fairAmount,
    extra,
    ...(extraCny === undefined ? {} : { extraCny }),
    extraPercent,
    verdict,
    summary,
    advice: ADVICE,
    facts,
  };
}

/** What the screen says and which choice to press, for an ATM or a card terminal. */
export function screenGuide(kind: ScreenKind): ScreenGuide {
  return screenGuides[kind];
}
