/**
 * Renders one guide block (paragraph, bullets, steps, callout, facts, table) from the content store,
 * with its source numbers and a low-confidence mark where a cited source is weak.
 */
Component({
  options: { addGlobalClass: true },
  properties: {
    block: { type: Object, value: {} },
  },
  data: {
    /** van-steps expects `{ text }` objects; derived once per block. */
    steps: [] as { text: string }[],
  },
  observers: {
    block(block: { kind?: string; items?: string[] }) {
      if (block && block.kind === 'steps' && Array.isArray(block.items)) {
        this.setData({ steps: block.items.map((text, index) => ({ text: `${index + 1}. ${text}` })) });
      }
    },
  },
});
