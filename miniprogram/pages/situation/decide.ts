/**
 * "我的情况": which points of the decision helper apply to a person's answers. Pure and typed: no `wx`, no
 * storage, no page. Any question may be blank; any value that is not one of the question's options counts as
 * blank, so stored or hand-made answers can never produce a broken result.
 */
import { situation } from './content';
import type {
  SituationAnswers,
  SituationContent,
  SituationPoint,
  SituationPointId,
  SituationQuestionId,
} from '../../content/types';

export interface SituationResult {
  /** The answers the result was worked out from (unknown values dropped). */
  answers: SituationAnswers;
  /** Questions left blank, in question order. */
  unanswered: SituationQuestionId[];
  works: SituationPoint[];
  fails: SituationPoint[];
  todo: SituationPoint[];
  /** Guide sections, checklist items and sources the points link to, in order of first use. */
  sections: string[];
  items: string[];
  sources: string[];
}

/** Keeps only answers that name a question and one of its options. */
export function normalizeAnswers(raw: unknown, content: SituationContent = situation): SituationAnswers {
  const answers: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return answers;
  const record = raw as Record<string, unknown>;
  for (const question of content.questions) {
    const value = Object.prototype.hasOwnProperty.call(record, question.id) ? record[question.id] : undefined;
    if (typeof value === 'string' && question.options.some((option) => option.id === value)) {
      answers[question.id] = value;
    }
  }
  return answers as SituationAnswers;
}

/**
 * The decision itself: the ids of the points that apply, in reading order. Every branch handles a blank
 * answer; the tests run every combination of answers through it.
 */
export function situationPointIds(answers: SituationAnswers): SituationPointId[] {
  const ids: SituationPointId[] = ['chat-keeps-working'];
  const origin = answers['phone-origin'];
  const phone = answers.phone;
  const line = answers['mexico-line'];
  const chineseSim = answers['chinese-sim'];
  const roaming = answers.roaming;
  const bank = answers['chinese-bank'];

  // The phone: mainland models mostly take no eSIM (unless the person found it does).
  if (origin === 'mainland' && phone !== 'esim-ready') ids.push('mainland-phone-no-esim');

  // Mobile data in Mexico.
  if (line === 'data-only' || line === 'mexican-number') {
    if (phone === 'esim-ready') ids.push('data-by-esim');
    else if (phone === 'no-esim') {
      if (line === 'data-only') ids.push('esim-wont-install');
      ids.push('physical-sim-instead');
    } else {
      ids.push(origin === 'unsure' ? 'check-eid' : 'check-phone-esim');
      if (origin === 'mainland') ids.push('physical-sim-instead');
    }
  } else if (line === 'none') {
    ids.push('no-local-line');
    if (phone === undefined && origin === 'unsure') ids.push('check-eid');
  } else {
    ids.push('choose-line');
    if (phone === 'no-esim' || (phone === undefined && origin === 'mainland'))
      ids.push('physical-sim-instead');
    else if (phone === undefined && origin === 'unsure') ids.push('check-eid');
  }

  // Codes sent to the Chinese number, and receiving them abroad.
  if (chineseSim === 'inactive') {
    ids.push('codes-chinese-number-lost', 'restore-chinese-number');
  } else {
    if (chineseSim === 'active') ids.push('codes-to-chinese-number');
    else ids.push('check-chinese-sim');
    if (roaming === 'on') ids.push('roaming-on');
    else ids.push('turn-on-roaming');
    if (chineseSim === 'active') ids.push('keep-number-plan');
    if (line === 'data-only' || line === 'mexican-number') ids.push('data-roaming-off');
  }

  // A number in Mexico, and the line register.
  if (line === 'mexican-number') ids.push('mexican-number-sms', 'register-with-passport');
  if (line === 'data-only') ids.push('esim-no-sms');
  if (line === 'data-only' || line === 'none') ids.push('foreign-line-not-registered');

  // Chinese bank card, or a foreign card in the wallets.
  if (bank === 'card-and-id') {
    if (chineseSim === 'inactive') ids.push('add-card-fails');
    else ids.push('pay-china-chinese-card', 'add-card-needs-reserved-number');
    ids.push('unionpay-in-mexico');
  } else if (bank === 'no-chinese-card') {
    ids.push('foreign-card-wallet');
  }

  // Paying in Mexico, living there, and help.
  ids.push('wallets-not-in-mexico', 'cards-and-cash', 'atm-fees');
  if (answers.stay === 'resident') ids.push('resident-local-account', 'money-home-routes');
  ids.push('save-emergency-numbers');
  return ids;
}

function addUnique(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}

/** The result for a person's answers: what works, what fails and why, what to do, with links and sources. */
export function decideSituation(
  raw: SituationAnswers | Record<string, unknown>,
  content: SituationContent = situation,
): SituationResult {
  const answers = normalizeAnswers(raw, content);
  const byId = new Map(content.points.map((point) => [point.id, point]));
  const result: SituationResult = {
    answers,
    unanswered: content.questions.map((question) => question.id).filter((id) => answers[id] === undefined),
    works: [],
    fails: [],
    todo: [],
    sections: [],
    items: [],
    sources: [],
  };
  for (const id of situationPointIds(answers)) {
    const point = byId.get(id);
    if (!point) continue;
    result[point.kind].push(point);
    addUnique(result.sections, point.sections);
    addUnique(result.items, point.items);
    addUnique(result.sources, point.cites);
  }
  return result;
}
