/**
 * Every earlier stored form is read correctly, from the committed fixtures (test/fixtures/storage/).
 *
 * Version 1 is the first format of both stored values, so the earlier versions of the real schemas are
 * version 1 itself (read as is, never rewritten) and values from a newer app (kept as far as understood,
 * rewritten as version 1). The migration chain itself is tested with a three-version example schema.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  StoredValue,
  checklistProgressSchema,
  dictionarySchema,
  isEpochMs,
  situationAnswersSchema,
  type Migration,
} from '../../miniprogram/services/storage';
import { fakeWx } from '../helpers/fake-wx';

const FIXTURES = path.join(__dirname, '../fixtures/storage');

function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

describe('checklist-progress.v1', () => {
  it('reads version 1 exactly, and loading it writes nothing', () => {
    const raw = fixture('checklist-progress.v1.json');
    expect(checklistProgressSchema.decode(raw)).toEqual({
      value: {
        'keep-chinese-sim': 1764061200000,
        'check-esim-support': 1764061260000,
        'carry-pesos': 1764147600000,
      },
      absent: false,
      clean: true,
      lost: false,
    });
    fakeWx.storage.set(checklistProgressSchema.key, raw);
    const progress = new StoredValue(checklistProgressSchema);
    expect(Object.keys(progress.get())).toHaveLength(3);
    expect(fakeWx.writes).toEqual([]);
  });

  it('keeps a tick for an item the content no longer has', () => {
    const decoded = checklistProgressSchema.decode(fixture('checklist-progress.v1-removed-item.json'));
    expect(decoded.value).toEqual({
      'keep-chinese-sim': 1764061200000,
      'retired-checklist-item': 1764061230000,
    });
    expect(decoded.clean).toBe(true);
  });

  it('reads what it understands of a newer version and rewrites it as version 1', () => {
    fakeWx.storage.set(checklistProgressSchema.key, fixture('checklist-progress.v2-future.json'));
    const progress = new StoredValue(checklistProgressSchema);
    expect(progress.get()).toEqual({ 'keep-chinese-sim': 1764061200000 });
    expect(progress.claimRecoveryNotice()).toBe(true); // one entry was no longer a time
    expect(fakeWx.storage.get(checklistProgressSchema.key)).toEqual({
      version: 1,
      ticked: { 'keep-chinese-sim': 1764061200000 },
    });
  });
});

describe('situation-answers.v1 (the decision helper’s answers)', () => {
  it('reads version 1 exactly', () => {
    const decoded = situationAnswersSchema.decode(fixture('situation-answers.v1.json'));
    expect(decoded).toEqual({
      value: { 'have-chinese-bank-card': 'yes', 'phone-number': 'mexican-esim-data-only' },
      absent: false,
      clean: true,
      lost: false,
    });
  });

  it('reads what it understands of a newer version', () => {
    const decoded = situationAnswersSchema.decode(fixture('situation-answers.v2-future.json'));
    expect(decoded.value).toEqual({ 'have-chinese-bank-card': 'yes' });
    expect(decoded.clean).toBe(false);
    expect(decoded.lost).toBe(true);
  });

  it('stores answers through the same in-memory value and write path', () => {
    const answers = new StoredValue(situationAnswersSchema);
    answers.update((current) => ({ ...current, 'have-chinese-bank-card': 'no' }));
    expect(fakeWx.storage.get('situation-answers.v1')).toEqual({
      version: 1,
      answers: { 'have-chinese-bank-card': 'no' },
    });
    answers.update(() => ({}));
    expect(fakeWx.storage.has('situation-answers.v1')).toBe(false);
  });
});

describe('the migration chain (a three-version example schema)', () => {
  // v1 stored a list of ids, v2 a map of id → true, v3 (current) a map of id → when it was marked.
  const MIGRATED_AT = 1700000000000;
  const migrations: Record<number, Migration> = {
    1: (stored) => ({
      version: 2,
      done: Object.fromEntries(
        (Array.isArray(stored.done) ? stored.done : [])
          .filter((id): id is string => typeof id === 'string')
          .map((id) => [id, true]),
      ),
    }),
    2: (stored) => {
      const done = stored.done as Record<string, unknown>;
      return {
        version: 3,
        marks: Object.fromEntries(
          Object.keys(done)
            .filter((id) => done[id] === true)
            .map((id) => [id, MIGRATED_AT]),
        ),
      };
    },
  };
  const example = dictionarySchema<number>({
    key: 'example.v3',
    version: 3,
    field: 'marks',
    isEntry: isEpochMs,
    migrations,
  });

  it('migrates version 1 through 2 to 3, keeping every entry', () => {
    const decoded = example.decode({ version: 1, done: ['keep-sim', 'carry-cash', 42, 'Bad Id'] });
    expect(decoded.value).toEqual({ 'keep-sim': MIGRATED_AT, 'carry-cash': MIGRATED_AT });
    expect(decoded.clean).toBe(false); // rewritten as version 3
    expect(decoded.lost).toBe(true); // 'Bad Id' is not a stable id
  });

  it('migrates version 2 to 3', () => {
    const decoded = example.decode(
      JSON.stringify({ version: 2, done: { 'keep-sim': true, 'carry-cash': false } }),
    );
    expect(decoded.value).toEqual({ 'keep-sim': MIGRATED_AT });
    expect(decoded.lost).toBe(false);
  });

  it('reads version 3 as it is', () => {
    expect(example.decode({ version: 3, marks: { 'keep-sim': 5 } })).toEqual({
      value: { 'keep-sim': 5 },
      absent: false,
      clean: true,
      lost: false,
    });
  });

  it('salvages a step that cannot read its input instead of throwing', () => {
    // migrations[2] reads `done` as an object: a version 2 value without it makes the step throw.
    expect(example.decode({ version: 2, marks: { 'keep-sim': 5 } }).value).toEqual({ 'keep-sim': 5 });
  });

  it('refuses a schema with a missing step, which would silently drop older values', () => {
    expect(() =>
      dictionarySchema<number>({
        key: 'broken.v3',
        version: 3,
        field: 'marks',
        isEntry: isEpochMs,
        migrations: { 2: migrations[2]! },
      }),
    ).toThrow('no migration from version 1');
  });
});
