/**
 * Property-based tests of the stored-value decoders over random input: they never throw, never return an
 * invalid state, and keep every valid entry the input holds (and nothing else).
 *
 * The oracle below restates the rules independently of the code under test. Runs are bounded so this stays
 * part of `npm test`; on a failure fast-check prints the seed and the shrunk input to replay it.
 */
import fc from 'fast-check';
import {
  MAX_ENTRIES,
  MAX_RAW_CHARS,
  storedTime,
  type StoredSchema,
} from '../../miniprogram/services/storage';
import { checklistProgressSchema } from '../../miniprogram/services/checklist-progress';
import { situationAnswersSchema } from '../../miniprogram/pages/situation/answers';

const RUNS = 1000;

// ---- the rules, restated
const ID_RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const validId = (id: string) => id.length <= 64 && ID_RULE.test(id);
// Times before 1970 are kept: a phone whose clock is wrong still gets its ticks back (issue 11, case 5).
const validTime = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 8.64e15 && !Object.is(value, -0);
const validOption = (value: unknown) => typeof value === 'string' && validId(value);

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets a key as JSON.parse would, even `__proto__`: as an own, enumerable property. */
function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---- arbitraries
const stableId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('-'))
  .filter((id) => id.length <= 64);

const awkwardId = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'Keep-Sim',
    'a--b',
    '-a',
    'a-',
    '',
    ' a',
    'a_b',
    'é',
    '1',
    'a'.repeat(64),
    'a'.repeat(65),
  ),
  fc.stringMatching(/^[a-z]{65,90}$/),
);

const anyId = fc.oneof({ weight: 3, arbitrary: stableId }, { weight: 2, arbitrary: awkwardId });

const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    8.64e15 + 1,
    -8.64e15 - 1,
    1e300,
    -0,
    '',
    'yes',
    null,
    true,
    [],
  ),
);

const time = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -8.64e15, max: 8.64e15 }) },
  { weight: 2, arbitrary: junk },
);
const option = fc.oneof(
  { weight: 3, arbitrary: stableId },
  { weight: 2, arbitrary: fc.oneof(awkwardId, junk) },
);

/** A stored value shaped roughly like a real one: any version, random entries, maybe extra fields. */
function container(field: string, entry: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      version: fc.oneof(
        { weight: 4, arbitrary: fc.constant<unknown>(1) },
        { weight: 1, arbitrary: fc.anything() },
      ),
      entries: fc.array(fc.tuple(anyId, entry), { maxLength: 30 }),
      entriesAs: fc.constantFrom('record', 'record', 'record', 'array', 'missing'),
      extra: fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.anything()), { maxLength: 3 }),
    })
    .map(({ version, entries, entriesAs, extra }) => {
      const value: Record<string, unknown> = {};
      for (const [key, extraValue] of extra) defineOwn(value, key, extraValue);
      defineOwn(value, 'version', version);
      if (entriesAs === 'record') {
        const dict = {};
        for (const [id, entryValue] of entries) defineOwn(dict, id, entryValue);
        defineOwn(value, field, dict);
      } else if (entriesAs === 'array') {
        defineOwn(
          value,
          field,
          entries.map(([id]) => id),
        );
      }
      return value;
    });
}

function stored(field: string, entry: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const shaped = container(field, entry);
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 2, arbitrary: shaped.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.json() },
  );
}

/** What the input holds that must survive: every entry that follows the rules. */
function expectedEntries(raw: unknown, field: string, isValid: (value: unknown) => boolean) {
  let view = raw;
  if (typeof raw === 'string') {
    try {
      view = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  if (!isRecord(view) || !own(view, field)) return {};
  const dict = view[field];
  if (!isRecord(dict)) return {};
  const expected: Record<string, unknown> = {};
  for (const id of Object.keys(dict)) if (validId(id) && isValid(dict[id])) defineOwn(expected, id, dict[id]);
  return expected;
}

function checkSchema<V>(
  name: string,
  schema: StoredSchema<Record<string, V>>,
  field: string,
  entry: fc.Arbitrary<unknown>,
  isValid: (value: unknown) => boolean,
) {
  describe(`${name} decoder over random input`, () => {
    it('never throws, returns only valid entries, and keeps every valid entry of the input', () => {
      fc.assert(
        fc.property(stored(field, entry), (raw) => {
          const decoded = schema.decode(raw);
          const value = decoded.value;
          expect(isRecord(value)).toBe(true);
          expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
          for (const id of Object.keys(value)) {
            expect(validId(id)).toBe(true);
            expect(isValid(value[id])).toBe(true);
          }
          expect(Object.keys(value).length).toBeLessThanOrEqual(MAX_ENTRIES);
          expect(value).toEqual(expectedEntries(raw, field, isValid));
        }),
        { numRuns: RUNS },
      );
    });

    it('calls a value clean only when it is exactly the current format, and rewrites to a clean value', () => {
      fc.assert(
        fc.property(stored(field, entry), (raw) => {
          const decoded = schema.decode(raw);
          if (decoded.clean && !decoded.absent) expect(raw).toEqual(schema.encode(decoded.value));
          // What gets written back decodes clean to the same value: one repair is enough.
          const again = schema.decode(JSON.parse(JSON.stringify(schema.encode(decoded.value))));
          expect(again.clean).toBe(true);
          expect(again.lost).toBe(false);
          expect(again.value).toEqual(decoded.value);
        }),
        { numRuns: RUNS },
      );
    });

    it('reports a loss only when something in the input could not be kept', () => {
      fc.assert(
        fc.property(container(field, entry), (raw) => {
          const decoded = schema.decode(raw);
          const dict = raw[field];
          const everyEntryValid =
            isRecord(dict) && Object.keys(dict).every((id) => validId(id) && isValid(dict[id]));
          if (everyEntryValid) expect(decoded.lost).toBe(false);
          if (isRecord(dict) && !everyEntryValid) expect(decoded.lost).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });

    it('leaves Object.prototype untouched', () => {
      const sample = fc.sample(stored(field, entry), 200);
      for (const raw of sample) schema.decode(raw);
      schema.decode(`{"version":1,"${field}":{"__proto__":{"polluted":1}},"__proto__":{"polluted":1}}`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
}

checkSchema('checklist progress', checklistProgressSchema, 'ticked', time, validTime);
checkSchema('situation answers', situationAnswersSchema, 'answers', option, validOption);

describe('decoder limits', () => {
  it('drops a stored string longer than WeChat can store under one key without parsing it', () => {
    const huge = `{"version":1,"ticked":{"carry-pesos":1764147600000},"pad":"${'x'.repeat(MAX_RAW_CHARS)}"}`;
    expect(checklistProgressSchema.decode(huge)).toEqual({
      value: {},
      absent: false,
      clean: false,
      lost: true,
    });
  });

  it(`keeps at most ${MAX_ENTRIES} entries, the first ones in stored order`, () => {
    const ticked: Record<string, number> = {};
    for (let index = 0; index < MAX_ENTRIES + 50; index += 1) ticked[`item-${index}`] = 1764061200000 + index;
    const decoded = checklistProgressSchema.decode({ version: 1, ticked });
    expect(Object.keys(decoded.value)).toHaveLength(MAX_ENTRIES);
    expect(decoded.value['item-0']).toBe(1764061200000);
    expect(decoded.value[`item-${MAX_ENTRIES}`]).toBeUndefined();
    expect(decoded.lost).toBe(true);
  });

  it(`over ${MAX_ENTRIES} entries, keeps those of current checklist items first`, () => {
    const ticked: Record<string, number> = {};
    for (let index = 0; index < MAX_ENTRIES + 50; index += 1) ticked[`item-${index}`] = 1764061200000;
    ticked['carry-pesos'] = 1764147600000;
    const decoded = checklistProgressSchema.decode({ version: 1, ticked });
    expect(Object.keys(decoded.value)).toHaveLength(MAX_ENTRIES);
    expect(decoded.value['carry-pesos']).toBe(1764147600000);
  });

  it('what a tick stores is read back, whatever the clock says', () => {
    fc.assert(
      fc.property(fc.anything(), (now) => {
        const raw = { version: 1, ticked: { 'carry-pesos': storedTime(now) } };
        expect(checklistProgressSchema.decode(JSON.parse(JSON.stringify(raw))).value).toEqual(raw.ticked);
      }),
      { numRuns: RUNS },
    );
  });

  it('treats nothing stored as absent and clean', () => {
    for (const raw of [undefined, '']) {
      expect(checklistProgressSchema.decode(raw)).toEqual({
        value: {},
        absent: true,
        clean: true,
        lost: false,
      });
    }
  });
});
