/**
 * The page shell: everything pages share, in one place, so a page only builds its view and handles its own taps.
 *
 *   appPage({
 *     page: 'sources',                         // its name in the page table (services/entry-link.ts)
 *     data: { topics: [] as SourceTopicView[] }, // what its template reads, empty until it opens
 *     view: (target) => ({ topics: ... }),     // the view for a target and what is stored now
 *     share: { title: () => '…' },
 *   });
 *
 * What the shell does for every page:
 * - Entry (`onLoad`): reads the link (services/page-entry.ts). A link meant for another page replaces this one
 *   and the shell stops there: nothing is read from storage, rendered or toasted for a page about to go. Otherwise
 *   it keeps the page's target (`this.target`) and renders `view(target)`.
 * - One toast per page open at most: the link's notice, a notice handed over by a redirect, "part of what was
 *   stored could not be read"; the first is the toast, anything more is an inline notice (`pageNotice`).
 * - Stored state: the page names the stores it shows (`stores`); the shell subscribes while the page lives and
 *   redraws on every change, and on `onShow` (a page that comes back shows the truth, with no copy of its own).
 *   It sends only what changed (behaviors/data-patch.ts), so a tick is still one small path update. It owns the
 *   inline notice about stored state (`storageNotice`) and the toast when a save first fails. Unsaved changes and
 *   failed reads are retried when a page opens, comes back, hides or unloads (and by the app going to the
 *   background, see app.ts): the person never has to make another change for the app to try again.
 * - Sharing: `onShareAppMessage` and `onShareTimeline` both come from one `shareTarget()` (by default the page's
 *   target, e.g. the guide's current section) and the page's title. The share QR (面对面分享, issue 13) encodes
 *   `this.shareTarget()` too, so a card, a Moments post and a code always open the same place: `canShareQr` says
 *   whether to show the page's `.share-entry` line (a link base is set, not in Moments' single page), and
 *   `onShareQr` opens the share page for it (services/share-entry.ts).
 * - Opening and copying: `onOpen` reads the tapped element's `data-page` / `data-section` / `data-group` /
 *   `data-tab` / `data-line` / `data-card` / `data-item` (services/navigation.ts `targetFromDataset`); `onCopySource` copies the address of the source
 *   `data-id` names.
 *
 * Pages render the shell's notices with `<page-notices single-page="{{singlePage}}" storage="{{storageNotice}}"
 * page="{{pageNotice}}" />` (components/page-notices). Pages import nothing from services/storage.ts.
 */
import { copySourceAddress } from '../services/clipboard';
import {
  targetPath,
  targetQuery,
  type EntryTarget,
  type PageName,
  type PageTarget,
} from '../services/entry-link';
import {
  claimHandedOverNotice,
  openTarget,
  targetFromDataset,
  type OpenDataset,
} from '../services/navigation';
import { enterPage, type PageEntry } from '../services/page-entry';
import { openShareQr, shareQrEnabled } from '../services/share-entry';
import { recoveredToast, saveFailedToast, storeNotice, type StoreHealth } from '../presenters/storage-notice';
import { dataPatch } from './data-patch';

/** A stored value as the shell needs it (what `StoredState` in services gives). */
export interface PageStore extends StoreHealth {
  subscribe(listener: () => void): () => void;
  retry(): void;
  claimFailureNotice(): boolean;
  claimRecoveryNotice(): boolean;
}

/** Data every page has; the shell sets it. */
export interface ShellData {
  /** Opened from Moments: one page only, storage kept apart, navigation off. */
  singlePage: boolean;
  /** What is wrong with stored state (unreadable, not saved) and what the person can do; empty when all is well. */
  storageNotice: string;
  /** What did not fit in the page open's one toast. */
  pageNotice: string;
  /** Show the "面对面分享" line: a share-QR link base is configured and the page is not in single-page mode. */
  canShareQr: boolean;
}

/** `this` inside a page's view, hooks and methods. */
export interface PageInstance<P extends PageName, D> {
  readonly data: D & ShellData;
  setData(patch: Record<string, unknown>): void;
  /** What the page shows now (the guide's section, the checklist's stage). */
  readonly target: PageTarget<P>;
  /** Shows another target on the same page (the guide switching sections). */
  show(target: PageTarget<P>): void;
  /** Sends what changed in the view since the last render. */
  redraw(): void;
  /** What sharing this page opens (a card, Moments, a share code). */
  shareTarget(): EntryTarget;
}

type Self<P extends PageName, D, M> = PageInstance<P, D> & M;

export interface PageSpec<P extends PageName, D, M> {
  page: P;
  /** Initial data: empty values only; `view` fills them once the page knows it stays. */
  data: D;
  /** The stores whose state the page shows. */
  stores?: readonly PageStore[];
  /** The page's view for a target, from the content and what is stored now. Called on every redraw. */
  view(this: Self<P, D, M>, target: PageTarget<P>): Partial<D>;
  /** After a target was shown (on open and on `show`): scrolling, the navigation bar title. */
  shown?(this: Self<P, D, M>, target: PageTarget<P>): void;
  share: {
    /** The card's title (and Moments' unless `momentsTitle` says otherwise). */
    title(this: Self<P, D, M>): string;
    momentsTitle?(this: Self<P, D, M>): string;
    /** Defaults to the page's target. */
    target?(this: Self<P, D, M>): EntryTarget;
  };
  /** The page's own tap handlers. */
  methods?: M & ThisType<Self<P, D, M>>;
  /** While the page is on screen (after the shell's onShow), and when it leaves it (onHide and onUnload). */
  visible?(this: Self<P, D, M>): void;
  hidden?(this: Self<P, D, M>): void;
}

/** The shell's own state for one page instance. */
interface ShellState {
  /** False for a page that is being replaced by a redirect: it does nothing. */
  live: boolean;
  unsubscribe: (() => void)[];
}

type Query = Record<string, string | undefined>;
type Instance = PageInstance<PageName, Record<string, unknown>> & {
  __shell?: ShellState;
  target: EntryTarget;
  data: Record<string, unknown> & ShellData;
};

const SHELL_DATA: ShellData = { singlePage: false, storageNotice: '', pageNotice: '', canShareQr: false };

function notices(stores: readonly PageStore[]): string {
  return stores
    .map(storeNotice)
    .filter((text) => text !== '')
    .join('\n');
}

function toast(title: string): void {
  wx.showToast({ title, icon: 'none' });
}

/** Defines a page with `Component()` and the shell (see the top of this file). */
export function appPage<
  P extends PageName,
  D extends Record<string, unknown>,
  M extends Record<string, unknown>,
>(spec: PageSpec<P, D, M>): void {
  const stores = spec.stores ?? [];
  type Page = Self<P, D, M> & Instance;

  const state = (page: Page): ShellState | undefined => (page.__shell?.live ? page.__shell : undefined);

  const retryStores = (): void => {
    for (const store of stores) store.retry();
  };

  /** The full view now: the page's own and the shell's storage notice. */
  const fullView = (page: Page): Record<string, unknown> => ({
    ...spec.view.call(page, page.target),
    storageNotice: notices(stores),
  });

  /** Opens the page for good: reads what it shows, renders it, says what there is to say, subscribes. */
  const open = (page: Page, entry: PageEntry<P>): void => {
    if (page.__shell?.live) return;
    const shellState: ShellState = { live: true, unsubscribe: [] };
    page.__shell = shellState;
    page.target = entry.target;
    retryStores(); // a read that failed before is tried again; unsaved changes are written again
    page.setData({
      ...fullView(page),
      singlePage: entry.singlePage,
      canShareQr: shareQrEnabled() && !entry.singlePage,
    });
    spec.shown?.call(page, page.target);

    const said = [entry.notice, claimHandedOverNotice()];
    for (const store of stores) if (store.claimRecoveryNotice()) said.push(recoveredToast(store));
    const [first, ...rest] = said.filter((text): text is string => Boolean(text));
    if (first) toast(first);
    if (rest.length > 0) page.setData({ pageNotice: rest.join('\n') });

    shellState.unsubscribe = stores.map((store) =>
      store.subscribe(() => {
        if (store.claimFailureNotice()) toast(saveFailedToast(store));
        page.redraw();
      }),
    );
  };

  const shell = {
    onLoad(this: Page, query: Query) {
      this.__shell = { live: false, unsubscribe: [] };
      const entry = enterPage(spec.page, query, (stay) => open(this, stay));
      if (!entry.redirected) open(this, entry);
    },
    onShow(this: Page) {
      if (!state(this)) return;
      retryStores();
      this.redraw();
      spec.visible?.call(this);
    },
    onHide(this: Page) {
      if (!state(this)) return;
      retryStores();
      spec.hidden?.call(this);
    },
    onUnload(this: Page) {
      const shellState = state(this);
      if (!shellState) return;
      retryStores();
      for (const stop of shellState.unsubscribe) stop();
      shellState.live = false;
      spec.hidden?.call(this);
    },
    redraw(this: Page) {
      if (!state(this)) return;
      const patch = dataPatch(this.data, fullView(this));
      if (Object.keys(patch).length > 0) this.setData(patch);
    },
    show(this: Page, target: PageTarget<P>) {
      const shellState = state(this);
      if (!shellState) return;
      this.target = target;
      this.redraw();
      spec.shown?.call(this, target);
    },
    shareTarget(this: Page): EntryTarget {
      return spec.share.target?.call(this) ?? this.target;
    },
    onShareAppMessage(this: Page) {
      return { title: spec.share.title.call(this), path: targetPath(this.shareTarget()) };
    },
    onShareTimeline(this: Page) {
      const title = (spec.share.momentsTitle ?? spec.share.title).call(this);
      return { title, query: targetQuery(this.shareTarget()) };
    },
    /** "面对面分享": the share page with the QR code of what sharing this page opens. */
    onShareQr(this: Page) {
      openShareQr(this.shareTarget(), spec.share.title.call(this));
    },
    /** One handler for every "open" tap: the element's data-* name the target. */
    onOpen(this: Page, event: { currentTarget: { dataset: OpenDataset } }) {
      const target = targetFromDataset(event.currentTarget.dataset);
      if (target) openTarget(target);
    },
    /** Copies the address of the source `data-id` names (addresses are never sent to templates). */
    onCopySource(event: { currentTarget: { dataset: { id?: string } } }) {
      copySourceAddress(event.currentTarget.dataset.id);
    },
  };

  for (const name of Object.keys(spec.methods ?? {})) {
    // A page's own onShow or onShareAppMessage would silently replace the shell's: say so when it is defined.
    if (name in shell)
      throw new Error(`pages/${spec.page}: "${name}" belongs to the page shell (app-page.ts)`);
  }
  const options = {
    data: { ...spec.data, ...SHELL_DATA },
    methods: { ...spec.methods, ...shell },
  };
  // The typed spec above is what pages see; WeChat's own Component typings cannot express methods shared this way.
  (Component as unknown as (definition: typeof options) => string)(options);
}
