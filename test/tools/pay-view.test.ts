import fc from 'fast-check';
import {
  PAY_TABS,
  TEXT_FIELDS,
  emptyInputs,
  payView,
  type PayInputs,
} from '../../miniprogram/pages/tools/pay/pay-view';
import type { OwnRate } from '../../miniprogram/pages/tools/services/exchange-rate';

/** Every string the template would show, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const typedText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', ' ', '1,234.50', '1234,5', '１２', '-3', '0', '1e9', 'Infinity', 'NaN', '12%', '$ 50'),
);

const inputs: fc.Arbitrary<PayInputs> = fc
  .record({
    tab: fc.constantFrom(...PAY_TABS),
    screen: fc.constantFrom('atm' as const, 'terminal' as const),
    dccCurrency: fc.constantFrom('CNY' as const, 'USD' as const),
    cardFixedCurrency: fc.constantFrom('CNY' as const, 'MXN' as const),
    rateDirection: fc.constantFrom('mxn-per-cny' as const, 'cny-per-mxn' as const),
    texts: fc.array(typedText, { minLength: TEXT_FIELDS.length, maxLength: TEXT_FIELDS.length }),
  })
  .map(({ texts, ...picked }) => {
    const result: PayInputs = { ...emptyInputs(), ...picked };
    TEXT_FIELDS.forEach((field, index) => {
      result[field] = texts[index]!;
    });
    return result;
  });

const rates: fc.Arbitrary<OwnRate | undefined> = fc.option(
  fc.oneof(
    fc.double({ min: 1, max: 20, noNaN: true }).map((value) => ({
      direction: 'mxn-per-cny' as const,
      value,
      enteredOn: '2026-11-30',
    })),
    fc.double({ min: 0.05, max: 1, noNaN: true }).map((value) => ({
      direction: 'cny-per-mxn' as const,
      value,
      enteredOn: '2026-11-30',
    })),
  ),
  { nil: undefined },
);

describe('付款时刻 view', () => {
  it('never shows NaN, Infinity or undefined, whatever is typed, with or without a rate', () => {
    fc.assert(
      fc.property(inputs, rates, (typed, rate) => {
        // `values` echoes what was typed back into the fields; everything else is the app's own text.
        const { values, ...view } = payView(typed, rate, new Date(2026, 11, 2));
        expect(Object.keys(values)).toHaveLength(TEXT_FIELDS.length);
        for (const text of strings(view)) expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
      }),
      { numRuns: 400 },
    );
  });

  it('shows a hint under exactly the fields holding something that is not a number', () => {
    const typed = { ...emptyInputs(), dccPesos: 'abc', dccShown: '420', tipBill: '-1', atmFee: '' };
    const view = payView(typed, undefined, new Date(2026, 11, 2));
    expect(view.dcc.pesosHint).toBe('只能输入数字，例如 1,234.50。');
    expect(view.dcc.shownHint).toBe('');
    expect(view.tip.billHint).toBe('不能是负数。');
    expect(view.atm.atmFeeHint).toBe('');
    expect(view.dcc.result.summary).toBe('');
  });

  it('asks for a rate instead of using one when none is stored', () => {
    const typed = { ...emptyInputs(), atmPesos: '3000', cardFixed: '15' };
    const view = payView(typed, undefined, new Date(2026, 11, 2));
    expect(view.rate).toMatchObject({ has: false });
    expect(view.atm.cost).toBe('手续费一共约 0 比索加 15 元人民币。填上汇率就能合成一个数。');
    expect(view.atm.safe.status).toBe('unknown');
  });
});
