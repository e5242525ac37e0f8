/**
 * The decision helper's stored answers: exact key and shape, defensive decoding, set-aside ids, failing writes.
 */
import fc from 'fast-check';
import { contentStore } from '../content-check/store';
import {
  ANSWERS_KEY,
  decodeAnswers,
  encodeAnswers,
  setAnswer,
  type SavedAnswers,
} from '../miniprogram/pages/situation/answers';
import type { WriteResult } from '../miniprogram/services/storage';
import { fakeWx } from './helpers/fake-wx';

const { questions } = contentStore.situation;

type AnswersModule = typeof import('../miniprogram/pages/situation/answers');

/** A fresh copy of the service, like a cold start (its in-memory state is per module instance). */
function freshStore(): AnswersModule['situationAnswers'] {
  jest.resetModules();
  return jest.requireActual<AnswersModule>('../miniprogram/pages/situation/answers').situationAnswers;
}

/** Answers a question and waits for the store's write to report (writes go through storage.ts's callbacks). */
function answerAndWrite(
  store: AnswersModule['situationAnswers'],
  questionId: Parameters<AnswersModule['situationAnswers']['set']>[0],
  optionId: string,
): Promise<WriteResult> {
  return new Promise((resolve) => store.set(questionId, optionId, resolve));
}

describe('decodeAnswers', () => {
  it('reads the stored shape { version: 1, answers }', () => {
    expect(decodeAnswers({ version: 1, answers: { phone: 'no-esim', stay: 'resident' } })).toEqual({
      answers: { phone: 'no-esim', stay: 'resident' },
      setAside: {},
    });
    expect(
      decodeAnswers(JSON.stringify({ version: 1, answers: { 'chinese-sim': 'active' } })).answers,
    ).toEqual({
      'chinese-sim': 'active',
    });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['not JSON', '{version:1'],
    ['an array', [1, 2, 3]],
    ['a number', 7],
    ['an unknown version without answers', { version: 2, given: { phone: 'no-esim' } }],
    ['answers as an array', { version: 1, answers: ['phone', 'no-esim'] }],
    ['answers as null', { version: 1, answers: null }],
  ])('recovers from %s as no answers', (_label, raw) => {
    expect(decodeAnswers(raw)).toEqual({ answers: {}, setAside: {} });
  });

  it('reads what it understands of a newer version, as storage.ts reads every stored value', () => {
    // A rolled-back app keeps the answers it can still understand instead of forgetting them all.
    expect(decodeAnswers({ version: 2, answers: { phone: 'no-esim' } })).toEqual({
      answers: { phone: 'no-esim' },
      setAside: {},
    });
  });

  it('drops malformed entries and keeps well-formed unknown ids aside', () => {
    const decoded = decodeAnswers({
      version: 1,
      answers: {
        phone: 'esim-ready',
        stay: 42,
        'mexico-line': 'Data Only',
        '<script>': 'x',
        'chinese-sim': 'x'.repeat(200),
        'old-question': 'some-option',
        'chinese-bank': 'retired-option',
      },
    });
    expect(decoded).toEqual({
      answers: { phone: 'esim-ready' },
      setAside: { 'old-question': 'some-option', 'chinese-bank': 'retired-option' },
    });
  });

  it('writes set-aside ids back, so a content rollback restores them', () => {
    const saved: SavedAnswers = {
      answers: { phone: 'no-esim' },
      setAside: { 'old-question': 'some-option' },
    };
    expect(encodeAnswers(saved)).toEqual({
      version: 1,
      answers: { 'old-question': 'some-option', phone: 'no-esim' },
    });
  });

  it('forgets a set-aside value once the question is answered or cleared', () => {
    const saved: SavedAnswers = { answers: {}, setAside: { 'chinese-bank': 'retired-option' } };
    expect(setAnswer(saved, 'chinese-bank', 'card-and-id')).toEqual({
      answers: { 'chinese-bank': 'card-and-id' },
      setAside: {},
    });
    expect(setAnswer(saved, 'chinese-bank')).toEqual({ answers: {}, setAside: {} });
  });

  it('never throws and only ever returns valid answers, whatever is stored (property)', () => {
    const validPairs = questions.flatMap((question) =>
      question.options.map((option) => [question.id, option.id] as const),
    );
    const storedValue = fc.oneof(
      fc.anything(),
      fc.record({ version: fc.constantFrom(1, 2, '1'), answers: fc.anything() }),
      fc.record({
        version: fc.constant(1),
        answers: fc.dictionary(
          fc.oneof(fc.constantFrom(...questions.map((question) => question.id)), fc.string()),
          fc.oneof(fc.constantFrom(...validPairs.map(([, option]) => option)), fc.string(), fc.anything()),
        ),
      }),
    );
    fc.assert(
      fc.property(storedValue, fc.boolean(), (raw, asJson) => {
        const input = asJson ? (JSON.stringify(raw) ?? '') : raw;
        const decoded = decodeAnswers(input);
        for (const [questionId, optionId] of Object.entries(decoded.answers)) {
          const question = questions.find((candidate) => candidate.id === questionId);
          expect(question?.options.some((option) => option.id === optionId)).toBe(true);
        }
        // Every valid entry present in the input is kept.
        const source = (typeof input === 'string' ? safeParse(input) : input) as {
          version?: unknown;
          answers?: unknown;
        };
        if (source && typeof source === 'object' && source.version === 1 && isPlainObject(source.answers)) {
          for (const [questionId, optionId] of validPairs) {
            if ((source.answers as Record<string, unknown>)[questionId] === optionId) {
              expect((decoded.answers as Record<string, string>)[questionId]).toBe(optionId);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

describe('the answers store', () => {
  it(`writes under ${ANSWERS_KEY} exactly { version: 1, answers }`, async () => {
    const store = freshStore();
    expect(await answerAndWrite(store, 'phone', 'esim-ready')).toEqual({ ok: true });
    expect(await answerAndWrite(store, 'stay', 'tourist')).toEqual({ ok: true });
    expect(ANSWERS_KEY).toBe('situation-answers.v1');
    expect(fakeWx.storage.get(ANSWERS_KEY)).toEqual({
      version: 1,
      answers: { phone: 'esim-ready', stay: 'tourist' },
    });
    expect(freshStore().answers).toEqual({ phone: 'esim-ready', stay: 'tourist' });
  });

  it('keeps answers in memory when a write fails, and retries on the next change', async () => {
    const store = freshStore();
    fakeWx.failWrites();
    const result = await answerAndWrite(store, 'chinese-sim', 'inactive');
    expect(result.ok).toBe(false);
    expect(store.writeFailing).toBe(true);
    expect(store.answers).toEqual({ 'chinese-sim': 'inactive' });
    expect(fakeWx.storage.has(ANSWERS_KEY)).toBe(false);

    fakeWx.reset();
    expect(await answerAndWrite(store, 'stay', 'resident')).toEqual({ ok: true });
    expect(store.writeFailing).toBe(false);
    expect(fakeWx.storage.get(ANSWERS_KEY)).toEqual({
      version: 1,
      answers: { 'chinese-sim': 'inactive', stay: 'resident' },
    });
  });

  it('clears every answer, set-aside ones included: clearing clears', () => {
    fakeWx.storage.set(ANSWERS_KEY, { version: 1, answers: { phone: 'no-esim', 'old-question': 'kept' } });
    const store = freshStore();
    store.clear();
    expect(fakeWx.storage.has(ANSWERS_KEY)).toBe(false);
  });
});
