/**
 * The guide's block presenter: a section's blocks as components/content-block renders them, with their citation
 * labels and marks, and the sources they cite. Guide subpackage: only the guide shows blocks. Pure: the page
 * passes the day.
 */
import { getSources, sectionSourceIds } from '../../content/index';
import type { Block, CalloutTone, FactRow, GuideSection } from '../../content/types';
import { claimMarks, presentCitedSource, type CitedSourceView } from '../../presenters/content-view';
import { registerStatus } from './line-register-view';

/** What every block view carries besides its own content. */
interface BlockViewBase {
  /** Stable `wx:key`. */
  key: string;
  /** True when the claim is low-confidence: the block is marked so. */
  low: boolean;
  /** "这条可能已有变化" once the device's date passes the claim's review-by date, else ''. */
  changed: string;
  /** e.g. "来源 1、3"; empty for blocks without citations. */
  citeLabel: string;
}

export interface TableRowView {
  key: string;
  cells: { key: string; text: string }[];
}

/**
 * Exactly what components/content-block renders for each kind, and nothing else: source ids and the `claim`
 * flag stay in the store (the citation label carries them), steps arrive as text (step-list numbers them), and table
 * rows arrive keyed for `wx:key`. Every byte here crosses to the render layer on each section change.
 */
export type BlockContentView =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'steps'; steps: string[] }
  | { kind: 'callout'; tone: CalloutTone; title: string; text: string }
  | { kind: 'facts'; rows: FactRow[] }
  | { kind: 'table'; columns: string[]; rows: TableRowView[] };

export type BlockView = BlockViewBase & BlockContentView;

function blockContent(block: Block): BlockContentView {
  switch (block.kind) {
    case 'paragraph':
      return { kind: block.kind, text: block.text };
    case 'bullets':
      return { kind: block.kind, items: block.items };
    case 'steps':
      return { kind: block.kind, steps: block.items };
    case 'callout':
      return { kind: block.kind, tone: block.tone, title: block.title, text: block.text };
    case 'facts':
      return { kind: block.kind, rows: block.rows.map(({ label, value }) => ({ label, value })) };
    case 'table':
      return {
        kind: block.kind,
        columns: block.columns,
        rows: block.rows.map((row, rowIndex) => ({
          key: `r${rowIndex}`,
          cells: row.map((text, cellIndex) => ({ key: `c${cellIndex}`, text })),
        })),
      };
  }
}

/** A block as shown on a given day: live blocks (the line register today) get their text from the clock. */
function blockOnDay(block: Block, today: Date): Block {
  if (block.kind === 'callout' && block.live === 'line-register') {
    return { ...block, ...registerStatus(today.getTime()) };
  }
  return block;
}

/**
 * A section's blocks and sources as shown on `today` (the device's date; tests pass fixed dates): the register's
 * state is worked out for that instant, and claims past their review-by date say so.
 */
export function presentBlocks(
  section: GuideSection,
  today: Date = new Date(),
): { blocks: BlockView[]; sources: CitedSourceView[] } {
  const sourceIds = sectionSourceIds(section);
  const sources = getSources(sourceIds).map((source, index) => presentCitedSource(source, index + 1));
  const numberOf = new Map(sources.map((view) => [view.id, view.number]));
  const blocks = section.blocks.map((authored, index): BlockView => {
    const block = blockOnDay(authored, today);
    const numbers = block.cites.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined);
    return {
      ...blockContent(block),
      key: `${section.id}-${index}`,
      ...claimMarks(block, today),
      citeLabel: numbers.length > 0 ? `来源 ${numbers.join('、')}` : '',
    };
  });
  return { blocks, sources };
}
