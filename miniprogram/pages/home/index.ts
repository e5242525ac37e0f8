/**
 * Home: the short answer first, then the checklist with its progress, the tools that answer for one person's
 * situation (decision helper, payment comparison, emergency numbers), the guide, and the sources.
 */
import { contentStore } from '../../content/index';
import { citeSummary } from '../../presenters/content-view';
import { presentGuideParts } from '../../presenters/content-index';
import { checklistProgress, summarizeProgress } from '../../services/checklist-progress';
import { openTarget } from '../../services/navigation';
import { targetPath, targetQuery } from '../../services/entry-link';
import { enterPage } from '../../services/page-entry';

const SHARE_TITLE = '墨西哥 eSIM 能用微信、支付宝吗？怎么付钱？';

Component({
  data: {
    answerTitle: contentStore.shortAnswer.title,
    answerSentences: contentStore.shortAnswer.sentences,
    answerCites: citeSummary(contentStore.shortAnswer.cites),
    guideParts: presentGuideParts(),
    progressLabel: '',
    progressPercent: 0,
    version: contentStore.version,
    singlePage: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      // Codes and QR links may land here for another page: enterPage passes them on.
      const entry = enterPage('home', query);
      if (entry.singlePage) this.setData({ singlePage: true });
      this.refreshProgress();
    },
    onShow() {
      this.refreshProgress();
    },
    refreshProgress() {
      const itemIds = contentStore.checklistItems.map((item) => item.id);
      const summary = summarizeProgress(checklistProgress.get(), itemIds);
      const progressLabel =
        summary.done === 0
          ? `共 ${summary.total} 项，还没开始`
          : `已完成 ${summary.done} / ${summary.total} 项`;
      if (progressLabel !== this.data.progressLabel || summary.percent !== this.data.progressPercent) {
        this.setData({ progressLabel, progressPercent: summary.percent });
      }
    },
    onOpenSection(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      openTarget({ page: 'guide', section: event.currentTarget.dataset.id });
    },
    onOpenChecklist() {
      openTarget({ page: 'checklist' });
    },
    onOpenSources() {
      openTarget({ page: 'sources' });
    },
    onOpenSituation() {
      openTarget({ page: 'situation' });
    },
    onOpenPayments() {
      openTarget({ page: 'payments' });
    },
    onOpenEmergency() {
      openTarget({ page: 'emergency' });
    },
    onShareAppMessage() {
      return { title: SHARE_TITLE, path: targetPath({ page: 'home' }) };
    },
    onShareTimeline() {
      return { title: SHARE_TITLE, query: targetQuery({ page: 'home' }) };
    },
  },
});
