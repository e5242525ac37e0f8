/**
 * The way into the share-QR page (面对面分享, its own subpackage): whether it is offered at all, and the
 * path that opens it for a target. Kept out of the subpackage because every page's shell asks; the encoder and the
 * drawing stay in that subpackage so the main package does not carry them.
 *
 * The share page's query is the normal link's own query (`to=<page>&<page query>`, as `buildQrLink` writes it)
 * plus the title to show: `/pages/share/index?to=guide&section=paying-in-mexico&title=…`.
 */
import { SHARE_LINK_BASE } from '../config/release';
import { isLinkBase, targetQuery, type EntryTarget } from './entry-link';

export const SHARE_QR_PAGE = '/pages/share/index';

/** A title longer than this is cut (a share title is short; a hand-made link may not be). */
export const SHARE_TITLE_MAX = 60;

/** Whether a share QR code can be offered: a link base is configured and well formed. */
export function shareQrEnabled(base: string = SHARE_LINK_BASE): boolean {
  return base !== '' && isLinkBase(base);
}

/** The share page's path for a target and the title it shows. */
export function shareQrPagePath(target: EntryTarget, title: string): string {
  const query = targetQuery(target);
  const shownTitle = encodeURIComponent(title.slice(0, SHARE_TITLE_MAX));
  return `${SHARE_QR_PAGE}?to=${target.page}${query ? `&${query}` : ''}&title=${shownTitle}`;
}

/** Opens the share page (the "面对面分享" line, shown only outside single-page mode); says so if WeChat will not. */
export function openShareQr(target: EntryTarget, title: string): void {
  if (!shareQrEnabled()) return;
  wx.navigateTo({
    url: shareQrPagePath(target, title),
    fail: () => wx.showToast({ title: '没能打开二维码，请返回后再试', icon: 'none' }),
  });
}
