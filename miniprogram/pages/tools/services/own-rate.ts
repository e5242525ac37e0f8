/**
 * The person's own peso/yuan rate, kept on this phone with the day it was entered (`own-rate.v1`). The app
 * ships no rate: the person reads today's on the ATM or terminal screen or in their bank app and types it.
 * The stored form and its decoder are `encodeRate` / `decodeRate` (exchange-rate.ts, beside this file); the write
 * path and its guarantees are `StoredValue`'s (storage.ts).
 */
import { decodeRate, encodeRate, type OwnRate } from './exchange-rate';
import {
  StoredState,
  StoredValue,
  type Decoded,
  type StoredSchema,
  type WriteResult,
} from '../../../services/storage';

export const OWN_RATE_KEY = 'own-rate.v1';

/** `null`: no rate entered (the key is then removed). */
export type StoredOwnRate = OwnRate | null;

function sameStored(raw: unknown, rate: OwnRate): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const record = raw as Record<string, unknown>;
  const encoded = encodeRate(rate) as unknown as Record<string, unknown>;
  const keys = Object.keys(record);
  return keys.length === Object.keys(encoded).length && keys.every((key) => record[key] === encoded[key]);
}

export const ownRateSchema: StoredSchema<StoredOwnRate> = {
  key: OWN_RATE_KEY,
  version: 1,
  empty: () => null,
  isEmpty: (value) => value === null,
  decode(raw): Decoded<StoredOwnRate> {
    if (raw === undefined || raw === '') return { value: null, absent: true, clean: true, lost: false };
    let rate: OwnRate | undefined;
    let clean = false;
    try {
      rate = decodeRate(raw);
      clean = rate !== undefined && sameStored(raw, rate);
    } catch {
      rate = undefined;
    }
    if (!rate) return { value: null, absent: false, clean: false, lost: true };
    return { value: rate, absent: false, clean, lost: false };
  },
  encode: (value) => (value === null ? undefined : encodeRate(value)),
};

class OwnRateStore extends StoredState<StoredOwnRate> {
  protected readonly stored = new StoredValue(ownRateSchema);
  readonly label = '汇率';

  get(): OwnRate | undefined {
    return this.stored.get() ?? undefined;
  }

  set(rate: OwnRate, onWritten?: (result: WriteResult) => void): OwnRate | undefined {
    return this.stored.update(() => ({ ...rate }), onWritten) ?? undefined;
  }

  clear(onWritten?: (result: WriteResult) => void): void {
    this.stored.update(() => null, onWritten);
  }
}

export const ownRate = new OwnRateStore();
