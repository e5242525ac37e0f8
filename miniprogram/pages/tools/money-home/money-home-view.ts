/**
 * 钱怎么汇回国内 as the page shows it: the questions with the answer chosen, the amount's hint, the routes for
 * this person and those that do not work, grouped by why. Pure; the decision is ../services/money-home.ts.
 */
import { parseAmount, type AmountResult } from '../services/amount-input';
import {
  BLOCK_KIND_LABELS,
  MONEY_HOME_QUESTIONS,
  findMoneyHomeRoutes,
  type Answer,
  type MoneyHomeAnswers,
} from '../services/money-home';
import type { BlockKind, FactRef } from '../content';
import { factSources, type FactSourceView } from '../fact-sources';

export type QuestionId = (typeof MONEY_HOME_QUESTIONS)[number]['id'];

export interface OptionView {
  value: '' | 'yes' | 'no';
  label: string;
  chosen: boolean;
}

export interface MoneyQuestionView {
  id: QuestionId;
  number: number;
  text: string;
  options: OptionView[];
}

export interface RouteView {
  id: string;
  title: string;
  summary: string;
  /** "符合你的情况" or "要看这些条件：…" */
  fitLabel: string;
  fits: boolean;
  openConditions: string[];
  notes: string[];
  limits: string[];
  senderPrepares: string[];
  recipientPrepares: string[];
  duration: string;
  sources: FactSourceView[];
}

export interface BlockedGroupView {
  kind: BlockKind;
  title: string;
  routes: { id: string; title: string; why: string; sources: FactSourceView[] }[];
}

export interface MoneyHomeView {
  questions: MoneyQuestionView[];
  /** Under the amount field: what was read, or why it was not. Empty when nothing was typed. */
  amountHint: string;
  amountBad: boolean;
  answeredLabel: string;
  routes: RouteView[];
  blocked: BlockedGroupView[];
}

export type MoneyAnswers = Partial<Record<QuestionId, Answer>>;

const OPTION_LABELS: readonly [OptionView['value'], string][] = [
  ['yes', '是'],
  ['no', '不是 / 没有'],
  ['', '不确定'],
];

const KIND_ORDER: readonly BlockKind[] = [
  'not-for-you',
  'not-from-mexico',
  'unconfirmed',
  'no-evidence',
  'illegal',
];

/** The amount as typed: a number for the finder, or a hint; blank is neither. */
export function readAmount(text: string): { value?: number; hint: string; bad: boolean } {
  if (text.trim() === '') return { hint: '', bad: false };
  const result: AmountResult = parseAmount(text);
  if (!result.ok) return { hint: `${result.hint}（先按没填处理）`, bad: true };
  return { value: result.value, hint: '', bad: false };
}

export function presentMoneyHome(answers: MoneyAnswers, amountText: string): MoneyHomeView {
  const amount = readAmount(amountText);
  const input: MoneyHomeAnswers = { ...answers };
  if (amount.value !== undefined) input.amountCny = amount.value;
  const result = findMoneyHomeRoutes(input);
  const answered = MONEY_HOME_QUESTIONS.filter((question) => answers[question.id] !== undefined).length;

  return {
    questions: MONEY_HOME_QUESTIONS.map((question, index) => ({
      id: question.id,
      number: index + 1,
      text: question.text,
      options: OPTION_LABELS.map(([value, label]) => ({
        value,
        label,
        chosen: (answers[question.id] ?? '') === value,
      })),
    })),
    amountHint: result.amountHint ?? amount.hint,
    amountBad: amount.bad || result.amountHint !== undefined,
    answeredLabel:
      answered === MONEY_HOME_QUESTIONS.length
        ? '四个问题都回答了。'
        : answered === 0
          ? '还没回答问题：下面是所有可能走得通的路，每条写明要满足什么条件。'
          : `还有 ${MONEY_HOME_QUESTIONS.length - answered} 个问题没回答，相关的条件写在每条路下面。`,
    routes: result.routes.map((route) => ({
      id: route.id,
      title: route.title,
      summary: route.summary,
      fits: route.fit === 'fits',
      fitLabel: route.fit === 'fits' ? '符合你的情况' : '要看这些条件',
      openConditions: route.openConditions,
      notes: route.notes,
      limits: route.limits,
      senderPrepares: route.senderPrepares,
      recipientPrepares: route.recipientPrepares.length > 0 ? route.recipientPrepares : ['不用准备什么。'],
      duration: route.duration,
      sources: factSources(route.facts as FactRef[]),
    })),
    blocked: KIND_ORDER.map((kind) => ({
      kind,
      title: BLOCK_KIND_LABELS[kind],
      routes: result.notAvailable
        .filter((route) => route.kind === kind)
        .map((route) => ({
          id: route.id,
          title: route.title,
          why: route.why,
          sources: factSources(route.facts),
        })),
    })).filter((group) => group.routes.length > 0),
  };
}

/** One answer from a tap: 'yes', 'no' or '' (blank). Anything else is not an answer. */
export function answerFromTap(value: unknown): Answer | null {
  if (value === 'yes' || value === 'no') return value;
  if (value === '' || value === undefined) return undefined;
  return null;
}
