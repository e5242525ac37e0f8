/**
 * Home: the short answer first, then the checklist with its progress, the tools that answer for one person's
 * situation (decision helper, payment comparison, emergency numbers), the guide, and the sources.
 * Every entry is one `onOpen` (the shell's) with the target in the element's data-*.
 */
import { appPage } from '../../behaviors/app-page';
import { contentStore } from '../../content/index';
import { tools } from '../../content/tools';
import { citeSummary } from '../../presenters/content-view';
import { presentGuideParts, type GuidePartView } from '../../presenters/content-index';
import { checklistProgress, summarizeProgress } from '../../services/checklist-progress';

const ITEM_IDS = contentStore.checklistItems.map((item) => item.id);

appPage({
  page: 'home',
  stores: [checklistProgress],
  data: {
    answerTitle: '',
    answerSentences: [] as readonly string[],
    answerCites: '',
    guideParts: [] as GuidePartView[],
    tools: [] as { id: string; title: string; purpose: string }[],
    progressLabel: '',
    progressPercent: 0,
    version: '',
  },
  view() {
    const { done, total, percent } = summarizeProgress(checklistProgress.get(), ITEM_IDS);
    return {
      answerTitle: contentStore.shortAnswer.title,
      answerSentences: contentStore.shortAnswer.sentences,
      answerCites: citeSummary(contentStore.shortAnswer.cites),
      guideParts: presentGuideParts(),
      tools: tools.map(({ id, title, purpose }) => ({ id, title, purpose })),
      progressLabel: done === 0 ? `共 ${total} 项，还没开始` : `已完成 ${done} / ${total} 项`,
      progressPercent: percent,
      version: contentStore.version,
    };
  },
  share: { title: () => '墨西哥 eSIM 能用微信、支付宝吗？怎么付钱？' },
});
