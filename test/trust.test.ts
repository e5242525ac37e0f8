/**
 * Content people can trust: out-of-date notices against the device's date, validation of every new kind of
 * claim (decision points, payment cards, phrases, emergency numbers), and what the line-register section says.
 */
import { getGuideSection } from '../miniprogram/pages/guide/sections/index';
import { contentStore } from '../content-check/store';
import type { ContentStore, PaymentOptionCard } from '../miniprogram/content/types';
import { validate } from '../content-check/validate';
import { freshness, isOutOfDate } from '../miniprogram/presenters/content-view';
import { findAll, openPage } from './helpers/page';

/** Fakes only the clock (`Date`), so simulate's own timers keep running. */
function setDeviceDate(iso: string): void {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

afterEach(() => {
  jest.useRealTimers();
});

describe('isOutOfDate: more than six months before the device date', () => {
  it.each([
    ['2026-11-25', '2026-11-25T12:00:00', false],
    ['2026-11-25', '2027-05-25T12:00:00', false],
    ['2026-11-25', '2027-05-26T12:00:00', true],
    ['2026-11-25', '2028-01-01T12:00:00', true],
    ['2026-08-31', '2027-02-28T12:00:00', false],
    ['2026-08-31', '2027-03-01T12:00:00', true],
    ['2026-11', '2027-05-01T12:00:00', false],
    ['2026-11', '2027-05-02T12:00:00', true],
    ['2026', '2026-07-02T12:00:00', true],
    ['2026-11-25', '2026-01-01T12:00:00', false],
  ])('checked %s, device date %s → %s', (checked, today, expected) => {
    expect(isOutOfDate(checked, new Date(today))).toBe(expected);
  });

  it('words the notice gently and only when needed', () => {
    expect(freshness('2026-11-25', new Date('2026-12-01T12:00:00'))).toEqual({
      checkedLabel: '内容核对于2026年11月25日',
      staleNotice: '',
    });
    expect(freshness('2026-01-02', new Date('2026-12-01T12:00:00')).staleNotice).toMatch(/^内容可能已过时/);
    expect(freshness('2026-11-25', new Date(), '号码').checkedLabel).toBe('号码核对于2026年11月25日');
  });
});

describe('the out-of-date notice on pages', () => {
  const section = contentStore.sections[0]!;

  it('does not appear while content is fresh', () => {
    setDeviceDate('2026-12-01T09:00:00');
    const page = openPage('guide', { section: section.id });
    expect(page.text()).toContain('内容核对于2026年12月1日');
    expect(page.text()).not.toContain('内容可能已过时');
    expect(findAll(page, '.stale-notice')).toHaveLength(0);
  });

  it('appears on a guide section checked more than six months before the device date', () => {
    setDeviceDate('2027-08-02T09:00:00');
    const page = openPage('guide', { section: section.id });
    expect(page.text()).toContain('内容核对于2026年12月1日');
    expect(findAll(page, '.stale-notice')).toHaveLength(1);
    expect(page.text()).toContain('内容可能已过时');
  });

  it.each(['situation', 'payments', 'emergency'])('appears on the %s page too, and only when old', (name) => {
    setDeviceDate('2027-01-15T09:00:00');
    expect(openPage(name).text()).not.toContain('内容可能已过时');
    setDeviceDate('2027-08-01T09:00:00');
    expect(openPage(name).text()).toContain('内容可能已过时');
  });
});

/** A deep copy of the real store for breaking on purpose. */
function copyStore(): ContentStore {
  return JSON.parse(JSON.stringify(contentStore)) as ContentStore;
}

function problems(store: ContentStore): string {
  return validate(store)
    .map((problem) => `${problem.path}: ${problem.message}`)
    .join('\n');
}

describe('validate() on the new content', () => {
  it('passes on the real store, which has every new kind of content', () => {
    expect(problems(contentStore)).toBe('');
    expect(contentStore.situation.questions.length).toBeGreaterThanOrEqual(4);
    expect(contentStore.situation.questions.length).toBeLessThanOrEqual(7);
    expect(contentStore.payments.options.length).toBe(9);
    expect(contentStore.payments.phrases.length).toBeGreaterThanOrEqual(5);
  });

  it('requires every source to carry a date or say it is undated, never both', () => {
    const store = copyStore();
    const undated = store.sources.findIndex((source) => source.undated === true);
    delete store.sources[undated]!.undated;
    const dated = store.sources.findIndex((source) => source.published !== undefined);
    store.sources[dated]!.undated = true;
    const found = problems(store);
    expect(found).toContain(
      `sources[${undated}].published: give the date the source carries, or mark it undated`,
    );
    expect(found).toContain(`sources[${dated}].undated: a source with a published date is not undated`);
  });

  it('requires a confidence on every source', () => {
    const store = copyStore();
    (store.sources[0] as { confidence: string }).confidence = 'high';
    expect(problems(store)).toContain('sources[0].confidence: confidence must be H, M or L');
  });

  it('catches duplicate or malformed question and option ids', () => {
    const store = copyStore();
    const [first, second] = store.situation.questions;
    (second as { id: string }).id = first!.id;
    (first!.options[1] as { id: string }).id = first!.options[0]!.id;
    (store.situation.questions[2]!.options[0] as { id: string }).id = 'Not Kebab';
    const found = problems(store);
    expect(found).toContain('situation.questions[1].id: duplicate id');
    expect(found).toContain('situation.questions[0].options[1].id: duplicate id');
    expect(found).toContain('situation.questions[2].options[0].id: id "Not Kebab" is not lower-kebab-case');
  });

  it('catches decision points that claim without a source or link to nothing', () => {
    const store = copyStore();
    const claimIndex = store.situation.points.findIndex((point) => point.claim !== false);
    store.situation.points[claimIndex]!.cites = [];
    store.situation.points[1]!.cites = ['ghost-source' as never];
    store.situation.points[2]!.sections = ['ghost-section' as never];
    store.situation.points[3]!.items = ['ghost-item' as never];
    store.situation.points[4]!.sections = [];
    const found = problems(store);
    expect(found).toContain(`situation.points[${claimIndex}].cites: a claim must cite at least one source`);
    expect(found).toContain('situation.points[1].cites[0]: unknown source "ghost-source"');
    expect(found).toContain('situation.points[2].sections[0]: unknown section "ghost-section"');
    expect(found).toContain('situation.points[3].items[0]: unknown checklist item "ghost-item"');
    expect(found).toContain('situation.points[4].sections: a point must link to a guide section');
  });

  it('catches payment cards with an unsourced claim, a missing field, a bad link or a duplicate id', () => {
    const store = copyStore();
    const card = store.payments.options.find((option) => option.kind === 'option') as PaymentOptionCard;
    const index = store.payments.options.indexOf(card);
    card.where.cites = [];
    card.where.claim = undefined;
    delete (card as Partial<PaymentOptionCard>).risks;
    card.sections = ['ghost-section' as never];
    store.payments.options[index + 1]!.id = card.id;
    const found = problems(store);
    expect(found).toContain(`payments.options[${index}].where.cites: a claim must cite at least one source`);
    expect(found).toContain(`payments.options[${index}].risks: missing`);
    expect(found).toContain(`payments.options[${index}].sections[0]: unknown section "ghost-section"`);
    expect(found).toContain(`payments.options[${index + 1}].id: duplicate id`);
  });

  it('keeps the crypto card a warning, never a recommendation', () => {
    const store = copyStore();
    const index = store.payments.options.findIndex((option) => option.kind === 'warning');
    store.payments.options[index]!.fit = 'good';
    expect(problems(store)).toContain(`payments.options[${index}].fit: a warning card must be rated "avoid"`);
  });

  it('catches an empty or promotional phrase and a phrase that claims without a source', () => {
    const store = copyStore();
    store.payments.phrases[0]!.spanish = ' ';
    store.payments.phrases[1]!.meaning = '更多西语请加微信 abc123';
    store.payments.phrases[2]!.claim = undefined;
    const found = problems(store);
    expect(found).toContain('payments.phrases[0].spanish: empty text');
    expect(found).toMatch(/payments\.phrases\[1\]\.meaning: promotional or contact text/);
    expect(found).toContain('payments.phrases[2].cites: a claim must cite at least one source');
  });

  it('catches malformed checked dates', () => {
    const store = copyStore();
    store.situation.checked = '2026-02-30';
    store.payments.checked = 'soon';
    store.emergencyChecked = '';
    const found = problems(store);
    expect(found).toContain('situation.checked: malformed date');
    expect(found).toContain('payments.checked: malformed date');
    expect(found).toContain('emergencyChecked: malformed date');
  });
});

describe('the 2026 line register in the guide, by device date', () => {
  const section = getGuideSection('line-register')!;
  const text = JSON.stringify(section.blocks);

  it('states the calendar by last digit, who registers and who does not', () => {
    expect(text).toContain('2026年8月15日');
    expect(text).toContain('2026年12月31日');
    expect(text).toContain('72小时');
    expect(text).toContain('护照');
    expect(text).toContain('不在登记范围内');
    expect(text).not.toMatch(/纯流量.{0,6}不用登记|只有流量的.{0,4}不用登记/);
  });

  it.each([
    ['before the calendar, China time', '2026-07-01T09:00:00', ['尾号0：8月15日'], ['已停机']],
    ['during the calendar', '2026-12-02T09:00:00', ['尾号0–6的截止日已过', '尾号8：12月15日'], ['尾号7：']],
    ['after the calendar', '2027-01-10T09:00:00', ['登记日历已在2026年12月31日结束'], ['还有', '接下来截止']],
  ])('says what holds %s', (_label, date, shown, hidden) => {
    setDeviceDate(date);
    const pageText = openPage('guide', { section: 'line-register' }).text();
    for (const words of shown) expect(pageText).toContain(words);
    for (const words of hidden) expect(pageText).not.toContain(words);
    expect(pageText).toMatch(/发布于2026年6月25日/);
  });
});

describe('claims past their review date, as a reader sees them', () => {
  it('the guide says "这条可能已有变化" beside the 2026 waiver only once the device date passes it', () => {
    setDeviceDate('2026-12-20T09:00:00');
    expect(openPage('guide', { section: 'wechat-in-mexico' }).text()).not.toContain('这条可能已有变化');
    setDeviceDate('2027-01-03T09:00:00');
    const page = openPage('guide', { section: 'wechat-in-mexico' });
    expect(page.text()).toContain('这条可能已有变化');
  });

  it('the payments page puts it in front of the source numbers of that field', () => {
    setDeviceDate('2027-01-03T09:00:00');
    expect(openPage('payments').text()).toMatch(/这条可能已有变化 · 来源 \d/);
    setDeviceDate('2026-12-02T09:00:00');
    expect(openPage('payments').text()).not.toContain('这条可能已有变化');
  });
});
