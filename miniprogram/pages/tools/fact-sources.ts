/**
 * The sources behind a tool's figures, from the fact-sheet ids the tool data names (pages/tools/services/data.ts).
 */
import type { FactRef } from './services/data';

export interface FactSourceView {
  /** The fact id, e.g. F6.1 (the key a copy tap uses). */
  id: string;
  label: string;
}

/** One entry per fact, in the order given, duplicates dropped. */
export function factSources(ids: readonly FactRef[]): FactSourceView[] {
  return [...new Set(ids)].map((id) => ({ id, label: `事实表 ${id}` }));
}
