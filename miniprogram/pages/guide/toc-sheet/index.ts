/**
 * The guide's table of contents as a bottom sheet: a dimmed overlay, a panel with a heading and a 关闭 control,
 * and the page's own content in the slot. Tapping the overlay or 关闭 asks the page to close it (`close` event);
 * the page owns the open state. Ours rather than vant's popup, which would keep popup, overlay and transition
 * (about 15 KB) in the main package for one page of a subpackage.
 */
Component({
  options: { addGlobalClass: true },
  properties: {
    show: { type: Boolean, value: false },
    title: { type: String, value: '' },
  },
  methods: {
    onClose() {
      this.triggerEvent('close');
    },
    /** Holds the page behind the overlay still while the sheet is open. */
    onHoldPage() {},
  },
});
