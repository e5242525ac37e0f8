/**
 * The decision helper's answers, kept on the device under a versioned key like checklist progress.
 *
 * Stored shape: `{ version: 1, answers: { [questionId]: optionId } }`. Decoding never throws: malformed
 * entries are dropped; well-formed ids the current content does not know (a question or option removed by a
 * content update) are kept aside and written back, so a content rollback restores them.
 */
import { contentStore } from '../content/index';
import type { SituationAnswers, SituationContent, SituationQuestionId } from '../content/types';
import { readStored, writeStored, type WriteResult } from './storage';

export const ANSWERS_KEY = 'situation-answers.v1';

export interface SavedAnswers {
  /** Answers to the current questions with current options. */
  answers: SituationAnswers;
  /** Well-formed entries the current content does not know; never shown, never counted, kept. */
  setAside: Record<string, string>;
}

interface StoredAnswersV1 {
  version: 1;
  answers: Record<string, string>;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
/** More set-aside entries than any content history could need: the rest of a bloated value is dropped. */
const MAX_SET_ASIDE = 64;

export function emptyAnswers(): SavedAnswers {
  return { answers: {}, setAside: {} };
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);

export function decodeAnswers(
  raw: unknown,
  content: SituationContent = contentStore.situation,
): SavedAnswers {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return emptyAnswers();
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return emptyAnswers();
  const record = value as { version?: unknown; answers?: unknown };
  if (
    record.version !== 1 ||
    typeof record.answers !== 'object' ||
    record.answers === null ||
    Array.isArray(record.answers)
  ) {
    return emptyAnswers();
  }
  const decoded = emptyAnswers();
  const answers = decoded.answers as Record<string, string>;
  let setAside = 0;
  for (const [questionId, optionId] of Object.entries(record.answers as Record<string, unknown>)) {
    if (!isId(questionId) || !isId(optionId)) continue;
    const question = content.questions.find((candidate) => candidate.id === questionId);
    if (question && question.options.some((option) => option.id === optionId)) answers[questionId] = optionId;
    else if (setAside++ < MAX_SET_ASIDE) decoded.setAside[questionId] = optionId;
  }
  return decoded;
}

export function encodeAnswers(saved: SavedAnswers): StoredAnswersV1 {
  const answers: Record<string, string> = { ...saved.setAside };
  for (const [questionId, optionId] of Object.entries(saved.answers)) {
    if (typeof optionId === 'string') answers[questionId] = optionId;
  }
  return { version: 1, answers };
}

export function loadAnswers(): SavedAnswers {
  return decodeAnswers(readStored(ANSWERS_KEY));
}

export function saveAnswers(saved: SavedAnswers): WriteResult {
  return writeStored(ANSWERS_KEY, encodeAnswers(saved));
}

/** Answers one question, or clears it with `undefined` (clearing also forgets a set-aside value for it). */
export function setAnswer(
  saved: SavedAnswers,
  questionId: SituationQuestionId,
  optionId?: string,
): SavedAnswers {
  const answers: Record<string, string> = { ...(saved.answers as Record<string, string>) };
  const setAside = { ...saved.setAside };
  delete setAside[questionId];
  if (optionId === undefined) delete answers[questionId];
  else answers[questionId] = optionId;
  return { answers: answers as SituationAnswers, setAside };
}

/**
 * The answers people see while the app runs: loaded once, changed here first and then written, so a failing
 * write never loses an answer while the app stays open (the next change retries).
 */
class SituationAnswersStore {
  private current: SavedAnswers | undefined;
  private lastWriteFailed = false;

  get(): SavedAnswers {
    if (!this.current) this.current = loadAnswers();
    return this.current;
  }

  get answers(): SituationAnswers {
    return this.get().answers;
  }

  get writeFailing(): boolean {
    return this.lastWriteFailed;
  }

  set(questionId: SituationQuestionId, optionId?: string): WriteResult {
    return this.replace(setAnswer(this.get(), questionId, optionId));
  }

  /** Clears the current questions' answers, keeping set-aside ones. */
  clear(): WriteResult {
    return this.replace({ answers: {}, setAside: { ...this.get().setAside } });
  }

  private replace(next: SavedAnswers): WriteResult {
    this.current = next;
    const result = saveAnswers(next);
    this.lastWriteFailed = !result.ok;
    return result;
  }
}

export const situationAnswers = new SituationAnswersStore();
