/**
 * Payment-options checklist: items grouped by stage, tap to tick, progress kept on the device.
 * A tick sends one small path update (`groups[g].items[i].done`), never the whole list.
 */
import { contentStore, getChecklistByGroup } from '../../content/index';
import { presentChecklistItem, type ChecklistItemView } from '../../presenters/content-view';
import {
  checklistProgress,
  isTicked,
  summarizeProgress,
  type ChecklistProgress,
} from '../../services/checklist-progress';
import type { WriteResult } from '../../services/storage';
import { targetPath, targetQuery, type PageTarget } from '../../services/entry-link';
import { enterPage } from '../../services/page-entry';
import { checklistShareTitle } from '../../presenters/share-titles';
import { openTarget } from '../../services/navigation';

interface GroupView {
  id: string;
  title: string;
  intro: string;
  items: (ChecklistItemView & { open: boolean })[];
}

/** Taps and van-checkbox `change` events on an item; `detail` is the new checked state for `change`. */
interface ItemEvent {
  detail?: unknown;
  currentTarget: { dataset: { group: number; index: number; id: string } };
}

const ITEM_IDS = contentStore.checklistItems.map((item) => item.id);

function progressFigures(current: ChecklistProgress) {
  const summary = summarizeProgress(current, ITEM_IDS);
  return {
    percent: summary.percent,
    progressLabel:
      summary.done === summary.total
        ? `全部 ${summary.total} 项都准备好了`
        : `已完成 ${summary.done} / ${summary.total} 项`,
  };
}

function groupViews(current: ChecklistProgress): GroupView[] {
  return getChecklistByGroup().map((group) => ({
    id: group.id,
    title: group.title,
    intro: group.intro,
    items: group.items.map((item) => ({
      ...presentChecklistItem(item, isTicked(current, item.id)),
      open: false,
    })),
  }));
}

Component({
  data: {
    groups: [] as GroupView[],
    percent: 0,
    progressLabel: '',
    saveFailed: false,
    focusGroup: '',
    singlePage: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const progress = checklistProgress.get();
      const entry = enterPage('checklist', query);
      const group = entry.target.group;
      this.setData({
        groups: groupViews(progress),
        ...progressFigures(progress),
        focusGroup: group ?? '',
        singlePage: entry.singlePage,
      });
      if (group && typeof wx.pageScrollTo === 'function') {
        wx.pageScrollTo({ selector: `#group-${group}`, duration: 0 });
      }
    },
    afterWrite(result: WriteResult) {
      if (!result.ok && !this.data.saveFailed) {
        this.setData({ saveFailed: true });
        wx.showToast({ title: '存储空间不足，勾选可能没保存', icon: 'none' });
      } else if (result.ok && this.data.saveFailed) {
        this.setData({ saveFailed: false });
      }
    },
    onToggle(event: ItemEvent) {
      const { group, index, id } = event.currentTarget.dataset;
      const done = typeof event.detail === 'boolean' ? event.detail : !isTicked(checklistProgress.get(), id);
      const result = checklistProgress.setTicked(id, done);
      this.setData({
        [`groups[${group}].items[${index}].done`]: done,
        ...progressFigures(checklistProgress.get()),
      });
      this.afterWrite(result);
    },
    onToggleDetails(event: ItemEvent) {
      const { group, index } = event.currentTarget.dataset;
      const item = this.data.groups[group]?.items[index];
      if (item) this.setData({ [`groups[${group}].items[${index}].open`]: !item.open });
    },
    onOpenSection(event: ItemEvent) {
      const item = contentStore.checklistItems.find(
        (candidate) => candidate.id === event.currentTarget.dataset.id,
      );
      if (item) openTarget({ page: 'guide', section: item.section });
    },
    onReset() {
      wx.showModal({
        title: '清空全部勾选？',
        content: '清空后无法恢复。',
        confirmText: '清空',
        confirmColor: '#c9302c',
        success: (answer) => {
          if (!answer.confirm) return;
          const result = checklistProgress.clear(ITEM_IDS);
          const progress = checklistProgress.get();
          this.setData({ groups: groupViews(progress), ...progressFigures(progress) });
          this.afterWrite(result);
        },
      });
    },
    /** The checklist as shared: the stage it was opened at, if any. */
    shareTarget(): PageTarget<'checklist'> {
      return this.data.focusGroup
        ? { page: 'checklist', group: this.data.focusGroup }
        : { page: 'checklist' };
    },
    shareTitle(): string {
      return checklistShareTitle(summarizeProgress(checklistProgress.get(), ITEM_IDS));
    },
    onShareAppMessage() {
      return { title: this.shareTitle(), path: targetPath(this.shareTarget()) };
    },
    onShareTimeline() {
      return { title: this.shareTitle(), query: targetQuery(this.shareTarget()) };
    },
  },
});
