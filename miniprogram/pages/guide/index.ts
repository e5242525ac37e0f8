/**
 * Guide: one section per view, a table of contents, previous/next, the section's sources and the checklist
 * items it leads to. Switching sections stays on this page (no new page per section).
 */
import { contentStore, getChecklistItem, getNeighbours, getSection } from '../../content/index';
import { freshness, presentBlocks } from '../../presenters/content-view';
import { targetPath, targetQuery } from '../../services/entry-link';
import { enterPage } from '../../services/page-entry';
import { sectionShareTitle } from '../../presenters/share-titles';
import { openTarget } from '../../services/navigation';
import { copySourceAddress } from '../../services/clipboard';

type SectionTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { id: string }
>;

function sectionView(id: string, today: Date) {
  const section = getSection(id) ?? contentStore.sections[0];
  if (!section) throw new Error('The guide has no sections');
  const { blocks, sources } = presentBlocks(section, today);
  const { previous, next } = getNeighbours(section.id);
  const index = contentStore.sections.indexOf(section);
  return {
    sectionId: section.id,
    title: section.title,
    position: `第 ${index + 1} / ${contentStore.sections.length} 节`,
    ...freshness(section.checked, today),
    blocks,
    sources,
    related: section.relatedItems.flatMap((itemId) => {
      const item = getChecklistItem(itemId);
      return item ? [{ id: item.id, title: item.title }] : [];
    }),
    previous: previous ? { id: previous.id, title: previous.title } : null,
    next: next ? { id: next.id, title: next.title } : null,
  };
}

Component({
  data: {
    sectionId: '',
    title: '',
    position: '',
    checkedLabel: '',
    staleNotice: '',
    blocks: [] as ReturnType<typeof sectionView>['blocks'],
    sources: [] as ReturnType<typeof sectionView>['sources'],
    related: [] as { id: string; title: string }[],
    previous: null as { id: string; title: string } | null,
    next: null as { id: string; title: string } | null,
    toc: contentStore.sections.map((section, index) => ({
      id: section.id,
      title: `${index + 1}. ${section.title}`,
    })),
    tocOpen: false,
    singlePage: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const entry = enterPage('guide', query);
      if (entry.singlePage) this.setData({ singlePage: true });
      this.showSection(entry.target.section);
    },
    showSection(id: string) {
      const view = sectionView(id, new Date());
      this.setData({ ...view, tocOpen: false });
      wx.setNavigationBarTitle({ title: view.title });
      if (typeof wx.pageScrollTo === 'function') wx.pageScrollTo({ scrollTop: 0, duration: 0 });
    },
    onPickSection(event: SectionTapEvent) {
      this.showSection(event.currentTarget.dataset.id);
    },
    onOpenToc() {
      this.setData({ tocOpen: true });
    },
    onCloseToc() {
      this.setData({ tocOpen: false });
    },
    onOpenItem(event: SectionTapEvent) {
      const item = getChecklistItem(event.currentTarget.dataset.id);
      openTarget(item ? { page: 'checklist', group: item.group } : { page: 'checklist' });
    },
    onOpenSources() {
      openTarget({ page: 'sources' });
    },
    onCopySource(event: SectionTapEvent) {
      // The address is looked up in the store, not sent to the template, which never shows it.
      copySourceAddress(event.currentTarget.dataset.id);
    },
    onShareAppMessage() {
      return {
        title: sectionShareTitle(this.data.title),
        path: targetPath({ page: 'guide', section: this.data.sectionId }),
      };
    },
    onShareTimeline() {
      return { title: this.data.title, query: targetQuery({ page: 'guide', section: this.data.sectionId }) };
    },
  },
});
