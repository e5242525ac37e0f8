import type { Block } from '../../../content/types';

/** Every piece of text a block shows, in reading order. */
export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'bullets':
    case 'steps':
      return block.items;
    case 'callout':
      return [block.title, block.text];
    case 'facts':
      return block.rows.flatMap((row) => [row.label, row.value]);
    case 'table':
      return [...block.columns, ...block.rows.flat()];
  }
}
