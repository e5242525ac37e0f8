/**
 * Payment-options checklist: items grouped by stage, tap to tick, progress kept on the device.
 * A tick sends one small path update (`groups[g].items[i].done`), never the whole list.
 *
 * Storage trouble never costs a tick while the app is open: ticks live in memory first. When a write fails the
 * page says so once (a toast) and keeps a notice up until a later write succeeds. Unreadable stored progress
 * is recovered as far as possible, with one short toast. In Moments single-page mode, where WeChat keeps
 * storage separate, the page says that its ticks stay in this preview.
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

const SAVE_FAILED_TOAST = { quota: '手机存储空间不足，进度可能没保存', other: '勾选进度可能没保存' };
const SAVE_FAILED_NOTICE = {
  quota:
    '手机存储空间不足，勾选进度可能没存到手机里。小程序开着时勾选都还在；清理一些空间后，下次勾选会再试着保存。',
  other: '勾选进度暂时没能存到手机里。小程序开着时勾选都还在，下次勾选会再试着保存。',
};
const RECOVERED_TOAST = '部分勾选记录读不出，其余已保留';
const UNREADABLE_TOAST = '暂时读不到之前保存的勾选';

/** The notice for the current write state: empty while writes succeed. */
function saveNotice(): string {
  const failure = checklistProgress.writeFailure;
  if (!failure) return '';
  return failure.quota ? SAVE_FAILED_NOTICE.quota : SAVE_FAILED_NOTICE.other;
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
    saveNotice: '',
    singlePage: false,
    focusGroup: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const progress = checklistProgress.get();
      const entry = enterPage('checklist', query);
      const group = entry.target.group;
      const notice = saveNotice();
      this.setData({
        groups: groupViews(progress),
        ...progressFigures(progress),
        focusGroup: group ?? '',
        saveNotice: notice,
        singlePage: entry.singlePage,
      });
      const storageToast = checklistProgress.unreadable
        ? UNREADABLE_TOAST
        : checklistProgress.claimRecoveryNotice()
          ? RECOVERED_TOAST
          : '';
      if (storageToast) wx.showToast({ title: storageToast, icon: 'none' });
      if (group && typeof wx.pageScrollTo === 'function') {
        wx.pageScrollTo({ selector: `#group-${group}`, duration: 0 });
      }
    },
    /** Shows or clears the "not saved" notice after a write; the toast comes once per run of failures. */
    afterWrite(result: WriteResult) {
      const notice = saveNotice();
      if (notice !== this.data.saveNotice) this.setData({ saveNotice: notice });
      if (!result.ok && checklistProgress.claimFailureNotice()) {
        wx.showToast({
          title: result.quota ? SAVE_FAILED_TOAST.quota : SAVE_FAILED_TOAST.other,
          icon: 'none',
        });
      }
    },
    onToggle(event: ItemEvent) {
      const { group, index, id } = event.currentTarget.dataset;
      const done = typeof event.detail === 'boolean' ? event.detail : !isTicked(checklistProgress.get(), id);
      const wasUnreadable = checklistProgress.unreadable;
      const progress = checklistProgress.setTicked(id, done, (result) => this.afterWrite(result));
      if (wasUnreadable && !checklistProgress.unreadable) {
        // Stored progress could be read at last: the earlier ticks are back, so show the whole list again.
        this.setData({ groups: groupViews(progress), ...progressFigures(progress) });
        return;
      }
      this.setData({
        [`groups[${group}].items[${index}].done`]: done,
        ...progressFigures(progress),
      });
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
          const progress = checklistProgress.clearAll((result) => this.afterWrite(result));
          this.setData({ groups: groupViews(progress), ...progressFigures(progress) });
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
