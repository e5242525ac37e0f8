/**
 * 钱怎么汇回国内: four yes/no questions (each may stay blank) and an optional amount → the routes from Mexico
 * that work for this person, with limits, what each side prepares, how long, sources; and the routes that do
 * not, and why. Answers live on the page only: nothing is stored.
 */
import { appPage } from '../../../behaviors/app-page';
import { singlePageNotes } from '../content';
import { MONEY_HOME_QUESTIONS } from '../services/money-home';
import {
  answerFromTap,
  presentMoneyHome,
  type BlockedGroupView,
  type MoneyAnswers,
  type MoneyQuestionView,
  type RouteView,
} from './money-home-view';

interface AnswerEvent {
  currentTarget: { dataset: { question?: string; value?: string } };
}

interface InputEvent {
  detail: { value?: string };
}

/** What the person has said so far (page state, not stored). */
const pageState = new WeakMap<object, { answers: MoneyAnswers; amountText: string }>();

function stateOf(page: object): { answers: MoneyAnswers; amountText: string } {
  let state = pageState.get(page);
  if (!state) {
    state = { answers: {}, amountText: '' };
    pageState.set(page, state);
  }
  return state;
}

appPage({
  page: 'money-home',
  data: {
    /** What this tool cannot do when opened from Moments (shown only there). */
    singlePageNote: singlePageNotes['money-home'] as string,
    questions: [] as MoneyQuestionView[],
    amountText: '',
    amountHint: '',
    amountBad: false,
    answeredLabel: '',
    routes: [] as RouteView[],
    blocked: [] as BlockedGroupView[],
  },
  view() {
    const { answers, amountText } = stateOf(this);
    return { ...presentMoneyHome(answers, amountText), amountText };
  },
  share: { title: () => '从墨西哥把钱汇回国内：哪些路走得通，要准备什么' },
  methods: {
    onAnswer(event: AnswerEvent) {
      const question = MONEY_HOME_QUESTIONS.find((q) => q.id === event.currentTarget.dataset.question);
      const answer = answerFromTap(event.currentTarget.dataset.value);
      if (!question || answer === null) return;
      const state = stateOf(this);
      state.answers = { ...state.answers, [question.id]: answer };
      this.redraw();
    },
    onAmount(event: InputEvent) {
      stateOf(this).amountText = String(event.detail.value ?? '');
      this.redraw();
    },
    onClear() {
      pageState.set(this, { answers: {}, amountText: '' });
      this.redraw();
    },
  },
});
