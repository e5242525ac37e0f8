/**
 * Copying for the reader: source addresses (the app opens no web pages), phone numbers and phrases.
 * One place, so every copy confirms itself and a failed copy says so.
 */
import { getSource } from '../content/index';

export const SOURCE_COPIED = '链接已复制，可在浏览器打开';

export function copyText(text: string, confirmation: string): void {
  wx.setClipboardData({
    data: text,
    success: () => wx.showToast({ title: confirmation, icon: 'none' }),
    fail: () => wx.showToast({ title: '没能复制，请稍后再试', icon: 'none' }),
  });
}

/** Copies a cited source's address; unknown ids do nothing. */
export function copySourceAddress(sourceId: string | undefined): void {
  const source = sourceId ? getSource(sourceId) : undefined;
  if (source) copyText(source.url, SOURCE_COPIED);
}
