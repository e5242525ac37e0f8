/**
 * The decision helper's answers: what answering means. The stored form (`situation-answers.v1`,
 * `{ version: 1, answers: { [questionId]: optionId } }`), its decoder and the write path live in `storage.ts`,
 * like every stored value.
 *
 * Stored entries are split against the current content: an answer to a current question with a current option
 * is shown; any other well-formed entry (a question or option a content update removed) is set aside: never
 * shown or counted, but kept and written back, so a content rollback restores it.
 */
import type { SituationAnswers, SituationContent, SituationQuestionId } from '../../content/types';
import {
  StoredState,
  StoredValue,
  dictionarySchema,
  isStableId,
  type Dictionary,
  type WriteResult,
} from '../../services/storage';
import { situation } from './content';

/** Decision-helper answers: question id → chosen option id. */
export const situationAnswersSchema = dictionarySchema<string>({
  key: 'situation-answers.v1',
  version: 1,
  field: 'answers',
  isEntry: isStableId,
  preferred: () => situation.questions.map((question) => question.id),
});

export const ANSWERS_KEY = situationAnswersSchema.key;

export interface SavedAnswers {
  /** Answers to the current questions with current options. */
  answers: SituationAnswers;
  /** Well-formed entries the current content does not know; never shown, never counted, kept. */
  setAside: Record<string, string>;
}

export function emptyAnswers(): SavedAnswers {
  return { answers: {}, setAside: {} };
}

/** Splits stored entries (question id → option id) into current answers and set-aside ones. */
export function splitAnswers(
  entries: Dictionary<string>,
  content: SituationContent = situation,
): SavedAnswers {
  const saved = emptyAnswers();
  const answers = saved.answers as Record<string, string>;
  for (const questionId of Object.keys(entries)) {
    const optionId = entries[questionId]!;
    const question = content.questions.find((candidate) => candidate.id === questionId);
    if (question && question.options.some((option) => option.id === optionId)) answers[questionId] = optionId;
    else saved.setAside[questionId] = optionId;
  }
  return saved;
}

/** The stored entries for answers and set-aside ones together (an answer wins over a set-aside value). */
export function joinAnswers(saved: SavedAnswers): Dictionary<string> {
  const entries: Dictionary<string> = { ...saved.setAside };
  for (const [questionId, optionId] of Object.entries(saved.answers)) {
    if (typeof optionId === 'string') entries[questionId] = optionId;
  }
  return entries;
}

/** Never throws: whatever is stored, the well-formed entries are kept (see `storage.ts`). */
export function decodeAnswers(raw: unknown, content: SituationContent = situation): SavedAnswers {
  return splitAnswers(situationAnswersSchema.decode(raw).value, content);
}

export function encodeAnswers(saved: SavedAnswers): unknown {
  return situationAnswersSchema.encode(joinAnswers(saved));
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
 * The answers people see while the app runs: loaded once, changed in memory first and then written, so a
 * failing write never loses an answer while the app stays open (the next change writes everything again).
 */
class SituationAnswersStore extends StoredState<Dictionary<string>> {
  protected readonly stored = new StoredValue(situationAnswersSchema);
  readonly label = '答案';

  get(): SavedAnswers {
    return splitAnswers(this.stored.get());
  }

  get answers(): SituationAnswers {
    return this.get().answers;
  }

  /** Answers one question (`undefined` clears it); `onWritten` hears how the write went. */
  set(
    questionId: SituationQuestionId,
    optionId: string | undefined,
    onWritten?: (result: WriteResult) => void,
  ): SituationAnswers {
    const change = (entries: Dictionary<string>) =>
      joinAnswers(setAnswer(splitAnswers(entries), questionId, optionId));
    return splitAnswers(this.stored.update(change, onWritten)).answers;
  }

  /** Clears every answer, those set aside for questions a content update removed included: clearing clears. */
  clear(onWritten?: (result: WriteResult) => void): SituationAnswers {
    return splitAnswers(this.stored.update(() => ({}), onWritten)).answers;
  }
}

export const situationAnswers = new SituationAnswersStore();
