/**
 * The guide subpackage's content: every section's blocks, joined with the section's head from the main package.
 * `sectionBlocks` must have an entry for every `SectionId` (a missing one does not compile), and each part file
 * accepts only known ids, so a section and its body cannot drift apart.
 */
import { contentStore, getSection } from '../../../content/index';
import type { Block, GuideSection, SectionId } from '../../../content/types';
import { moneyBlocks } from './money';
import { payBlocks } from './pay';
import { phoneBlocks } from './phone';
import { tripBlocks } from './trip';

export const sectionBlocks: { readonly [Id in SectionId]: readonly Block[] } = {
  ...phoneBlocks,
  ...payBlocks,
  ...moneyBlocks,
  ...tripBlocks,
};

/** Every section with its blocks, in reading order. */
export const guideSections: GuideSection[] = contentStore.sections.map((section) => ({
  ...section,
  blocks: sectionBlocks[section.id],
}));

/** A section with its blocks, or undefined for an unknown id. */
export function getGuideSection(id: string): GuideSection | undefined {
  const head = getSection(id);
  return head ? guideSections[contentStore.sections.indexOf(head)] : undefined;
}
