/**
 * Checklist progress: which items a person ticked, stored on the device under a versioned key.
 *
 * Ticks are keyed by the items' stable ids. A tick whose id the current content does not have is kept (it
 * may come back with a later content update) but never counted.
 */
import { readStored, writeStored, type WriteResult } from './storage';

export const PROGRESS_KEY = 'checklist-progress.v1';

export interface ChecklistProgress {
  /** Item id → when it was ticked (ms since epoch). */
  ticked: Record<string, number>;
}

interface StoredProgressV1 {
  version: 1;
  ticked: Record<string, number>;
}

const MAX_ID_LENGTH = 64;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyProgress(): ChecklistProgress {
  return { ticked: {} };
}

/** Accepts only well-formed entries; anything else is dropped, never thrown. */
export function decodeProgress(raw: unknown): ChecklistProgress {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return emptyProgress();
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return emptyProgress();
  const record = value as { version?: unknown; ticked?: unknown };
  if (record.version !== 1 || typeof record.ticked !== 'object' || record.ticked === null)
    return emptyProgress();
  const ticked: Record<string, number> = {};
  for (const [id, at] of Object.entries(record.ticked as Record<string, unknown>)) {
    if (
      id.length <= MAX_ID_LENGTH &&
      ID_PATTERN.test(id) &&
      typeof at === 'number' &&
      Number.isFinite(at) &&
      at > 0
    ) {
      ticked[id] = at;
    }
  }
  return { ticked };
}

export function encodeProgress(progress: ChecklistProgress): StoredProgressV1 {
  return { version: 1, ticked: { ...progress.ticked } };
}

export function loadProgress(): ChecklistProgress {
  return decodeProgress(readStored(PROGRESS_KEY));
}

export function saveProgress(progress: ChecklistProgress): WriteResult {
  return writeStored(PROGRESS_KEY, encodeProgress(progress));
}

export function isTicked(progress: ChecklistProgress, id: string): boolean {
  return progress.ticked[id] !== undefined;
}

export function setTicked(
  progress: ChecklistProgress,
  id: string,
  done: boolean,
  now = Date.now(),
): ChecklistProgress {
  const ticked = { ...progress.ticked };
  if (done) ticked[id] = ticked[id] ?? now;
  else delete ticked[id];
  return { ticked };
}

/** Clears the ticks of the given items (the current content's), keeping ticks set aside for absent items. */
export function clearTicks(progress: ChecklistProgress, ids: readonly string[]): ChecklistProgress {
  const ticked = { ...progress.ticked };
  for (const id of ids) delete ticked[id];
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

/**
 * The progress people see while the app runs. Loaded from storage once; every change is kept here first and
 * then written, so a failing write never loses a tick while the app stays open (the next change retries).
 */
class ChecklistProgressStore {
  private current: ChecklistProgress | undefined;
  private lastWriteFailed = false;

  get(): ChecklistProgress {
    if (!this.current) this.current = loadProgress();
    return this.current;
  }

  /** Whether the last write failed: the page tells the user once. */
  get writeFailing(): boolean {
    return this.lastWriteFailed;
  }

  setTicked(id: string, done: boolean): WriteResult {
    return this.replace(setTicked(this.get(), id, done));
  }

  clear(ids: readonly string[]): WriteResult {
    return this.replace(clearTicks(this.get(), ids));
  }

  private replace(next: ChecklistProgress): WriteResult {
    this.current = next;
    const result = saveProgress(next);
    this.lastWriteFailed = !result.ok;
    return result;
  }
}

export const checklistProgress = new ChecklistProgressStore();
