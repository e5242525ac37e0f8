/**
 * The checklist page's presenter: an item as the page shows it, with its why and how (this subpackage's
 * `texts.ts`) joined to what the main package holds about it. Pure: no `wx`, no storage.
 */
import type {
  ChecklistGroup,
  ChecklistGroupWithIntro,
  ChecklistItem,
  ChecklistItemWithTexts,
} from '../../content/types';
import { citeSummary, claimMarks } from '../../presenters/content-view';
import { groupIntros, itemTexts } from './texts';

/** An item with the texts only this page shows. */
export function withTexts(item: ChecklistItem): ChecklistItemWithTexts {
  return { ...item, ...itemTexts[item.id] };
}

/** A stage with its intro. */
export function withIntro(group: ChecklistGroup): ChecklistGroupWithIntro {
  return { ...group, intro: groupIntros[group.id] };
}

export interface ChecklistItemView {
  id: string;
  title: string;
  why: string;
  how: string[];
  citeLabel: string;
  low: boolean;
  done: boolean;
}

export function presentChecklistItem(
  item: ChecklistItem,
  done: boolean,
  today: Date = new Date(),
): ChecklistItemView {
  const marks = claimMarks(item, today);
  const summary = citeSummary(item.cites);
  const texts = itemTexts[item.id];
  return {
    id: item.id,
    title: item.title,
    why: texts.why,
    how: [...texts.how],
    citeLabel: marks.changed ? `${marks.changed} · ${summary}` : summary,
    low: marks.low,
    done,
  };
}
