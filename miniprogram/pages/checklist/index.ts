/**
 * Payment-options checklist: items grouped by stage, tap to tick, progress kept on the device.
 * The view is rebuilt from stored progress on every change (the shell sends only what changed, so a tick is one
 * small path update), so two checklists open at once, or one that comes back, always show what is stored.
 */
import { appPage } from '../../behaviors/app-page';
import { contentStore, getChecklistByGroup } from '../../content/index';
import { toolForItem, type ToolLinkView } from '../../content/tools';
import { checklistShareTitle } from '../../presenters/share-titles';
import { checklistProgress, isTicked, summarizeProgress } from '../../services/checklist-progress';
import { presentChecklistItem, withIntro, type ChecklistItemView } from './checklist-view';

interface GroupView {
  id: string;
  title: string;
  intro: string;
  items: (ChecklistItemView & { open: boolean; tool: ToolLinkView | null })[];
}

/** Taps and van-checkbox `change` events on an item; `detail` is the new checked state for `change`. */
interface ItemEvent {
  detail?: unknown;
  currentTarget: { dataset: { group: number; index: number; id: string } };
}

const ITEM_IDS = contentStore.checklistItems.map((item) => item.id);

const summary = () => summarizeProgress(checklistProgress.get(), ITEM_IDS);

appPage({
  page: 'checklist',
  stores: [checklistProgress],
  data: { groups: [] as GroupView[], percent: 0, progressLabel: '', focusGroup: '' },
  view(target) {
    const progress = checklistProgress.get();
    const { done, total, percent } = summary();
    return {
      // Which items are open is the page's own state: kept across redraws.
      groups: getChecklistByGroup().map((group, g) => ({
        id: group.id,
        title: group.title,
        intro: withIntro(group).intro,
        items: group.items.map((item, i) => ({
          ...presentChecklistItem(item, isTicked(progress, item.id)),
          open: this.data.groups[g]?.items[i]?.open ?? false,
          tool: toolForItem(item.id),
        })),
      })),
      percent,
      progressLabel: done === total ? `全部 ${total} 项都准备好了` : `已完成 ${done} / ${total} 项`,
      focusGroup: target.group ?? '',
    };
  },
  shown(target) {
    if (target.group && typeof wx.pageScrollTo === 'function') {
      wx.pageScrollTo({ selector: `#group-${target.group}`, duration: 0 });
    }
  },
  share: { title: () => checklistShareTitle(summary()) },
  methods: {
    onToggle(event: ItemEvent) {
      const { id } = event.currentTarget.dataset;
      const done = typeof event.detail === 'boolean' ? event.detail : !isTicked(checklistProgress.get(), id);
      checklistProgress.setTicked(id, done); // the shell redraws every page showing progress
    },
    onToggleDetails(event: ItemEvent) {
      const { group, index } = event.currentTarget.dataset;
      const item = this.data.groups[group]?.items[index];
      if (item) this.setData({ [`groups[${group}].items[${index}].open`]: !item.open });
    },
    onReset() {
      wx.showModal({
        title: '清空全部勾选？',
        content: '清空后无法恢复。',
        confirmText: '清空',
        confirmColor: '#c9302c',
        success: (answer) => {
          if (answer.confirm) checklistProgress.clearAll();
        },
      });
    },
  },
});
