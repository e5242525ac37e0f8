/** Helpers for the entry tests: read a path like WeChat does, and check a page shows what a link promised. */
import { cashierCard, cashierCards } from '../../miniprogram/services/tools/cashier-cards';
import { contentStore } from '../../content-check/store';
import { targetValue, type EntryTarget, type PageName } from '../../miniprogram/services/entry-link';
import { fakeWx } from './fake-wx';
import type { LoadedPage } from './page';

/** The Moments notice's first words. */
export const SINGLE_PAGE_NOTICE = '你在朋友圈的单页预览里';

/** How WeChat hands a page the query of a path: `/p?a=1&b=2` → `{ a: '1', b: '2' }` (values as written). */
export function queryOf(pathOrQuery: string): Record<string, string> {
  const query = pathOrQuery.includes('?') ? pathOrQuery.slice(pathOrQuery.indexOf('?') + 1) : pathOrQuery;
  return Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
}

export interface Landing {
  page: PageName;
  /** The section or stage; undefined = the page's default (first section, whole checklist). */
  value?: string;
}

export const landingOf = (target: EntryTarget): Landing => ({
  page: target.page,
  value: targetValue(target),
});

/** Asserts the page shows what a person opening `landing` expects to read: real content, never a blank page. */
export function expectShows(page: LoadedPage, landing: Landing): void {
  const text = page.text();
  switch (landing.page) {
    case 'home':
      expect(text).toContain(contentStore.shortAnswer.title);
      expect(text).toContain(contentStore.shortAnswer.sentences[0]!);
      break;
    case 'guide': {
      const section =
        contentStore.sections.find((candidate) => candidate.id === landing.value) ??
        contentStore.sections[0]!;
      expect(page.instance.data.sectionId).toBe(section.id);
      expect(text).toContain(section.title);
      expect(text).toContain('内容核对于');
      break;
    }
    case 'checklist':
      expect(page.instance.data.focusGroup).toBe(landing.value ?? '');
      expect(text).toContain(contentStore.checklistItems[0]!.title);
      break;
    case 'sources':
      // Grouped by topic, all closed: the count and the first topic (the first source's) show.
      expect(text).toContain(`共 ${contentStore.sources.length} 条`);
      expect(text).toContain('号码、eSIM 和验证码');
      break;
    case 'situation': {
      const [question] = contentStore.situation.questions;
      expect(text).toContain(question!.title);
      expect(text).toContain(question!.options[0]!.label);
      expect(text).toContain('你的结果');
      expect(text).toContain('内容核对于');
      break;
    }
    case 'payments': {
      const [option] = contentStore.payments.options;
      expect(text).toContain(option!.name);
      expect(text).toContain(option!.verdict);
      expect(text).toContain(contentStore.payments.phrases[0]!.spanish);
      break;
    }
    case 'emergency': {
      const [contact] = contentStore.emergencyContacts;
      expect(text).toContain(contact!.name);
      expect(text).toContain(contact!.display);
      expect(text).toContain('号码核对于');
      break;
    }
    case 'cashier': {
      // The swiper stands on the card the link named (the first one without), every card present.
      const card = cashierCard(landing.value);
      expect(page.instance.data.current).toBe(cashierCards.indexOf(card));
      expect(text).toContain(card.spanish);
      expect(text).toContain('语言辅助');
      break;
    }
    case 'register': {
      expect(text).toContain('你问的是哪个号码');
      const digit = /^mx-(\d)$/.exec(landing.value ?? '')?.[1];
      if (digit !== undefined) expect(text).toContain(`尾号 ${digit}：截止`);
      if (landing.value === 'roaming') expect(text).toContain('国内手机号漫游，不用登记');
      if (landing.value === 'esim') expect(text).toContain('境外旅行 eSIM，不用登记');
      break;
    }
    case 'money-home':
      expect(text).toContain('你是墨西哥公民');
      expect(text).toContain('能走的路');
      expect(text).toContain('走不通或没确认的路');
      break;
    case 'pay': {
      // The tab the link names is the one open; without one, the conversion prompt.
      const tab = landing.value ?? 'dcc';
      expect(page.instance.data.tab).toBe(tab);
      expect(text).toContain('换算提示');
      if (tab === 'dcc') expect(text).toContain('MXN / Pesos mexicanos');
      if (tab === 'atm') expect(text).toContain('这次取款到底花多少');
      if (tab === 'tip') expect(text).toContain('propina');
      if (tab === 'rate') expect(text).toContain('汇率');
      break;
    }
    case 'emergency-card':
      expect(text).toContain('紧急联系卡');
      expect(text).toContain('+52 55 5616 2129');
      expect(text).toContain('Soy de nacionalidad china');
      break;
    default:
      // A page added to the entry-link table needs its own case here, or its entry tests would check nothing.
      throw new Error(`expectShows has no case for page ${String(landing.page)}`);
  }
}

/**
 * Asserts a page that a link replaces did nothing of its own: read nothing from storage and holds only empty
 * data (its template renders no content), so nothing is loaded, drawn or said for a page about to go.
 */
export function expectReplaced(page: LoadedPage): void {
  expect(fakeWx.reads).toEqual([]);
  for (const [key, value] of Object.entries(page.instance.data)) {
    if (key.startsWith('__')) continue;
    const empty =
      value === '' ||
      value === null ||
      value === false ||
      value === 0 ||
      (Array.isArray(value) && value.length === 0);
    expect({ [key]: empty }).toEqual({ [key]: true });
  }
}
