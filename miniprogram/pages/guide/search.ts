/**
 * One search over what a reader can read: guide sections (titles, summaries and body text), checklist items (by
 * title) and sources (title, publisher, description). Guide subpackage: section bodies live here, so the search
 * does too. Items' steps and sources' notes live in the checklist and sources subpackages, which this one cannot
 * require (README, "Subpackages"): the search finds them by what the main package holds. Pure: the page passes
 * the query.
 */
import { contentStore } from '../../content/index';
import type { ChecklistItem, GuideSection, Source } from '../../content/types';
import { normalize } from '../../presenters/content-index';
import { sourceTitle } from '../../presenters/content-view';
import { blockTexts } from './sections/block-texts';
import { guideSections } from './sections/index';

/** What the search reads: sections with their blocks, checklist items and sources. */
export interface Searchable {
  sections: readonly GuideSection[];
  checklistItems: readonly ChecklistItem[];
  sources: readonly Source[];
}

const everything: Searchable = {
  sections: guideSections,
  checklistItems: contentStore.checklistItems,
  sources: contentStore.sources,
};

export type SearchHitKind = 'section' | 'item' | 'source';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  title: string;
  /** The matching text with a little context, e.g. "…发 KTGJDX 到 10086…". */
  snippet: string;
}

function snippetOf(texts: readonly string[], needle: string): string | undefined {
  for (const text of texts) {
    const index = normalize(text).indexOf(needle);
    if (index < 0) continue;
    // Positions in the normalized text run ahead of the original by the spaces dropped; a little slack is fine.
    const start = Math.max(0, index - 12);
    const end = Math.min(text.length, index + needle.length + 24);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
  return undefined;
}

/** At most this many hits per kind, so a short query never produces a page too long to render. */
export const SEARCH_LIMIT_PER_KIND = 12;

/**
 * Finds sections, checklist items and sources whose title or body text contains the query (case, width and
 * spacing ignored). A blank query finds nothing.
 */
export function searchContent(query: string, store: Searchable = everything): SearchHit[] {
  const needle = normalize(query);
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  const take = (kind: SearchHitKind, id: string, title: string, texts: readonly string[]) => {
    if (hits.filter((hit) => hit.kind === kind).length >= SEARCH_LIMIT_PER_KIND) return;
    const snippet = snippetOf([title, ...texts], needle);
    if (snippet !== undefined) hits.push({ kind, id, title, snippet });
  };
  for (const section of store.sections)
    take('section', section.id, section.title, [section.summary, ...section.blocks.flatMap(blockTexts)]);
  for (const item of store.checklistItems) take('item', item.id, item.title, []);
  for (const source of store.sources)
    take('source', source.id, sourceTitle(source), [source.publisher, source.description ?? '']);
  return hits;
}
