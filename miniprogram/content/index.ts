/**
 * The main package's content store (`MainContent`): what home, the checklist, emergency and the shell read, and
 * what several packages share, with the queries they use. No UI code lives here. Content only one subpackage
 * reads lives beside its page (README, "Subpackages"); the whole store is `content-check/store.ts` (tests only).
 * Sections, checklist items and sources are authored keyed by id; here they become the ordered lists pages
 * use, and each section's related items are worked out from the items (the link is stored once).
 */
import { checklistGroups, checklistItemsById } from './checklist';
import { emergencyChecked, emergencyContacts } from './emergency';
import { guideParts, sectionsById, shortAnswer } from './guide';
import { sourcesById } from './sources';
import type {
  Block,
  ChecklistGroup,
  ChecklistItem,
  Confidence,
  GuideSection,
  GuideSectionHead,
  ItemBody,
  ItemId,
  MainContent,
  SectionHead,
  SectionId,
  Source,
  SourceBody,
  SourceId,
} from './types';

function entries<Id extends string, Body>(byId: { readonly [K in Id]: Body }): [Id, Body][] {
  return (Object.keys(byId) as Id[]).map((id) => [id, byId[id]]);
}

export const checklistItems: ChecklistItem[] = entries<ItemId, ItemBody>(checklistItemsById).map(
  ([id, body]) => ({ id, ...body }),
);

export const sections: GuideSectionHead[] = entries<SectionId, SectionHead>(sectionsById).map(
  ([id, body]) => ({
    id,
    ...body,
    relatedItems: checklistItems.filter((item) => item.section === id).map((item) => item.id),
  }),
);

export const sources: Source[] = entries<SourceId, SourceBody>(sourcesById).map(([id, body]) => ({
  id,
  ...body,
}));

export const contentStore: MainContent = {
  version: '2026.12.01',
  shortAnswer,
  guideParts,
  sections,
  checklistGroups,
  checklistItems,
  emergencyContacts,
  emergencyChecked,
  sources,
};

const sourceById = new Map<string, Source>(sources.map((source) => [source.id, source]));
const sectionIndexById = new Map<string, number>(sections.map((section, index) => [section.id, index]));
const itemById = new Map<string, ChecklistItem>(checklistItems.map((item) => [item.id, item]));

export function getSection(id: string, store: MainContent = contentStore): GuideSectionHead | undefined {
  if (store === contentStore) {
    const index = sectionIndexById.get(id);
    return index === undefined ? undefined : sections[index];
  }
  return store.sections.find((section) => section.id === id);
}

export interface SectionNeighbours {
  previous?: GuideSectionHead;
  next?: GuideSectionHead;
}

export function getNeighbours(id: string, store: MainContent = contentStore): SectionNeighbours {
  const index = store.sections.findIndex((section) => section.id === id);
  if (index < 0) return {};
  return { previous: store.sections[index - 1], next: store.sections[index + 1] };
}

export function getSource(id: string, store: MainContent = contentStore): Source | undefined {
  return store === contentStore ? sourceById.get(id) : store.sources.find((source) => source.id === id);
}

/** Sources for a list of ids, in the given order, skipping unknown ids (validate() reports those). */
export function getSources(ids: readonly string[], store: MainContent = contentStore): Source[] {
  const found: Source[] = [];
  ids.forEach((id) => {
    const source = getSource(id, store);
    if (source && found.indexOf(source) < 0) found.push(source);
  });
  return found;
}

export function getChecklistItem(id: string): ChecklistItem | undefined {
  return itemById.get(id);
}

export interface ChecklistGroupWithItems extends ChecklistGroup {
  items: ChecklistItem[];
}

export function getChecklistByGroup(store: MainContent = contentStore): ChecklistGroupWithItems[] {
  return store.checklistGroups.map((group) => ({
    ...group,
    items: store.checklistItems.filter((item) => item.group === group.id),
  }));
}

const confidenceRank: Record<Confidence, number> = { L: 0, M: 1, H: 2 };

/** The weakest of some confidences; `H` for none. */
export function weakestOf(confidences: readonly Confidence[]): Confidence {
  return confidences.reduce<Confidence>(
    (weakest, confidence) => (confidenceRank[confidence] < confidenceRank[weakest] ? confidence : weakest),
    'H',
  );
}

/** The weakest confidence the sheet gives among the cited sources; `H` when nothing is cited. */
export function weakestConfidence(ids: readonly string[], store: MainContent = contentStore): Confidence {
  return weakestOf(getSources(ids, store).map((source) => source.confidence));
}

/** Source ids of several cited things, in order of first use, without repeats. */
export function collectSourceIds(cited: readonly { cites: readonly string[] }[]): string[] {
  const ids: string[] = [];
  cited.forEach((entry) =>
    entry.cites.forEach((id) => {
      if (ids.indexOf(id) < 0) ids.push(id);
    }),
  );
  return ids;
}

/** Every source id a section cites, in order of first use. */
export function sectionSourceIds(section: GuideSection): string[] {
  return collectSourceIds(section.blocks);
}

export type { Block };
