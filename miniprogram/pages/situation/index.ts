/**
 * 我的情况: a few questions (each may be skipped), and what follows for this person: what works, what fails
 * and why, what to do, with links into the guide and the checklist and the sources behind each point.
 * The decision is `decideSituation` (services/situation.ts); answers persist on the device, and the page is
 * redrawn from them on every change (the shell).
 */
import { appPage } from '../../behaviors/app-page';
import { situation } from './content';
import { freshness } from '../../presenters/content-view';
import {
  presentQuestions,
  presentResult,
  presentTools,
  type QuestionView,
  type ResultView,
} from './situation-view';
import { decideSituation } from './decide';
import { situationAnswers } from './answers';
import type { ToolLinkView } from '../../content/tools';

interface AnswerEvent {
  currentTarget: { dataset: { index?: number | string; option?: string } };
}

appPage({
  page: 'situation',
  stores: [situationAnswers],
  data: {
    questions: [] as QuestionView[],
    summary: '',
    unansweredNote: '',
    groups: [] as ResultView['groups'],
    sources: [] as ResultView['sources'],
    tools: [] as ToolLinkView[],
    checkedLabel: '',
    staleNotice: '',
  },
  view() {
    const answers = situationAnswers.answers;
    const result = decideSituation(answers);
    return {
      questions: presentQuestions(answers),
      ...presentResult(result),
      // The tools that serve what this result links to, opening where they fit the person's answers.
      tools: presentTools(result),
      ...freshness(situation.checked, new Date()),
    };
  },
  share: { title: () => '我的情况：在墨西哥，微信、支付宝和付款哪些能用、哪些会卡住' },
  methods: {
    onAnswer(event: AnswerEvent) {
      const question = situation.questions[Number(event.currentTarget.dataset.index)];
      const option = event.currentTarget.dataset.option ?? '';
      if (!question) return;
      if (option !== '' && !question.options.some((candidate) => candidate.id === option)) return;
      if ((situationAnswers.answers[question.id] ?? '') === option) return;
      situationAnswers.set(question.id, option === '' ? undefined : option);
    },
    onClearAnswers() {
      situationAnswers.clear((result) => {
        if (result.ok) wx.showToast({ title: '答案已清空', icon: 'none' });
      });
    },
  },
});
