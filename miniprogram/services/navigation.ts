/**
 * Moves between pages by target, so no page spells out another page's path. In Moments' single-page mode
 * WeChat allows no navigation: every move becomes a no-op with a toast pointing at the "前往小程序" bar.
 */
import { getChecklistItem } from '../content/index';
import { SPECS, isPageName, parsePageQuery, targetPath, type EntryTarget } from './entry-link';
import { isSinglePageMode } from './launch-mode';

export const SINGLE_PAGE_TOAST = '朋友圈单页不能跳转，点底部「前往小程序」';
export const REDIRECT_FAILED_TOAST = '没能打开那一页，先看这里';

/** Whether navigation is allowed now; tells the person why not when it is not. */
function canNavigate(): boolean {
  if (!isSinglePageMode()) return true;
  wx.showToast({ title: SINGLE_PAGE_TOAST, icon: 'none' });
  return false;
}

export function openTarget(target: EntryTarget): void {
  if (!canNavigate()) return;
  const url = targetPath(target);
  wx.navigateTo({
    url,
    fail: () => {
      // The page stack is full (10 pages) or navigation is not allowed: replace instead of failing silently.
      wx.redirectTo({ url });
    },
  });
}

/** A notice on its way to the page a redirect opens, until that page claims it. */
let handedOver: string | undefined;

/** The notice the redirect that opened this page carried, once: the new page counts it as its own toast. */
export function claimHandedOverNotice(): string | undefined {
  const notice = handedOver;
  handedOver = undefined;
  return notice;
}

/**
 * Replaces the current page (an entry link that landed on the wrong page). `notice` goes to the new page, which
 * shows it as its one toast; if no page claimed it by the time the switch is done, it is shown then. If WeChat
 * refuses the switch, `onFail` hears it (the current page then opens as itself).
 */
export function redirectToTarget(
  target: EntryTarget,
  notice?: string,
  onFail?: (failureNotice: string) => void,
): void {
  if (!canNavigate()) return;
  handedOver = notice;
  wx.redirectTo({
    url: targetPath(target),
    success: () => {
      const unclaimed = claimHandedOverNotice();
      if (unclaimed) wx.showToast({ title: unclaimed, icon: 'none' });
    },
    fail: () => {
      // WeChat refused: the current page stays and must show itself (it says why through `onFail`).
      handedOver = undefined;
      if (onFail) onFail(REDIRECT_FAILED_TOAST);
      else wx.showToast({ title: REDIRECT_FAILED_TOAST, icon: 'none' });
    },
  });
}

/**
 * What a tappable element says about where it leads: `data-page`, and the value its link takes (`data-section`,
 * `data-group`, 付款时刻's `data-tab`, the register checker's `data-line`, the cashier's `data-card`), or a
 * checklist item (`data-item`).
 */
export interface OpenDataset {
  page?: unknown;
  section?: unknown;
  group?: unknown;
  tab?: unknown;
  line?: unknown;
  card?: unknown;
  /** A checklist item: on the guide its section, on the checklist its stage. */
  item?: unknown;
}

/**
 * The target a tapped element names, checked like any link (an unknown section lands on the first one, an
 * unknown tab or line on the tool's start); an element that names no page leads nowhere.
 */
export function targetFromDataset(dataset: OpenDataset): EntryTarget | undefined {
  if (!isPageName(dataset.page)) return undefined;
  const param = SPECS[dataset.page].param;
  if (!param) return parsePageQuery(dataset.page, {}).target;
  const item = typeof dataset.item === 'string' ? getChecklistItem(dataset.item) : undefined;
  let value = (dataset as Record<string, unknown>)[param.name];
  if (dataset.page === 'guide') value = value || item?.section;
  if (dataset.page === 'checklist') value = item?.group ?? value;
  const query = value === undefined || value === '' ? {} : { [param.name]: value };
  return parsePageQuery(dataset.page, query).target;
}
