/**
 * 付款时刻: what the page shows for what the person typed and the rate stored on the phone. Pure: the page keeps
 * the typed text (`PayInputs`) and the stored rate, this turns them into the plain data the template renders.
 * Every number goes through `parseAmount`; a field holding something that is not a usable number shows its
 * hint beneath it, and a result that needs it says what is missing. Nothing here invents a rate.
 */
import {
  FEE_RULES,
  MONEY_RULES,
  PERCENT_RULES,
  formatMoney,
  parseAmount,
  type AmountResult,
  type AmountRules,
} from '../services/amount-input';
import {
  MAX_SPLIT,
  compareSplit,
  safeDailyCheck,
  withdrawalCost,
  type FeeCurrency,
} from '../services/atm-cost';
import { atmFacts, tipFacts, type ScreenChoice, type ScreenKind } from '../content';
import { compareConversion, screenGuide, type ShownCurrency } from '../services/dcc';
import {
  RATE_DIRECTIONS,
  RATE_LABELS,
  RATE_SOURCE_HINT,
  describeRate,
  parseRate,
  rateAgeAt,
  type OwnRate,
  type RateDirection,
} from '../services/exchange-rate';
import { describeTip, parseTipPercent, tipOptions } from '../services/tip';

import { PAY_TAB_KEYS, type PayTab } from '../../../services/entry-keys';

export type { PayTab };
/** The tabs, in the order shown: the link table's (a link can open any of them). */
export const PAY_TABS = Object.keys(PAY_TAB_KEYS) as readonly PayTab[];
const TAB_LABELS: Record<PayTab, string> = {
  dcc: '换算提示',
  atm: '取款费用',
  tip: '小费',
  rate: '我的汇率',
};

/** What the person typed or picked, as text: the page keeps it while it is open. */
export interface PayInputs {
  tab: PayTab;
  screen: ScreenKind;
  dccPesos: string;
  dccShown: string;
  dccCurrency: ShownCurrency;
  /** For a US-dollar prompt: 1 US dollar = this many pesos, as the person reads it. */
  dccUsdRate: string;
  atmPesos: string;
  atmFee: string;
  cardFixed: string;
  cardFixedCurrency: FeeCurrency;
  cardPercent: string;
  splitCount: string;
  /** Cash already taken out today with this card, before this withdrawal. */
  dayBefore: string;
  tipBill: string;
  tipOwn: string;
  rateDirection: RateDirection;
  rateText: string;
  /** The hint of the last "save rate" tap, until the field changes. */
  rateHint: string;
}

export type PayField = {
  [K in keyof PayInputs]: PayInputs[K] extends string ? (string extends PayInputs[K] ? K : never) : never;
}[keyof PayInputs];

export const TEXT_FIELDS: readonly PayField[] = [
  'dccPesos',
  'dccShown',
  'dccUsdRate',
  'atmPesos',
  'atmFee',
  'cardFixed',
  'cardPercent',
  'splitCount',
  'dayBefore',
  'tipBill',
  'tipOwn',
  'rateText',
];

export function emptyInputs(): PayInputs {
  return {
    tab: 'dcc',
    screen: 'terminal',
    dccPesos: '',
    dccShown: '',
    dccCurrency: 'CNY',
    dccUsdRate: '',
    atmPesos: '',
    atmFee: '',
    cardFixed: '',
    cardFixedCurrency: 'CNY',
    cardPercent: '',
    splitCount: '3',
    dayBefore: '',
    tipBill: '',
    tipOwn: '',
    rateDirection: 'mxn-per-cny',
    rateText: '',
    rateHint: '',
  };
}

export interface ChoiceView {
  id: string;
  label: string;
  active: boolean;
}

const choices = <T extends string>(ids: readonly T[], labels: Record<T, string>, active: T): ChoiceView[] =>
  ids.map((id) => ({ id, label: labels[id], active: id === active }));

const MARKS: Record<ScreenChoice, string> = { press: '按这个', avoid: '别按', info: '意思' };

/** A typed field: its value when usable, and the hint to show beneath it (empty while nothing is typed). */
interface Read {
  value?: number;
  hint: string;
}

function read(text: string, rules: AmountRules | ((input: string) => AmountResult)): Read {
  if (text.trim() === '') return { hint: '' };
  const result = typeof rules === 'function' ? rules(text) : parseAmount(text, rules);
  return result.ok ? { value: result.value, hint: '' } : { hint: result.hint };
}

const USD_RATE_RULES: AmountRules = { max: 1000, maxDecimals: 6, allowZero: false };
const COUNT_RULES: AmountRules = { max: MAX_SPLIT, maxDecimals: 0, allowZero: false };

export interface RateLine {
  /** "1 人民币 = 2.65 比索", or what to do without one. */
  text: string;
  age: string;
  stale: boolean;
  has: boolean;
}

export function rateLine(rate: OwnRate | undefined, now: Date): RateLine {
  if (!rate)
    return { text: '还没填你的汇率：有了汇率，结果能换算成人民币。', age: '', stale: false, has: false };
  const age = rateAgeAt(rate.enteredOn, now);
  return {
    text: `你的汇率：${describeRate(rate)}`,
    age: `填于 ${rate.enteredOn}，${age.label}`,
    stale: age.stale,
    has: true,
  };
}

function dccView(inputs: PayInputs, rate: OwnRate | undefined) {
  const guide = screenGuide(inputs.screen);
  const pesos = read(inputs.dccPesos, MONEY_RULES);
  const shown = read(inputs.dccShown, MONEY_RULES);
  const usd = read(inputs.dccUsdRate, USD_RATE_RULES);
  let result = { summary: '', verdict: '' };
  if (pesos.value !== undefined && shown.value !== undefined) {
    const compared = compareConversion({
      pesos: pesos.value,
      shown: shown.value,
      shownCurrency: inputs.dccCurrency,
      ...(rate ? { ownRate: rate } : {}),
      ...(usd.value !== undefined ? { usdPerMxn: 1 / usd.value } : {}),
    });
    if (compared.kind === 'compared') result = { summary: compared.summary, verdict: compared.verdict };
    else if (compared.kind === 'need-rate') result = { summary: compared.summary, verdict: 'need-rate' };
  }
  return {
    screens: choices<ScreenKind>(['terminal', 'atm'], { terminal: '刷卡机', atm: '取款机' }, inputs.screen),
    title: guide.title,
    advice: guide.advice,
    reason: guide.reason,
    phrases: guide.phrases.map((phrase) => ({
      id: phrase.id,
      spanish: phrase.spanish,
      meaning: phrase.meaning,
      mark: MARKS[phrase.choice],
      choice: phrase.choice,
    })),
    currencies: choices<ShownCurrency>(['CNY', 'USD'], { CNY: '人民币', USD: '美元' }, inputs.dccCurrency),
    shownLabel: inputs.dccCurrency === 'CNY' ? '屏幕上的人民币金额' : '屏幕上的美元金额',
    usd: inputs.dccCurrency === 'USD',
    pesosHint: pesos.hint,
    shownHint: shown.hint,
    usdHint: usd.hint,
    result,
  };
}

function atmView(inputs: PayInputs, rate: OwnRate | undefined) {
  const pesos = read(inputs.atmPesos, MONEY_RULES);
  const atmFee = read(inputs.atmFee, FEE_RULES);
  const fixed = read(inputs.cardFixed, FEE_RULES);
  const percent = read(inputs.cardPercent, PERCENT_RULES);
  const count = read(inputs.splitCount, COUNT_RULES);
  const before = read(inputs.dayBefore, FEE_RULES);
  let cost = '';
  let split = '';
  let safe = { message: '', status: '' };
  if (pesos.value !== undefined) {
    const input = {
      pesos: pesos.value,
      atmFee: atmFee.value ?? 0,
      cardFee: {
        fixed: fixed.value ?? 0,
        fixedCurrency: inputs.cardFixedCurrency,
        percent: percent.value ?? 0,
      },
      ...(rate ? { ownRate: rate } : {}),
    };
    const one = withdrawalCost(input);
    cost = one.ok ? one.summary : one.hint;
    if (count.value !== undefined && count.value >= 2) {
      const several = compareSplit(input, count.value);
      split = several.ok ? `每次取 ${formatMoney(several.each)} 比索。${several.summary}` : several.hint;
    }
    const check = safeDailyCheck(pesos.value + (before.value ?? 0), rate);
    safe = { message: check.message, status: check.status };
  }
  const blanks = [atmFee, fixed, percent].some((field) => field.value === undefined && field.hint === '');
  return {
    feeCurrencies: choices<FeeCurrency>(
      ['CNY', 'MXN'],
      { CNY: '人民币', MXN: '比索' },
      inputs.cardFixedCurrency,
    ),
    pesosHint: pesos.hint,
    atmFeeHint: atmFee.hint,
    fixedHint: fixed.hint,
    percentHint: percent.hint,
    countHint: count.hint || (count.value === 1 ? `分几次取：请填 2 到 ${MAX_SPLIT} 之间的整数。` : ''),
    beforeHint: before.hint,
    blanksNote: pesos.value !== undefined && blanks ? '没填的手续费按 0 算。' : '',
    cost,
    split,
    safe,
    ownerFee: atmFacts.ownerFee.text,
    cardFee: atmFacts.cardFee.text,
    safeRule: atmFacts.safe.text,
  };
}

function tipView(inputs: PayInputs) {
  const bill = read(inputs.tipBill, MONEY_RULES);
  const own = read(inputs.tipOwn, parseTipPercent);
  let options: { percent: number; line: string; own: boolean }[] = [];
  let hint = '';
  if (bill.value !== undefined) {
    const result = tipOptions(bill.value, own.value);
    if (result.ok)
      options = result.options.map((option) => ({
        percent: option.percent,
        line: describeTip(option),
        own: option.own,
      }));
    else hint = result.hint;
  }
  return {
    billHint: bill.hint || hint,
    ownHint: own.hint,
    options,
    customary: tipFacts.customary.text,
    consent: tipFacts.consent.text,
    notes: tipFacts.notes.map((note) => ({ id: note.id, spanish: note.spanish, meaning: note.meaning })),
  };
}

function rateView(inputs: PayInputs) {
  const typed = inputs.rateText.trim() === '' ? undefined : parseRate(inputs.rateText, inputs.rateDirection);
  return {
    directions: choices<RateDirection>(
      RATE_DIRECTIONS,
      {
        'mxn-per-cny': RATE_LABELS['mxn-per-cny'].question,
        'cny-per-mxn': RATE_LABELS['cny-per-mxn'].question,
      },
      inputs.rateDirection,
    ),
    unit: RATE_LABELS[inputs.rateDirection].unit,
    hint: inputs.rateHint || (typed && !typed.ok ? typed.hint : ''),
    source: RATE_SOURCE_HINT,
  };
}

/** The whole page's view. */
export function payView(inputs: PayInputs, rate: OwnRate | undefined, now: Date) {
  return {
    tabs: choices(PAY_TABS, TAB_LABELS, inputs.tab),
    tab: inputs.tab,
    values: TEXT_FIELDS.reduce<Record<string, string>>(
      (all, field) => ({ ...all, [field]: inputs[field] }),
      {},
    ),
    rate: rateLine(rate, now),
    dcc: dccView(inputs, rate),
    atm: atmView(inputs, rate),
    tip: tipView(inputs),
    rateForm: rateView(inputs),
  };
}

export type PayView = ReturnType<typeof payView>;
