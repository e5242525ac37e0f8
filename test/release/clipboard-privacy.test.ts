/**
 * Copying through the pages under WeChat's privacy rules (剪切板 scope): WeChat's own sheet asks first; a
 * refusal (errno 104) or an undeclared scope (errno 112) leaves the page working, says so briefly, and the text
 * stays on screen, selectable by a long press.
 */
import * as fs from 'fs';
import * as path from 'path';
import { contentStore } from '../../content-check/store';
import {
  COPY_FAILED,
  COPY_REFUSED,
  COPY_UNAVAILABLE,
  copyFailure,
  copyText,
  SOURCE_COPIED,
} from '../../miniprogram/services/clipboard';
import { fakeWx, type ClipboardPrivacy } from '../helpers/fake-wx';
import { findAll, fire, MINIPROGRAM_ROOT, openPage, type LoadedPage } from '../helpers/page';

interface CopyCase {
  page: string;
  /** Taps the first copy control; returns the text it copies. */
  copy(page: LoadedPage): Promise<string>;
  confirmation(text: string): string;
  /** The template element that shows the copied text. */
  selectable: RegExp;
}

const emergencyContact = contentStore.emergencyContacts[0]!;

const CASES: CopyCase[] = [
  {
    page: 'sources',
    async copy(page) {
      // Sources are grouped by topic, all closed at first: open the first one (once).
      if (findAll(page, '.source').length === 0) await fire(findAll(page, '.topic')[0]!);
      const card = findAll(page, '.source')[0]!;
      const source = contentStore.sources.find((candidate) =>
        card.dom!.textContent!.includes(candidate.url),
      )!;
      await fire(card);
      return source.url;
    },
    confirmation: () => SOURCE_COPIED,
    selectable: /<text[^>]*\buser-select\b[^>]*>\{\{item\.url\}\}<\/text>/,
  },
  {
    page: 'emergency',
    async copy(page) {
      await fire(findAll(page, '.copy-button')[0]!, 'click');
      return emergencyContact.phone;
    },
    confirmation: () => `已复制 ${emergencyContact.display}`,
    selectable: /<text[^>]*\buser-select\b[^>]*>\{\{item\.display\}\}<\/text>/,
  },
];

const visibleText: Record<string, (page: LoadedPage) => void> = {
  sources: (page) => expect(page.text()).toContain(contentStore.sources[0]!.url.slice(0, 20)),
  emergency: (page) => expect(page.text()).toContain(emergencyContact.display),
};

describe.each(CASES)('copying on the $page page', (copyCase) => {
  const open = (mode: ClipboardPrivacy) => {
    fakeWx.clipboardPrivacy(mode);
    return openPage(copyCase.page);
  };

  it('shows WeChat’s privacy sheet once, then copies without asking again', async () => {
    const page = open('ask-agree');
    const text = await copyCase.copy(page);
    expect(fakeWx.privacyPrompts).toBe(1);
    expect(fakeWx.clipboard).toEqual([text]);
    expect(fakeWx.toasts).toEqual([copyCase.confirmation(text)]);
    await copyCase.copy(page);
    expect(fakeWx.privacyPrompts).toBe(1);
    expect(fakeWx.clipboard).toEqual([text, text]);
  });

  it('says briefly what happened when the person declines (104), and keeps the text to select', async () => {
    const page = open('ask-refuse');
    await copyCase.copy(page);
    expect(fakeWx.privacyPrompts).toBe(1);
    expect(fakeWx.clipboard).toEqual([]);
    expect(fakeWx.toasts).toEqual([COPY_REFUSED]);
    visibleText[copyCase.page]!(page);
    expect(fakeWx.navigations).toEqual([]);
    // Asking again is WeChat's: the next tap shows its sheet again, and agreeing then copies.
    fakeWx.clipboardPrivacy('ask-agree');
    const text = await copyCase.copy(page);
    expect(fakeWx.privacyPrompts).toBe(2);
    expect(fakeWx.clipboard).toEqual([text]);
  });

  it('says briefly that copying is unavailable when the scope is undeclared (112)', async () => {
    const page = open('undeclared');
    await copyCase.copy(page);
    await copyCase.copy(page);
    expect(fakeWx.privacyPrompts).toBe(0);
    expect(fakeWx.clipboard).toEqual([]);
    expect(fakeWx.toasts).toEqual([COPY_UNAVAILABLE, COPY_UNAVAILABLE]);
    visibleText[copyCase.page]!(page);
  });

  it('shows the copied text as selectable text', () => {
    const template = fs.readFileSync(
      path.join(MINIPROGRAM_ROOT, 'pages', copyCase.page, 'index.wxml'),
      'utf8',
    );
    expect(template).toMatch(copyCase.selectable);
  });
});

describe('clipboard service', () => {
  it.each([
    [{ errno: 104, errMsg: 'setClipboardData:fail privacy permission is not authorized' }, 'refused'],
    [{ errMsg: 'setClipboardData:fail privacy permission is not authorized' }, 'refused'],
    [
      { errno: 112, errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' },
      'undeclared',
    ],
    [{ errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' }, 'undeclared'],
    [{ errMsg: 'setClipboardData:fail' }, 'failed'],
    [undefined, 'failed'],
  ] as const)('reads %j as %s', (error, outcome) => {
    expect(copyFailure(error)).toBe(outcome);
  });

  it('survives a base library that throws instead of failing', () => {
    const throwing = jest.spyOn(wx, 'setClipboardData').mockImplementation(() => {
      throw new Error('setClipboardData:fail internal error');
    });
    const outcomes: string[] = [];
    copyText('x', 'copied', (outcome) => outcomes.push(outcome));
    expect(fakeWx.toasts).toEqual([COPY_FAILED]);
    expect(outcomes).toEqual(['failed']);
    throwing.mockRestore();
  });

  it('keeps every message short enough for a two-line toast', () => {
    for (const message of [COPY_REFUSED, COPY_UNAVAILABLE, COPY_FAILED])
      expect(message.length).toBeLessThanOrEqual(18);
  });
});
