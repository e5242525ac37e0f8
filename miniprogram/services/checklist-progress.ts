/**
 * Checklist progress: which items a person ticked. The stored form, its decoder and the write path live in
 * `storage.ts`; this file holds what ticking means.
 *
 * Ticks are keyed by the items' stable ids. A tick whose id the current content does not have is set aside:
 * kept (a later content update may bring the item back, and its tick with it) but never counted or shown.
 * New items start unticked.
 */
import { contentStore } from '../content/index';
import {
  StoredState,
  StoredValue,
  dictionarySchema,
  hasOwn,
  isEpochMs,
  storedTime,
  type Dictionary,
  type WriteResult,
} from './storage';

/** Checklist progress: item id → when it was ticked. Also holds ticks of items the content no longer has. */
export const checklistProgressSchema = dictionarySchema<number>({
  key: 'checklist-progress.v1',
  version: 1,
  field: 'ticked',
  isEntry: isEpochMs,
  // A damaged value with more entries than the cap keeps the current items' ticks first.
  preferred: () => contentStore.checklistItems.map((item) => item.id),
});

export const PROGRESS_KEY = checklistProgressSchema.key;

export interface ChecklistProgress {
  /** Item id → when it was ticked (ms since epoch). */
  ticked: Record<string, number>;
}

export function isTicked(progress: ChecklistProgress, id: string): boolean {
  return hasOwn(progress.ticked, id);
}

export function setTicked(
  progress: ChecklistProgress,
  id: string,
  done: boolean,
  now = Date.now(),
): ChecklistProgress {
  const ticked = { ...progress.ticked };
  // A wrong clock (1970, NaN) still gives a time the decoder reads back.
  if (done) ticked[id] = hasOwn(ticked, id) ? ticked[id]! : storedTime(now);
  else delete ticked[id];
  return { ticked };
}

export interface ProgressSummary {
  done: number;
  total: number;
  /** Whole percent, 0–100. */
  percent: number;
}

/** Counts only ticks of items that exist now. */
export function summarizeProgress(progress: ChecklistProgress, itemIds: readonly string[]): ProgressSummary {
  const done = itemIds.filter((id) => isTicked(progress, id)).length;
  const total = itemIds.length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

type Dict = Dictionary<number>;

/**
 * The progress people see while the app runs: loaded once, changed in memory first and then written, so a
 * failing write never loses a tick while the app stays open (the next change writes everything again).
 */
class ChecklistProgressStore extends StoredState<Dictionary<number>> {
  protected readonly stored = new StoredValue(checklistProgressSchema);
  readonly label = '勾选进度';

  get(): ChecklistProgress {
    return { ticked: this.stored.get() };
  }

  setTicked(id: string, done: boolean, onWritten?: (result: WriteResult) => void): ChecklistProgress {
    const now = Date.now();
    const change = (ticked: Dict) => setTicked({ ticked }, id, done, now).ticked;
    return { ticked: this.stored.update(change, onWritten) };
  }

  /** Removes every tick, those set aside for absent items included: "clear all" leaves nothing behind. */
  clearAll(onWritten?: (result: WriteResult) => void): ChecklistProgress {
    return { ticked: this.stored.update(() => ({}), onWritten) };
  }
}

export const checklistProgress = new ChecklistProgressStore();
