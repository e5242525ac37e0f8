/**
 * The whole content store: the main package's content (`miniprogram/content/`) joined with every subpackage's
 * (the guide's section bodies, the checklist's texts, situation, payments, the sources' notes, the tools), and
 * the show-the-cashier cards with the tools. The app never loads this in one piece: each package loads its own
 * part (README, "Subpackages"). Tests, validate() and build scripts read it here, so a check always sees
 * everything the app can show.
 */
import { contentStore as mainContent } from '../miniprogram/content/index';
import type { ContentStore } from '../miniprogram/content/types';
import { withIntro, withTexts } from '../miniprogram/pages/checklist/checklist-view';
import { guideSections } from '../miniprogram/pages/guide/sections/index';
import { payments } from '../miniprogram/pages/payments/content';
import { situation } from '../miniprogram/pages/situation/content';
import { withNotes } from '../miniprogram/pages/sources/sources-index';
import { toolsContent } from '../miniprogram/pages/tools/content';
import { cashierCards } from '../miniprogram/services/tools/cashier-cards';

export const contentStore: ContentStore = {
  ...mainContent,
  sources: withNotes(mainContent.sources),
  checklistGroups: mainContent.checklistGroups.map(withIntro),
  checklistItems: mainContent.checklistItems.map(withTexts),
  sections: guideSections,
  situation,
  payments,
  // 给店员看's cards live in the main package (they open with no data at all) but are checked with the tools.
  tools: { ...toolsContent, cashierCards },
};
