/**
 * Renders one guide block (paragraph, bullets, steps, callout, facts, table) from the content store,
 * with its source numbers and a low-confidence mark where a cited source is weak. The block arrives ready
 * to render (presenters/content-view.ts): this component holds no data and sends no setData of its own.
 */
Component({
  options: { addGlobalClass: true },
  properties: {
    block: { type: Object, value: {} },
  },
});
