/**
 * The number reader: what people type at a counter, and random input that must never crash it.
 */
import fc from 'fast-check';
import {
  FEE_RULES,
  MAX_AMOUNT,
  MONEY_RULES,
  PERCENT_RULES,
  formatAmount,
  formatMoney,
  parseAmount,
  roundTo,
  type AmountResult,
} from '../../miniprogram/pages/tools/services/amount-input';
import { unspacedPairs } from './chinese-spacing';

const RUNS = 1000;

const valueOf = (result: AmountResult) => (result.ok ? result.value : result.reason);

describe('parseAmount: what people type', () => {
  it.each([
    ['1,234.50', 1234.5],
    ['1234,5', 1234.5],
    ['1234,50', 1234.5],
    ['1,234', 1234],
    ['12,345,678', MAX_AMOUNT + 2_345_678], // over the max: checked below
    ['1,23', 1.23],
    ['0,500', 0.5],
    ['0,5', 0.5],
    ['1 234,50', 1234.5],
    ['  500  ', 500],
    ['１，２３４．５０', 1234.5],
    ['１２３４，５', 1234.5],
    ['12。5', 12.5],
    ['$1,200', 1200],
    ['$ 1,200 MXN', 1200],
    ['MX$350', 350],
    ['350 pesos', 350],
    ['350比索', 350],
    ['¥88', 88],
    ['￥88.8', 88.8],
    ['88元', 88],
    ['US$ 20', 20],
    ['20 USD', 20],
    ['+45', 45],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7],
    ['1.500', 1.5],
    ['1,234,567.89', 1234567.89],
    ['9,999,999.99', 9999999.99],
    ['10,000,000', 10_000_000],
  ])('%s → %s', (typed, expected) => {
    const result = parseAmount(typed);
    if (expected > MAX_AMOUNT) expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    else expect(valueOf(result)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['$', 'empty'],
    ['比索', 'empty'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1.234,50', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    [',', 'not-a-number'],
    ['.', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['－５', 'negative'],
    ['-$5', 'negative'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['10,000,000.01', 'too-large'],
    ['99999999999999999999999', 'too-large'],
    ['1.234', 'too-many-decimals'],
    ['1,2345', 'too-many-decimals'],
    ['1'.repeat(65), 'not-a-number'],
  ])('%j is answered with a hint (%s)', (typed, reason) => {
    const result = parseAmount(typed);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.hint).toMatch(/[\u4e00-\u9fff]/);
  });

  it('accepts 0 where a fee may be nothing, and keeps the percent limit', () => {
    expect(valueOf(parseAmount('0', FEE_RULES))).toBe(0);
    expect(valueOf(parseAmount('15%', PERCENT_RULES))).toBe(15);
    expect(valueOf(parseAmount('12,5 ％', PERCENT_RULES))).toBe(12.5);
    expect(parseAmount('101', PERCENT_RULES)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('says which limit was hit', () => {
    const tooLarge = parseAmount('20000000');
    expect(tooLarge.ok ? '' : tooLarge.hint).toContain('10,000,000');
    const decimals = parseAmount('1.234');
    expect(decimals.ok ? '' : decimals.hint).toContain('2 位');
  });

  it('answers values that are not text with a hint', () => {
    for (const odd of [undefined, null, {}, [], true, Symbol('x')]) {
      expect(parseAmount(odd as unknown)).toMatchObject({ ok: false, reason: 'empty' });
    }
    expect(valueOf(parseAmount(12.5 as unknown))).toBe(12.5);
    expect(parseAmount(Number.NaN as unknown)).toMatchObject({ ok: false });
  });
});

describe('formatAmount and formatMoney', () => {
  it.each([
    [1234.5, 2, '1,234.50'],
    [0, 2, '0.00'],
    [1000000, 0, '1,000,000'],
    [1.005, 2, '1.01'],
    [-1234.5, 2, '-1,234.50'],
    [-0.001, 2, '0.00'],
    [Number.NaN, 2, '—'],
    [Number.POSITIVE_INFINITY, 2, '—'],
  ])('formatAmount(%s, %s) = %s', (value, decimals, shown) => {
    expect(formatAmount(value, decimals)).toBe(shown);
  });

  it('shows whole pesos without .00', () => {
    expect(formatMoney(1200)).toBe('1,200');
    expect(formatMoney(1234.5)).toBe('1,234.50');
    expect(formatMoney(0.004)).toBe('0');
  });
});

describe('parseAmount properties', () => {
  const cents = fc.integer({ min: 1, max: MAX_AMOUNT * 100 }).map((value) => value / 100);
  const toFullWidth = (text: string) =>
    text.replace(/[0-9.,]/g, (char) => {
      if (char === '.') return '．';
      if (char === ',') return '，';
      return String.fromCharCode(char.charCodeAt(0) - 48 + 0xff10);
    });

  it('reads back every amount it formats, in any of the ways people write it', () => {
    fc.assert(
      fc.property(cents, (value) => {
        const shown = formatAmount(value, 2);
        expect(valueOf(parseAmount(shown))).toBe(value);
        expect(valueOf(parseAmount(formatMoney(value)))).toBe(value);
        expect(valueOf(parseAmount(toFullWidth(shown)))).toBe(value);
        expect(valueOf(parseAmount(`$ ${shown} MXN`))).toBe(value);
        // European style: spaces for thousands, comma for the decimal point.
        const european = shown.replace(/,/g, ' ').replace('.', ',');
        expect(valueOf(parseAmount(european))).toBe(value);
        // Plain digits with a decimal comma, as a phone keypad gives them.
        expect(valueOf(parseAmount(value.toFixed(2).replace('.', ',')))).toBe(value);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any whole number with thousands commas as that number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_AMOUNT }), (value) => {
        expect(valueOf(parseAmount(formatAmount(value, 0)))).toBe(value);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws and never gives NaN, a negative or an out-of-range value, whatever is typed', () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.stringMatching(/^[-+$ 0-9.,，．０-９MXN元]{0,20}$/),
    );
    fc.assert(
      fc.property(typed, fc.constantFrom(MONEY_RULES, FEE_RULES, PERCENT_RULES), (text, rules) => {
        const result = parseAmount(text, rules);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(rules.max);
          expect(roundTo(result.value, rules.maxDecimals)).toBe(result.value);
          if (!rules.allowZero) expect(result.value).toBeGreaterThan(0);
        } else {
          expect(result.hint.length).toBeGreaterThan(0);
          expect(unspacedPairs(result.hint)).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
