/**
 * 付款时刻: the conversion prompt, the ATM cost and the SAFE limit, and the tip, with worked figures and
 * properties over random amounts (costs never negative, monotone in the amount, splitting never cheaper).
 */
import fc from 'fast-check';
import {
  MAX_SPLIT,
  compareSplit,
  safeDailyCheck,
  withdrawalCost,
  type AtmCostInput,
  type CardFee,
} from '../../miniprogram/pages/tools/services/atm-cost';
import { screenGuides } from '../../miniprogram/pages/tools/content';
import { compareConversion, screenGuide } from '../../miniprogram/pages/tools/services/dcc';
import type { OwnRate } from '../../miniprogram/pages/tools/services/exchange-rate';
import {
  MAX_TIP_PERCENT,
  describeTip,
  parseTipPercent,
  roundTip,
  tipFacts,
  tipOptions,
} from '../../miniprogram/pages/tools/services/tip';
import { unspacedPairs } from './chinese-spacing';

const RUNS = 500;
/** 1 人民币 = 2.5 比索, i.e. 1 比索 = 0.4 元: round figures for worked examples (not a real rate). */
const rate: OwnRate = { direction: 'mxn-per-cny', value: 2.5, enteredOn: '2026-12-01' };

describe('conversion prompt', () => {
  it('works out how much more the yuan price costs (worked example)', () => {
    // 1,000 pesos at the person's rate is 400 元; the screen asks 420 元.
    const result = compareConversion({ pesos: 1000, shown: 420, shownCurrency: 'CNY', ownRate: rate });
    expect(result).toMatchObject({ kind: 'compared', verdict: 'costs-more' });
    if (result.kind !== 'compared') return;
    expect(result.fairAmount).toBeCloseTo(400, 9);
    expect(result.extra).toBeCloseTo(20, 9);
    expect(result.extraCny).toBeCloseTo(20, 9);
    expect(result.extraPercent).toBeCloseTo(5, 9);
    expect(result.summary).toBe('用人民币付要多 20 元，贵 5%。');
    expect(result.advice).toContain('Sin conversión');
  });

  it('gives a US-dollar markup in yuan when both rates are known', () => {
    // 1,000 pesos at 0.055 USD/peso is 55 USD; the screen asks 57.75 USD (5% more) = 2.75 USD = 50 pesos = 20 元.
    const result = compareConversion({
      pesos: 1000,
      shown: 57.75,
      shownCurrency: 'USD',
      ownRate: rate,
      usdPerMxn: 0.055,
    });
    if (result.kind !== 'compared') throw new Error(result.kind);
    expect(result.extraPercent).toBeCloseTo(5, 9);
    expect(result.extraCny).toBeCloseTo(20, 9);
    expect(result.summary).toBe('用美元付要多 2.75 美元（约 20 元人民币），贵 5%。');
  });

  it('asks for a rate instead of guessing, and says what the screen rate is', () => {
    const result = compareConversion({ pesos: 1000, shown: 420, shownCurrency: 'CNY' });
    expect(result.kind).toBe('need-rate');
    if (result.kind !== 'need-rate') return;
    expect(result.summary).toContain('1 人民币 = 2.38 比索');
    expect(result.summary).toContain('汇率');
    const usd = compareConversion({ pesos: 1000, shown: 57.75, shownCurrency: 'USD', ownRate: rate });
    expect(usd.kind).toBe('need-rate');
  });

  it('calls small differences the same and flags a cheaper conversion as a rate to check', () => {
    const same = compareConversion({ pesos: 1000, shown: 401, shownCurrency: 'CNY', ownRate: rate });
    expect(same).toMatchObject({ kind: 'compared', verdict: 'about-same' });
    const less = compareConversion({ pesos: 1000, shown: 380, shownCurrency: 'CNY', ownRate: rate });
    expect(less).toMatchObject({ kind: 'compared', verdict: 'costs-less' });
    if (less.kind === 'compared') expect(less.summary).toContain('今天');
  });

  it('answers missing or broken amounts with a hint', () => {
    for (const [pesos, shown] of [
      [0, 400],
      [1000, 0],
      [Number.NaN, 400],
      [1000, Number.POSITIVE_INFINITY],
      [-5, 400],
    ]) {
      expect(
        compareConversion({ pesos: pesos!, shown: shown!, shownCurrency: 'CNY', ownRate: rate }),
      ).toMatchObject({
        kind: 'invalid',
      });
    }
  });

  it('extra percent has the sign of the difference and is the same in either currency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.8, max: 1.3, noNaN: true }),
        (pesos, factor) => {
          const fair = pesos * 0.4;
          const result = compareConversion({
            pesos,
            shown: fair * factor,
            shownCurrency: 'CNY',
            ownRate: rate,
          });
          if (result.kind !== 'compared') throw new Error(result.kind);
          expect(result.extraPercent).toBeCloseTo((factor - 1) * 100, 6);
          expect(Math.sign(result.extra)).toBe(Math.sign(result.extraPercent));
          expect(result.summary).not.toMatch(/NaN|undefined|Infinity/);
          expect(unspacedPairs(result.summary)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('says which choice to press on each screen, as language aids', () => {
    for (const kind of ['atm', 'terminal'] as const) {
      const guide = screenGuide(kind);
      expect(guide).toBe(screenGuides[kind]);
      expect(guide.facts).toContain('F5.8');
      expect(guide.phrases.some((phrase) => phrase.choice === 'press')).toBe(true);
      expect(guide.phrases.some((phrase) => phrase.choice === 'avoid')).toBe(true);
      for (const phrase of guide.phrases) expect(phrase.languageAid).toBe(true);
    }
    const pressed = screenGuide('atm').phrases.filter((phrase) => phrase.choice === 'press');
    expect(pressed.map((phrase) => phrase.spanish)).toContain('Sin conversión');
    expect(screenGuide('terminal').phrases.find((p) => p.choice === 'press')!.spanish).toContain('MXN');
  });
});

describe('ATM cost', () => {
  const cardFee: CardFee = { fixed: 12, fixedCurrency: 'CNY', percent: 1 };
  const base: AtmCostInput = { pesos: 3000, atmFee: 70, cardFee, ownRate: rate };

  it('adds up one withdrawal (worked example)', () => {
    // ATM 70 pesos; card 1% of 3,070 = 30.70 pesos; fixed 12 元 = 30 pesos → 130.70 pesos = 52.28 元, 4.36% of cash.
    const result = withdrawalCost(base);
    if (!result.ok) throw new Error(result.hint);
    expect(result.cardPercentMxn).toBeCloseTo(30.7, 9);
    expect(result.totalMxn).toBeCloseTo(130.7, 9);
    expect(result.totalCny).toBeCloseTo(52.28, 9);
    expect(result.percentOfCash).toBeCloseTo(4.3567, 3);
    expect(result.summary).toBe('手续费一共约 130.70 比索（约 52.28 元人民币），占取出现金的 4.4%。');
  });

  it('keeps a yuan fee apart when there is no rate, and merges peso fees without one', () => {
    const noRate = withdrawalCost({ ...base, ownRate: undefined });
    if (!noRate.ok) throw new Error(noRate.hint);
    expect(noRate.totalMxn).toBeUndefined();
    expect(noRate.feesMxn).toBeCloseTo(100.7, 9);
    expect(noRate.feesCny).toBe(12);
    expect(noRate.summary).toContain('填上汇率');
    const pesoFees = withdrawalCost({
      ...base,
      ownRate: undefined,
      cardFee: { ...cardFee, fixedCurrency: 'MXN' },
    });
    if (!pesoFees.ok) throw new Error(pesoFees.hint);
    expect(pesoFees.totalMxn).toBeCloseTo(112.7, 9);
    expect(pesoFees.totalCny).toBeUndefined();
  });

  it('answers bad figures with a hint', () => {
    expect(withdrawalCost({ ...base, pesos: 0 })).toMatchObject({ ok: false });
    expect(withdrawalCost({ ...base, atmFee: -1 })).toMatchObject({ ok: false });
    expect(withdrawalCost({ ...base, cardFee: { ...cardFee, percent: Number.NaN } })).toMatchObject({
      ok: false,
    });
    expect(withdrawalCost({ ...base, cardFee: { ...cardFee, percent: 101 } })).toMatchObject({ ok: false });
    expect(compareSplit(base, 1)).toMatchObject({ ok: false });
    expect(compareSplit(base, MAX_SPLIT + 1)).toMatchObject({ ok: false });
    expect(compareSplit(base, 2.5)).toMatchObject({ ok: false });
  });

  it('compares one large withdrawal with several small ones (worked example)', () => {
    // 3 × 1,000 pesos: 3 × 70 + 1% of 3,210 + 3 × 12 元 → 210 + 32.10 + 90 = 332.10 pesos, 201.40 more.
    const result = compareSplit(base, 3);
    if (!result.ok) throw new Error(result.hint);
    expect(result.each).toBe(1000);
    expect(result.several.totalMxn).toBeCloseTo(332.1, 9);
    expect(result.extraMxn).toBeCloseTo(201.4, 9);
    expect(result.extraCny).toBeCloseTo(80.56, 9);
    expect(result.summary).toBe(
      '分 3 次取，比一次取多花 201.40 比索（约 80.56 元人民币）：每次都要再付一遍固定手续费。',
    );
    const noFixed = compareSplit({ ...base, atmFee: 0, cardFee: { ...cardFee, fixed: 0 } }, 4);
    if (!noFixed.ok) throw new Error(noFixed.hint);
    expect(noFixed.extraMxn).toBeCloseTo(0, 9);
    expect(noFixed.summary).toContain('一样');
  });

  const atmInput = fc.record({
    pesos: fc.integer({ min: 1, max: 1_000_000 }),
    atmFee: fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
    cardFee: fc.record({
      fixed: fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100),
      fixedCurrency: fc.constantFrom('MXN' as const, 'CNY' as const),
      percent: fc.integer({ min: 0, max: 1000 }).map((hundredths) => hundredths / 100),
    }),
    ownRate: fc.option(
      fc
        .double({ min: 1, max: 20, noNaN: true })
        .map((value): OwnRate => ({ direction: 'mxn-per-cny', value, enteredOn: '2026-12-01' })),
      { nil: undefined },
    ),
  });

  it('never gives a negative cost, and costs more as the amount grows', () => {
    fc.assert(
      fc.property(atmInput, fc.integer({ min: 0, max: 100_000 }), (input, more) => {
        const one = withdrawalCost(input);
        const bigger = withdrawalCost({ ...input, pesos: input.pesos + more });
        if (!one.ok || !bigger.ok) throw new Error('valid input refused');
        for (const cost of [one, bigger]) {
          expect(cost.feesMxn).toBeGreaterThanOrEqual(0);
          expect(cost.feesCny).toBeGreaterThanOrEqual(0);
          if (cost.totalMxn !== undefined) expect(cost.totalMxn).toBeGreaterThanOrEqual(0);
          if (cost.totalCny !== undefined) expect(cost.totalCny).toBeGreaterThanOrEqual(0);
          expect(cost.summary).not.toMatch(/NaN|undefined|Infinity/);
          expect(unspacedPairs(cost.summary)).toEqual([]);
        }
        expect(bigger.feesMxn).toBeGreaterThanOrEqual(one.feesMxn);
        if (one.totalMxn !== undefined) expect(bigger.totalMxn!).toBeGreaterThanOrEqual(one.totalMxn);
      }),
      { numRuns: RUNS },
    );
  });

  it('one withdrawal never costs more than several, in fixed fees or in total', () => {
    fc.assert(
      fc.property(atmInput, fc.integer({ min: 2, max: MAX_SPLIT }), (input, count) => {
        const result = compareSplit(input, count);
        if (!result.ok) throw new Error(result.hint);
        expect(result.several.atmFeeMxn).toBeGreaterThanOrEqual(result.one.atmFeeMxn);
        expect(result.several.feesCny).toBeGreaterThanOrEqual(result.one.feesCny);
        expect(result.several.feesMxn).toBeGreaterThanOrEqual(result.one.feesMxn - 1e-9);
        if (result.extraMxn !== undefined) expect(result.extraMxn).toBeGreaterThanOrEqual(-1e-9);
        expect(result.each * count).toBeCloseTo(input.pesos, 6);
        expect(unspacedPairs(result.summary)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('SAFE daily limit (F10.3)', () => {
  it('cannot be checked without a rate, and says so', () => {
    const check = safeDailyCheck(30_000);
    expect(check.status).toBe('unknown');
    expect(check.message).toContain('没有汇率');
    expect(check.facts).toEqual(['F10.3']);
  });

  it.each([
    [20_000, 'within', 8000],
    [22_500, 'near', 9000],
    [25_000, 'near', 10_000],
    [25_002.5, 'over', 10_001],
  ])('%s pesos in a day at 2.5 pesos per yuan is %s', (pesos, status, cny) => {
    const check = safeDailyCheck(pesos, rate);
    expect(check.status).toBe(status);
    if (check.status === 'unknown') return;
    expect(check.dayTotalCny).toBeCloseTo(cny, 9);
    expect(check.leftCny).toBeCloseTo(Math.max(0, 10_000 - cny), 9);
    if (status === 'over') expect(check.message).toContain('超过');
  });

  it('only warns above 10,000 yuan, for any total and rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        (pesos, value) => {
          const check = safeDailyCheck(pesos, { direction: 'mxn-per-cny', value, enteredOn: '2026-12-01' });
          if (check.status === 'unknown') throw new Error('rate given');
          expect(check.status === 'over').toBe(pesos / value > 10_000);
          expect(check.leftCny).toBeGreaterThanOrEqual(0);
          expect(unspacedPairs(check.message)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('tip', () => {
  it('gives 10% and 15% in whole pesos, plus the person\u2019s own % (worked example)', () => {
    const result = tipOptions(847, 12);
    if (!result.ok) throw new Error(result.hint);
    expect(result.options.map(describeTip)).toEqual([
      '10%：小费 85 比索，合计 932 比索',
      '15%：小费 127 比索，合计 974 比索',
      '12%：小费 102 比索，合计 949 比索',
    ]);
    expect(result.options.map(({ percent, tip, total, own }) => ({ percent, tip, total, own }))).toEqual([
      { percent: 10, tip: 85, total: 932, own: false },
      { percent: 15, tip: 127, total: 974, own: false },
      { percent: 12, tip: 102, total: 949, own: true },
    ]);
  });

  it('marks a customary % as the person\u2019s own instead of repeating it', () => {
    const result = tipOptions(200, 15);
    if (!result.ok) throw new Error(result.hint);
    expect(result.options).toHaveLength(2);
    expect(result.options[1]).toMatchObject({ percent: 15, own: true, tip: 30 });
  });

  it('rounds half a peso up and never below zero', () => {
    expect(roundTip(84.5)).toBe(85);
    expect(roundTip(84.49)).toBe(84);
    expect(roundTip(-3)).toBe(0);
    expect(roundTip(Number.NaN)).toBe(0);
  });

  it('answers bad bills and percentages with a hint', () => {
    for (const bill of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 20_000_000]) {
      expect(tipOptions(bill)).toMatchObject({ ok: false });
    }
    expect(tipOptions(100, MAX_TIP_PERCENT + 1)).toMatchObject({ ok: false });
    expect(tipOptions(100, Number.NaN)).toMatchObject({ ok: false });
    expect(parseTipPercent('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseTipPercent('150')).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('tips grow with the bill and the total is the bill plus the tip, within half a peso of the exact tip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }).map((c) => c / 100),
        fc.integer({ min: 0, max: 1000 }).map((p) => p / 10),
        (bill, percent) => {
          const result = tipOptions(bill, percent);
          const more = tipOptions(bill + 10, percent);
          if (!result.ok || !more.ok) throw new Error('refused');
          result.options.forEach((option, index) => {
            expect(option.tip).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(option.tip)).toBe(true);
            expect(Math.abs(option.tip - option.exactTip)).toBeLessThanOrEqual(0.5 + 1e-9);
            expect(option.total).toBeCloseTo(bill + option.tip, 6);
            expect(more.options[index]!.tip).toBeGreaterThanOrEqual(option.tip);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('carries the consent rule and what bills say, as data', () => {
    expect(tipFacts.customaryPercents).toEqual([10, 15]);
    expect(tipFacts.consent.facts).toEqual(['F5.6']);
    expect(tipFacts.consent.text).toContain('同意');
    expect(tipFacts.notes.map((note) => note.spanish).join(' ')).toMatch(/incluida[\s\S]*sugerida/);
    for (const note of tipFacts.notes) expect(note.languageAid).toBe(true);
  });
});
