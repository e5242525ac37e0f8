/**
 * Guide: one section per view, a table of contents, previous/next, the section's sources and the checklist
 * items it leads to. Switching sections stays on this page (no new page per section); sharing shares the section
 * on screen.
 */
import { appPage } from '../../behaviors/app-page';
import { contentStore, getChecklistItem, getNeighbours } from '../../content/index';
import { toolsForSection, type ToolLinkView } from '../../content/tools';
import { freshness } from '../../presenters/content-view';
import { presentBlocks } from './blocks-view';
import { openPartId, presentGuideParts, type GuidePartView } from '../../presenters/content-index';
import { sectionShareTitle } from '../../presenters/share-titles';
import type { GuidePartId } from '../../content/types';
import { searchContent, type SearchHit } from './search';
import { getGuideSection, guideSections } from './sections/index';

type SectionTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { id: string }
>;

type Link = { id: string; title: string };
type PartTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { part: GuidePartId }
>;

interface TocPartView extends GuidePartView {
  open: boolean;
}

/** The table of contents: parts with one open (the reader's pick, else the current section's), or search hits. */
function tocView(openPart: GuidePartId | undefined, currentSection: string, query: string) {
  const open = openPartId({ openPart, currentSection });
  const trimmed = query.trim();
  const hits: SearchHit[] = trimmed === '' ? [] : searchContent(trimmed);
  return {
    tocParts: presentGuideParts().map((part): TocPartView => ({ ...part, open: part.id === open })),
    tocQuery: query,
    tocHits: hits,
    tocSearchLabel:
      trimmed === ''
        ? ''
        : hits.length === 0
          ? `没有找到含“${trimmed}”的内容，换个词试试。`
          : `找到 ${hits.length} 处含“${trimmed}”的内容：`,
  };
}

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
    tools: toolsForSection(section.id),
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
    tools: [] as ToolLinkView[],
    related: [] as Link[],
    previous: null as Link | null,
    next: null as Link | null,
    tocParts: [] as TocPartView[],
    tocQuery: '',
    tocHits: [] as SearchHit[],
    tocSearchLabel: '',
    tocOpen: false,
  },
  view(target) {
    return {
      ...sectionView(target.section, new Date()),
      ...tocView(undefined, target.section, ''),
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
    onTogglePart(event: PartTapEvent) {
      const { part } = event.currentTarget.dataset;
      const current = this.data.tocParts.find((candidate) => candidate.open)?.id;
      const next = current === part ? undefined : part;
      // Closing the open part leaves every part closed; the shell's redraw would reset the popup, so set directly.
      const view = tocView(next, this.data.sectionId, this.data.tocQuery);
      this.setData({
        ...view,
        tocParts: view.tocParts.map((entry) => ({ ...entry, open: next !== undefined && entry.id === next })),
      });
    },
    onSearchToc(event: WechatMiniprogram.Input) {
      const open = this.data.tocParts.find((part) => part.open)?.id;
      this.setData(tocView(open, this.data.sectionId, event.detail.value));
    },
  },
});
