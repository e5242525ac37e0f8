/**
 * The content store: one typed object the pages read, and the queries they use. No UI code lives here.
 */
import { checklistGroups, checklistItems } from './checklist';
import { emergencyChecked, emergencyContacts } from './emergency';
import { sections, shortAnswer } from './guide';
import { payPhrases, paymentOptions, paymentsChecked } from './payments';
import { situationChecked, situationPoints, situationQuestions } from './situation';
import { sources } from './sources';
import type {
  Block,
  ChecklistGroup,
  ChecklistItem,
  Confidence,
  ContentStore,
  GuideSection,
  Source,
} from './types';

export const contentStore: ContentStore = {
  version: '2026.11.25',
  shortAnswer,
  sections,
  checklistGroups,
  checklistItems,
  emergencyContacts,
  emergencyChecked,
  situation: { checked: situationChecked, questions: situationQuestions, points: situationPoints },
  payments: { checked: paymentsChecked, options: paymentOptions, phrases: payPhrases },
  sources,
};

const sourceById = new Map(sources.map((source) => [source.id, source]));
const sectionIndexById = new Map(sections.map((section, index) => [section.id, index]));
const itemById = new Map(checklistItems.map((item) => [item.id, item]));

export function getSection(id: string, store: ContentStore = contentStore): GuideSection | undefined {
  if (store === contentStore) {
    const index = sectionIndexById.get(id);
    return index === undefined ? undefined : sections[index];
  }
  return store.sections.find((section) => section.id === id);
}

export interface SectionNeighbours {
  previous?: GuideSection;
  next?: GuideSection;
}

export function getNeighbours(id: string, store: ContentStore = contentStore): SectionNeighbours {
  const index = store.sections.findIndex((section) => section.id === id);
  if (index < 0) return {};
  return { previous: store.sections[index - 1], next: store.sections[index + 1] };
}

export function getSource(id: string, store: ContentStore = contentStore): Source | undefined {
  return store === contentStore ? sourceById.get(id) : store.sources.find((source) => source.id === id);
}

/** Sources for a list of ids, in the given order, skipping unknown ids (validate() reports those). */
export function getSources(ids: readonly string[], store: ContentStore = contentStore): Source[] {
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

export function getChecklistByGroup(store: ContentStore = contentStore): ChecklistGroupWithItems[] {
  return store.checklistGroups.map((group) => ({
    ...group,
    items: store.checklistItems.filter((item) => item.group === group.id),
  }));
}

const confidenceRank: Record<Confidence, number> = { L: 0, M: 1, H: 2 };

/** The weakest confidence among the cited sources; `H` when nothing is cited. */
export function weakestConfidence(ids: readonly string[], store: ContentStore = contentStore): Confidence {
  return getSources(ids, store).reduce<Confidence>(
    (weakest, source) =>
      confidenceRank[source.confidence] < confidenceRank[weakest] ? source.confidence : weakest,
    'H',
  );
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
