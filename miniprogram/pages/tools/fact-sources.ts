/**
 * The sources behind a tool's figures: the fact-sheet ids the tool data names (pages/tools/content.ts)
 * mapped to their pages through the content store (content/facts.ts → content/sources.ts). Templates show the
 * label and copy the address with the shell's `onCopySource` (`data-id` = the source id).
 */
import { facts } from '../../content/facts';
import { getSource } from '../../content/index';
import { sourceDateLabel, sourceTitle } from '../../presenters/content-view';
import type { FactRef } from './content';

export interface FactSourceView {
  /** The source id (what `onCopySource` copies the address of). */
  id: string;
  /** "标题 · 发布者 · 发布于2026年1月9日" */
  label: string;
}

/** Every source of these facts once, in the order the facts name them. A fact with no source adds nothing. */
export function factSources(ids: readonly FactRef[]): FactSourceView[] {
  const views: FactSourceView[] = [];
  for (const fact of ids) {
    for (const id of facts[fact].sources) {
      const source = getSource(id);
      if (!source || views.some((view) => view.id === id)) continue;
      views.push({ id, label: `${sourceTitle(source)} · ${source.publisher} · ${sourceDateLabel(source)}` });
    }
  }
  return views;
}
