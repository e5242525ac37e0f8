/**
 * The person's own rate: reading it, converting with it, its "entered N days ago" label on any clock, and its
 * stored form against garbage.
 */
import fc from 'fast-check';
import {
  RATE_BOUNDS,
  calendarDay,
  cnyPerMxn,
  dayNumber,
  decodeRate,
  describeRate,
  encodeRate,
  enterRate,
  mxnPerCny,
  parseRate,
  pesosToCny,
  rateAge,
  rateAgeAt,
  type OwnRate,
} from '../../miniprogram/pages/tools/services/exchange-rate';
import { unspacedPairs } from './chinese-spacing';

const RUNS = 1000;

describe('parseRate', () => {
  it('reads a rate in either direction, typed any usual way', () => {
    expect(parseRate('2.65', 'mxn-per-cny')).toEqual({ ok: true, value: 2.65 });
    expect(parseRate('2,65', 'mxn-per-cny')).toEqual({ ok: true, value: 2.65 });
    expect(parseRate('０．３７７３', 'cny-per-mxn')).toEqual({ ok: true, value: 0.3773 });
    expect(parseRate('0,377312', 'cny-per-mxn')).toEqual({ ok: true, value: 0.377312 });
  });

  it('catches a rate typed in the other direction or with a slipped point', () => {
    for (const [typed, direction] of [
      ['0.3773', 'mxn-per-cny'],
      ['2.65', 'cny-per-mxn'],
      ['2,650', 'mxn-per-cny'], // a comma before three digits is a thousands separator: 2650
      ['265', 'mxn-per-cny'],
    ] as const) {
      const result = parseRate(typed, direction);
      expect(result.ok).toBe(false);
      expect(result).toMatchObject({ ok: false, reason: 'implausible' });
      if (!result.ok) expect(result.hint).toContain('切换到「');
    }
  });

  it('answers empty, letters and too many decimals with a hint', () => {
    expect(parseRate('', 'mxn-per-cny')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseRate('abc', 'mxn-per-cny')).toMatchObject({ ok: false, reason: 'not-a-number' });
    expect(parseRate('2.6500001', 'mxn-per-cny')).toMatchObject({ ok: false, reason: 'too-many-decimals' });
  });
});

describe('converting and describing', () => {
  const perCny: OwnRate = { direction: 'mxn-per-cny', value: 2.5, enteredOn: '2026-12-01' };
  const perMxn: OwnRate = { direction: 'cny-per-mxn', value: 0.4, enteredOn: '2026-12-01' };

  it('gives the same conversion whichever way the rate was entered', () => {
    expect(cnyPerMxn(perCny)).toBeCloseTo(0.4, 12);
    expect(mxnPerCny(perMxn)).toBeCloseTo(2.5, 12);
    expect(pesosToCny(1000, perCny)).toBeCloseTo(400, 9);
    expect(pesosToCny(1000, perMxn)).toBeCloseTo(400, 9);
  });

  it('says the rate in the direction it was entered', () => {
    expect(describeRate({ ...perCny, value: 2.65 })).toBe('1 人民币 = 2.65 比索');
    expect(describeRate({ ...perMxn, value: 0.3773 })).toBe('1 比索 = 0.3773 人民币');
    expect(describeRate({ ...perCny, value: 12 })).toBe('1 人民币 = 12 比索');
  });
});

describe('rateAge: entered N days ago', () => {
  it.each([
    ['2026-12-01', '2026-12-01', '今天填的。', false],
    ['2026-11-30', '2026-12-01', '昨天填的。', false],
    ['2026-11-28', '2026-12-01', '3 天前填的。', false],
    ['2026-11-27', '2026-12-01', '4 天前填的，建议换成今天的汇率。', true],
    ['2025-12-31', '2026-01-01', '昨天填的。', false],
    ['2028-02-28', '2028-03-01', '2 天前填的。', false],
  ])('%s seen on %s: %s', (entered, today, label, stale) => {
    expect(rateAge(entered, today)).toMatchObject({ kind: 'known', label, stale });
  });

  it('does not count backwards when the phone date is before the entry day', () => {
    const age = rateAge('2026-12-05', '2026-12-01');
    expect(age.kind).toBe('future');
    expect(age.label).toContain('请核对');
    expect(age.label).not.toMatch(/-\d+ 天/);
  });

  it('gives a plain label for broken dates on either side', () => {
    for (const [entered, today] of [
      ['2026-02-30', '2026-12-01'],
      ['yesterday', '2026-12-01'],
      ['2026-12-01', 'NaN-NaN-NaN'],
      [undefined, '2026-12-01'],
      ['1970-01-01', '2026-12-01'],
    ]) {
      expect(rateAge(entered, today)).toMatchObject({ kind: 'unknown', stale: true });
    }
  });

  it('never gives NaN or a negative count for any pair of inputs', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: false }).map((d) => calendarDay(d)),
        ),
        fc.string(),
        (a, b) => {
          const age = rateAge(a, b);
          expect(age.label).not.toMatch(/NaN|undefined|-\d/);
          expect(unspacedPairs(age.label.replace(/\d{4}-\d{2}-\d{2}/, ''))).toEqual([]);
          if (age.kind === 'known') expect(age.days).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads the phone calendar day, and nothing from an invalid clock', () => {
    expect(calendarDay(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    expect(calendarDay(new Date(Number.NaN))).toBeUndefined();
    expect(dayNumber('2026-12-01')! - dayNumber('2026-11-01')!).toBe(30);
  });
});

describe('entering a rate', () => {
  const now = new Date(2026, 11, 2, 9, 30);

  it('dates a typed rate with the phone calendar day', () => {
    expect(enterRate('2,65', 'mxn-per-cny', now)).toEqual({
      ok: true,
      rate: { direction: 'mxn-per-cny', value: 2.65, enteredOn: '2026-12-02' },
    });
    expect(rateAgeAt('2026-11-30', now)).toMatchObject({ kind: 'known', days: 2 });
  });

  it('keeps the hint for bad input, a missing direction or a broken clock', () => {
    expect(enterRate('abc', 'mxn-per-cny', now)).toMatchObject({ ok: false });
    expect(enterRate('2.65', 'sideways' as never, now)).toMatchObject({
      ok: false,
      hint: '请先选汇率的方向。',
    });
    expect(enterRate('2.65', 'mxn-per-cny', new Date(Number.NaN))).toMatchObject({ ok: false });
    expect(rateAgeAt('2026-11-30', new Date(Number.NaN))).toMatchObject({ kind: 'unknown' });
  });
});

describe('stored form', () => {
  const validRate = fc.constantFrom('mxn-per-cny' as const, 'cny-per-mxn' as const).chain((direction) =>
    fc.record({
      direction: fc.constant(direction),
      value: fc.double({ min: RATE_BOUNDS[direction].min, max: RATE_BOUNDS[direction].max, noNaN: true }),
      enteredOn: fc
        .date({
          min: new Date('2000-01-01T12:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10)),
    }),
  );

  it('round-trips every valid rate, also through JSON', () => {
    fc.assert(
      fc.property(validRate, (rate) => {
        expect(decodeRate(encodeRate(rate))).toEqual(rate);
        expect(decodeRate(JSON.parse(JSON.stringify(encodeRate(rate))))).toEqual(rate);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on garbage, and returns either nothing or a rate within bounds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.json(),
          validRate.map((rate) => ({ ...rate, version: 1 })),
        ),
        (raw) => {
          const rate = decodeRate(raw);
          if (rate !== undefined) {
            expect(rate.value).toBeGreaterThanOrEqual(RATE_BOUNDS[rate.direction].min);
            expect(rate.value).toBeLessThanOrEqual(RATE_BOUNDS[rate.direction].max);
            expect(dayNumber(rate.enteredOn)).toBeDefined();
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rejects the near misses', () => {
    const good = { version: 1, direction: 'mxn-per-cny', value: 2.6, enteredOn: '2026-12-01' };
    expect(decodeRate(good)).toEqual({ direction: 'mxn-per-cny', value: 2.6, enteredOn: '2026-12-01' });
    for (const bad of [
      { ...good, version: 2 },
      { ...good, direction: 'usd-per-cny' },
      { ...good, value: '2.6' },
      { ...good, value: Number.NaN },
      { ...good, value: 2600 },
      { ...good, enteredOn: '2026-13-01' },
      { ...good, enteredOn: 20261201 },
      null,
      [],
      '{not json',
      'x'.repeat(5000),
    ]) {
      expect(decodeRate(bad)).toBeUndefined();
    }
    const throwing = Object.defineProperty({}, 'version', {
      get() {
        throw new Error('boom');
      },
    });
    expect(decodeRate(throwing)).toBeUndefined();
  });
});
