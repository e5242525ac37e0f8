/**
 * Turns the decision helper's questions and result into the plain data the "我的情况" page renders.
 */
import { getChecklistItem, getSection } from '../../content/index';
import { situation } from './content';
import type { SituationAnswers, SituationPointKind } from '../../content/types';
import type { SituationResult } from './decide';
import { numberSources, type CitedSourceView } from '../../presenters/content-view';
import { toolsServing, type ToolLinkView } from '../../content/tools';
import type { RegisterLineId } from '../../services/tools/register-line';

export interface QuestionView {
  id: string;
  number: number;
  title: string;
  help: string;
  options: { id: string; label: string }[];
  /** The chosen option id, '' when blank. */
  answer: string;
}

export interface PointLinkView {
  key: string;
  kind: 'section' | 'item';
  id: string;
  label: string;
}

export interface PointView {
  id: string;
  title: string;
  text: string;
  low: boolean;
  citeLabel: string;
  links: PointLinkView[];
}

export interface ResultGroupView {
  kind: SituationPointKind;
  title: string;
  points: PointView[];
}

export interface ResultView {
  summary: string;
  unansweredNote: string;
  groups: ResultGroupView[];
  sources: CitedSourceView[];
}

const GROUPS: { kind: SituationPointKind; title: string }[] = [
  { kind: 'works', title: '能办成的' },
  { kind: 'fails', title: '会卡住的，以及原因' },
  { kind: 'todo', title: '要做的事' },
];

export function presentQuestions(answers: SituationAnswers): QuestionView[] {
  return situation.questions.map((question, index) => ({
    id: question.id,
    number: index + 1,
    title: question.title,
    help: question.help,
    options: question.options.map((option) => ({ id: option.id, label: option.label })),
    answer: answers[question.id] ?? '',
  }));
}

function pointLinks(sections: readonly string[], items: readonly string[]): PointLinkView[] {
  const links: PointLinkView[] = [];
  for (const id of sections) {
    const section = getSection(id);
    if (section) links.push({ key: `s-${id}`, kind: 'section', id, label: `指南：${section.title}` });
  }
  for (const id of items) {
    const item = getChecklistItem(id);
    if (item) links.push({ key: `i-${id}`, kind: 'item', id, label: `清单：${item.title}` });
  }
  return links;
}

export function presentResult(result: SituationResult): ResultView {
  const { sources, cite } = numberSources(result.sources);
  const total = situation.questions.length;
  const blank = result.unanswered.length;
  return {
    summary: `能办成 ${result.works.length} 件 · 会卡住 ${result.fails.length} 件 · 要做 ${result.todo.length} 件`,
    unansweredNote:
      blank === 0
        ? ''
        : blank === total
          ? '还没回答任何问题：下面是对大多数人都成立的结论。回答得越多，结果越贴合你的情况。'
          : `还有 ${blank} 个问题没回答：这几项先按一般情况给出，答完会更具体。`,
    groups: GROUPS.map((group) => ({
      ...group,
      points: result[group.kind].map((point) => ({
        id: point.id,
        title: point.title,
        text: point.text,
        ...cite(point),
        links: pointLinks(point.sections, point.items),
      })),
    })).filter((group) => group.points.length > 0),
    sources,
  };
}

/** The register checker's line for what the person uses in Mexico: their own line, not its first screen. */
const REGISTER_LINE: Record<NonNullable<SituationAnswers['mexico-line']>, RegisterLineId> = {
  'mexican-number': 'mx',
  'data-only': 'esim',
  none: 'roaming',
};

/**
 * The tools serving what the result links to, each opening where it fits: the register checker at the line the
 * answers name (a Mexican number: its ten-key pad), or at its start when the question is blank.
 */
export function presentTools(result: SituationResult): ToolLinkView[] {
  const answer = result.answers['mexico-line'];
  return toolsServing(result.sections, result.items).map((tool): ToolLinkView => {
    if (tool.page !== 'register') return tool;
    return answer
      ? { page: tool.page, title: tool.title, line: REGISTER_LINE[answer] }
      : { page: tool.page, title: tool.title };
  });
}
