/**
 * Copying for the reader: source addresses (the app opens no web pages), phone numbers and phrases.
 * One place, so every copy confirms itself and a failed copy says why and what to do instead.
 *
 * Privacy: the clipboard is a privacy scope (剪切板, declared in privacy/declaration.json). The app relies on
 * WeChat's own privacy sheet, which WeChat shows before the first copy: no `wx.onNeedPrivacyAuthorization`
 * here, because registering it turns WeChat's sheet off, and an own sheet's agree button is disabled in Moments
 * single-page mode. A refusal (errno 104) or an undeclared scope (errno 112) only means the text is not copied:
 * it stays on the page, selectable by a long press.
 */
import { getSource } from '../content/index';

export const SOURCE_COPIED = '链接已复制，可在浏览器打开';
/** The person declined WeChat's privacy sheet. */
export const COPY_REFUSED = '未同意使用剪切板，可长按文字手动复制';
/** The 用户隐私保护指引 does not (yet) declare the clipboard: the owner's console setting. */
export const COPY_UNAVAILABLE = '暂时无法复制，可长按文字手动复制';
/** Anything else (rate limit, system error). */
export const COPY_FAILED = '没能复制，请稍后再试';

/** WeChat's privacy errnos: https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html */
export const PRIVACY_NOT_AUTHORIZED = 104;
export const PRIVACY_SCOPE_UNDECLARED = 112;

export type CopyOutcome = 'copied' | 'refused' | 'undeclared' | 'failed';

interface CopyFailure {
  errMsg?: string;
  errno?: number;
}

/** What a failed `setClipboardData` means. Older base libraries give no errno: read the message too. */
export function copyFailure(error: CopyFailure | undefined): Exclude<CopyOutcome, 'copied'> {
  const errno = error?.errno;
  const message = error?.errMsg ?? '';
  if (errno === PRIVACY_NOT_AUTHORIZED || /privacy permission is not authorized/i.test(message))
    return 'refused';
  if (errno === PRIVACY_SCOPE_UNDECLARED || /scope is not declared in the privacy agreement/i.test(message))
    return 'undeclared';
  return 'failed';
}

const FAILURE_MESSAGES: Record<Exclude<CopyOutcome, 'copied'>, string> = {
  refused: COPY_REFUSED,
  undeclared: COPY_UNAVAILABLE,
  failed: COPY_FAILED,
};

/** Copies `text`, shows `confirmation` or why it failed; `done` hears the outcome (pages may keep a note). */
export function copyText(text: string, confirmation: string, done?: (outcome: CopyOutcome) => void): void {
  const fail = (error?: CopyFailure) => {
    const outcome = copyFailure(error);
    wx.showToast({ title: FAILURE_MESSAGES[outcome], icon: 'none' });
    done?.(outcome);
  };
  try {
    wx.setClipboardData({
      data: text,
      success: () => {
        wx.showToast({ title: confirmation, icon: 'none' });
        done?.('copied');
      },
      fail,
    });
  } catch (error) {
    // A base library that throws instead of calling fail: same message, nothing lost.
    fail({ errMsg: error instanceof Error ? error.message : String(error) });
  }
}

/** Copies a cited source's address; unknown ids do nothing. */
export function copySourceAddress(sourceId: string | undefined): void {
  const source = sourceId ? getSource(sourceId) : undefined;
  if (source) copyText(source.url, SOURCE_COPIED);
}
