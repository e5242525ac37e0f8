/**
 * Keeps the guide easy to scan as it grows: sections grouped by part (home and the guide's table of contents),
 * and the text folding every search shares. Main package (home uses it). Sources by topic live with the sources
 * page (its `sources-index.ts`), the search over body text with the guide (its `search.ts`).
 * Pure: nothing here reads storage or `wx`.
 */
import { contentStore } from '../content/index';
import type { GuidePartId, MainContent } from '../content/types';

export interface GuideEntryView {
  id: string;
  /** e.g. "3. 验证码发到哪里": numbered through the whole guide, so numbers match "第 3 / 19 节". */
  title: string;
  summary: string;
}

export interface GuidePartView {
  id: GuidePartId;
  title: string;
  /** e.g. "5 节". */
  countLabel: string;
  sections: GuideEntryView[];
}

/**
 * Which part a collapsible list shows open: the one the reader opened, else the part holding the current
 * section, else the first.
 */
export function openPartId(
  options: { openPart?: GuidePartId; currentSection?: string } = {},
  store: MainContent = contentStore,
): GuidePartId | undefined {
  const current = store.sections.find((section) => section.id === options.currentSection);
  return options.openPart ?? current?.part ?? store.guideParts[0]?.id;
}

/** The guide's sections grouped by part, in reading order; parts never come out empty. */
export function presentGuideParts(store: MainContent = contentStore): GuidePartView[] {
  const numbered = store.sections.map((section, index) => ({ section, number: index + 1 }));
  return store.guideParts.flatMap((part) => {
    const members = numbered.filter(({ section }) => section.part === part.id);
    if (members.length === 0) return [];
    return [
      {
        id: part.id,
        title: part.title,
        countLabel: `${members.length} 节`,
        sections: members.map(({ section, number }) => ({
          id: section.id,
          title: `${number}. ${section.title}`,
          summary: section.summary,
        })),
      },
    ];
  });
}

/** Lower-case, full-width letters and digits folded to ASCII, spaces dropped: "ＫＴＧＪ dx" finds "KTGJDX". */
export function normalize(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/g, '');
}
