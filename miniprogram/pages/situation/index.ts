/**
 * 我的情况: a few questions (each may be skipped), and what follows for this person: what works, what fails
 * and why, what to do, with links into the guide and the checklist and the sources behind each point.
 * The decision is `decideSituation` (services/situation.ts); answers persist on the device.
 */
import { contentStore, getChecklistItem } from '../../content/index';
import { freshness } from '../../presenters/content-view';
import {
  presentQuestions,
  presentResult,
  type QuestionView,
  type ResultView,
} from '../../presenters/situation-view';
import { targetPath, targetQuery } from '../../services/entry-link';
import { openTarget } from '../../services/navigation';
import { enterPage } from '../../services/page-entry';
import { decideSituation } from '../../services/situation';
import { situationAnswers } from '../../services/situation-answers';
import type { WriteResult } from '../../services/storage';
import { copySourceAddress } from '../../services/clipboard';

interface AnswerEvent {
  currentTarget: { dataset: { index?: number | string; option?: string } };
}

interface LinkEvent {
  currentTarget: { dataset: { kind?: string; id?: string } };
}

const SHARE_TITLE = '我的情况：在墨西哥，微信、支付宝和付款哪些能用、哪些会卡住';
const SAVE_FAILED_TOAST = { quota: '存储空间不足，答案可能没保存', other: '答案可能没保存' };
const RECOVERED_TOAST = '部分答案读不出，其余已保留';
const UNREADABLE_TOAST = '暂时读不到之前保存的答案';

function resultView(): ResultView {
  return presentResult(decideSituation(situationAnswers.answers));
}

Component({
  data: {
    questions: [] as QuestionView[],
    summary: '',
    unansweredNote: '',
    groups: [] as ResultView['groups'],
    sources: [] as ResultView['sources'],
    checkedLabel: '',
    staleNotice: '',
    saveFailed: false,
    singlePage: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const entry = enterPage('situation', query);
      this.setData({
        questions: presentQuestions(situationAnswers.answers),
        ...resultView(),
        ...freshness(contentStore.situation.checked, new Date()),
        saveFailed: situationAnswers.writeFailing,
        singlePage: entry.singlePage,
      });
      const storageToast = situationAnswers.unreadable
        ? UNREADABLE_TOAST
        : situationAnswers.claimRecoveryNotice()
          ? RECOVERED_TOAST
          : '';
      if (storageToast) wx.showToast({ title: storageToast, icon: 'none' });
    },
    /** Shows or clears the "not saved" notice after a write; the toast comes once per run of failures. */
    afterWrite(result: WriteResult) {
      const saveFailed = situationAnswers.writeFailing;
      if (saveFailed !== this.data.saveFailed) this.setData({ saveFailed });
      if (!result.ok && situationAnswers.claimFailureNotice()) {
        wx.showToast({
          title: result.quota ? SAVE_FAILED_TOAST.quota : SAVE_FAILED_TOAST.other,
          icon: 'none',
        });
      }
    },
    onAnswer(event: AnswerEvent) {
      const index = Number(event.currentTarget.dataset.index);
      const question = contentStore.situation.questions[index];
      const option = event.currentTarget.dataset.option ?? '';
      if (!question) return;
      if (option !== '' && !question.options.some((candidate) => candidate.id === option)) return;
      if ((this.data.questions[index]?.answer ?? '') === option) return;
      const wasUnreadable = situationAnswers.unreadable;
      const answers = situationAnswers.set(question.id, option === '' ? undefined : option, (result) =>
        this.afterWrite(result),
      );
      if (wasUnreadable && !situationAnswers.unreadable) {
        // Stored answers could be read at last: the earlier ones are back, so show every question again.
        this.setData({ questions: presentQuestions(answers), ...resultView() });
        return;
      }
      this.setData({ [`questions[${index}].answer`]: option, ...resultView() });
    },
    onClearAnswers() {
      const answers = situationAnswers.clear((result) => {
        this.afterWrite(result);
        if (result.ok) wx.showToast({ title: '答案已清空', icon: 'none' });
      });
      this.setData({ questions: presentQuestions(answers), ...resultView() });
    },
    onOpenLink(event: LinkEvent) {
      const { kind, id } = event.currentTarget.dataset;
      if (!id) return;
      if (kind === 'section') openTarget({ page: 'guide', section: id });
      else {
        const item = getChecklistItem(id);
        openTarget(item ? { page: 'checklist', group: item.group } : { page: 'checklist' });
      }
    },
    onCopySource(event: LinkEvent) {
      // The address is looked up in the store, not sent to the template, which never shows it.
      copySourceAddress(event.currentTarget.dataset.id);
    },
    onOpenPayments() {
      openTarget({ page: 'payments' });
    },
    onOpenEmergency() {
      openTarget({ page: 'emergency' });
    },
    onShareAppMessage() {
      return { title: SHARE_TITLE, path: targetPath({ page: 'situation' }) };
    },
    onShareTimeline() {
      return { title: SHARE_TITLE, query: targetQuery({ page: 'situation' }) };
    },
  },
});
