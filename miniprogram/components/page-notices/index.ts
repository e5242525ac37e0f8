/**
 * The page shell's notices at the top of every page (behaviors/app-page.ts sets the data): Moments'
 * single-page notice, what is wrong with stored state, and what did not fit in the page open's one toast.
 */
Component({
  options: { addGlobalClass: true },
  properties: {
    singlePage: { type: Boolean, value: false },
    storage: { type: String, value: '' },
    page: { type: String, value: '' },
    /** What this page cannot do in single-page mode (routing, open-type buttons, saving images). */
    limits: { type: String, value: '' },
  },
});
