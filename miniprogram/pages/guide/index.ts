/**
 * Guide: one section per view, a table of contents, previous/next, the section's sources and the checklist
 * items it leads to. Switching sections stays on this page (no new page per section); sharing shares the section
 * on screen.
 */
import { appPage } from '../../behaviors/app-page';
import { contentStore, getChecklistItem, getNeighbours } from '../../content/index';
import { freshness, presentBlocks } from '../../presenters/content-view';
import { sectionShareTitle } from '../../presenters/share-titles';
import { getGuideSection, guideSections } from './sections/index';

type SectionTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { id: string }
>;

type Link = { id: string; title: string };

function sectionView(id: string, today: Date) {
  const section = getGuideSection(id) ?? guideSections[0];
  if (!section) throw new Error('The guide has no sections');
  const { blocks, sources } = presentBlocks(section, today);
  const { previous, next } = getNeighbours(section.id);
  const index = guideSections.indexOf(section);
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

appPage({
  page: 'guide',
  data: {
    sectionId: '',
    title: '',
    position: '',
    checkedLabel: '',
    staleNotice: '',
    blocks: [] as ReturnType<typeof sectionView>['blocks'],
    sources: [] as ReturnType<typeof sectionView>['sources'],
    related: [] as Link[],
    previous: null as Link | null,
    next: null as Link | null,
    toc: [] as Link[],
    tocOpen: false,
  },
  view(target) {
    return {
      ...sectionView(target.section, new Date()),
      toc: contentStore.sections.map((section, index) => ({
        id: section.id,
        title: `${index + 1}. ${section.title}`,
      })),
      tocOpen: false, // a new section, or coming back, shows the page with the contents closed
    };
  },
  shown() {
    wx.setNavigationBarTitle({ title: this.data.title });
    if (typeof wx.pageScrollTo === 'function') wx.pageScrollTo({ scrollTop: 0, duration: 0 });
  },
  share: {
    title() {
      return sectionShareTitle(this.data.title);
    },
    momentsTitle() {
      return this.data.title;
    },
  },
  methods: {
    onPickSection(event: SectionTapEvent) {
      this.show({ page: 'guide', section: event.currentTarget.dataset.id });
    },
    onOpenToc() {
      this.setData({ tocOpen: true });
    },
    onCloseToc() {
      this.setData({ tocOpen: false });
    },
  },
});
