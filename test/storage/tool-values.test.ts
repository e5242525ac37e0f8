import fc from 'fast-check';
import {
  emergencyCardLinesSchema,
  emergencyCardLines,
  linesFromEntries,
} from '../../miniprogram/pages/tools/services/emergency-card-lines';
import { ownRateSchema } from '../../miniprogram/pages/tools/services/own-rate';
import { MAX_PERSONAL_CHARS } from '../../miniprogram/pages/tools/services/emergency-card-layout';
import { fakeWx } from '../helpers/fake-wx';

describe('own-rate.v1', () => {
  it('reads back what it writes, clean', () => {
    const rate = { direction: 'cny-per-mxn' as const, value: 0.38, enteredOn: '2026-12-01' };
    const stored = ownRateSchema.encode(rate);
    expect(stored).toEqual({ version: 1, ...rate });
    expect(ownRateSchema.decode(stored)).toEqual({ value: rate, absent: false, clean: true, lost: false });
    expect(ownRateSchema.decode(JSON.stringify(stored))).toMatchObject({ value: rate, clean: false });
    expect(ownRateSchema.decode(undefined)).toMatchObject({ value: null, absent: true });
  });

  it('never throws and never yields a rate outside its bounds, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const decoded = ownRateSchema.decode(raw);
        if (decoded.value !== null) {
          expect(Number.isFinite(decoded.value.value)).toBe(true);
          expect(decoded.value.value).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('emergency-card-lines.v1', () => {
  it('keeps only clean, non-empty lines of known ids', () => {
    const decoded = emergencyCardLinesSchema.decode({
      version: 1,
      lines: { 'name-pinyin': 'ZHANG San', hotel: '  spaced  ', other: 'x', 'emergency-contact': 5 },
    });
    expect(decoded.lost).toBe(true);
    expect(linesFromEntries(decoded.value)).toEqual({ namePinyin: 'ZHANG San' });
  });

  it('never throws, and every line it gives is one clean line within the limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(fc.string(), fc.string()).map((lines) => ({ version: 1, lines })),
        ),
        (raw) => {
          const lines = linesFromEntries(emergencyCardLinesSchema.decode(raw).value);
          for (const value of Object.values(lines)) {
            expect(value).not.toMatch(/[\n\r\t]/);
            expect(Array.from(value as string).length).toBeLessThanOrEqual(MAX_PERSONAL_CHARS);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('cleans what is typed, drops an emptied line and removes the key when everything is cleared', () => {
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a fresh store for this run of the app */
      const { emergencyCardLines: store } =
        require('../../miniprogram/pages/tools/services/emergency-card-lines') as {
          emergencyCardLines: typeof emergencyCardLines;
        };
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(store.set('hotel', 'Hotel\nCentro   Histórico ')).toEqual({ hotel: 'Hotel Centro Histórico' });
      expect(store.set('namePinyin', 'LI Si')).toEqual({
        hotel: 'Hotel Centro Histórico',
        namePinyin: 'LI Si',
      });
      expect(store.set('hotel', '   ')).toEqual({ namePinyin: 'LI Si' });
      expect(fakeWx.storage.get('emergency-card-lines.v1')).toEqual({
        version: 1,
        lines: { 'name-pinyin': 'LI Si' },
      });
      store.clearAll();
      expect(fakeWx.storage.has('emergency-card-lines.v1')).toBe(false);
    });
  });
});
