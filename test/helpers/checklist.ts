/**
 * What the checklist tests share: finding an item by id as a person does (by its title on screen) and ticking it.
 */
import { contentStore } from '../../content-check/store';
import { findByText, fire, type LoadedPage } from './page';

/** An item's title, as the page shows it. */
export function itemTitle(id: string): string {
  const item = contentStore.checklistItems.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No checklist item ${id}`);
  return item.title;
}

/**
 * Ticks (or unticks) an item's box as vant reports a tap: a `change` event with the new state. j-component drops
 * a `false` event detail, so an untick reaches the page as a plain toggle of a ticked item, which is what tapping
 * a ticked box is anyway.
 */
export async function tickItem(page: LoadedPage, id: string, checked = true): Promise<void> {
  await fire(findByText(page, '.item-check', itemTitle(id)), 'change', checked);
}
