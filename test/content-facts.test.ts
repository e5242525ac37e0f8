/**
 * Fact sheet v2 in the content store: every fact used or left out with a reason, claims resting on facts,
 * sources a reader can open, the line register's time logic, and the "may have changed" mark.
 */
import { facts, type FactId } from '../miniprogram/content/facts';
import { factNotes, factsLeftOut } from '../content-check/fact-notes';
import { contentStore } from '../content-check/store';
import { LAST_DIGITS, registerCalendar, type LastDigit } from '../miniprogram/content/line-register';
import type { Cited, ContentStore } from '../miniprogram/content/types';
import { sourceAddressProblem, toolFactLists, validate } from '../content-check/validate';
import { claimMarks, isPastReview, MAY_HAVE_CHANGED } from '../miniprogram/presenters/content-view';
import { presentBlocks } from '../miniprogram/pages/guide/blocks-view';
import { registerStatus } from '../miniprogram/pages/guide/line-register-view';
import {
  isCalendarOver,
  lineRegisterState,
  mexicoCityDate,
  registerDeadline,
} from '../miniprogram/services/line-register';

/** Every claim-like thing in the store, with where it is. */
function allCited(store: ContentStore): [string, Cited][] {
  return [
    ['shortAnswer', store.shortAnswer],
    ...store.sections.flatMap((section) =>
      section.blocks.map((block, index): [string, Cited] => [`${section.id}[${index}]`, block]),
    ),
    ...store.checklistItems.map((item): [string, Cited] => [item.id, item]),
    ...store.emergencyContacts.map((contact): [string, Cited] => [contact.id, contact]),
    ...store.situation.points.map((point): [string, Cited] => [point.id, point]),
    ...store.payments.options.flatMap((option) =>
      (option.kind === 'option'
        ? [option.where, option.feesAndLimits, option.setup, option.risks]
        : [option.warning]
      ).map((fact, index): [string, Cited] => [`${option.id}[${index}]`, fact]),
    ),
    ...store.payments.phrases.map((phrase): [string, Cited] => [phrase.id, phrase]),
  ];
}

describe('fact sheet v2 coverage', () => {
  const sheetIds = Object.keys(facts) as FactId[];

  it('holds every fact of the sheet, F1.1 to F15.3', () => {
    expect(sheetIds).toHaveLength(72);
    expect(sheetIds).toEqual(expect.arrayContaining(['F1.1', 'F1.11', 'F4.8', 'F9.5', 'F10.3', 'F15.3']));
  });

  it('keeps an editor’s note for every fact, and none for a fact the sheet lacks (content-check only)', () => {
    expect(Object.keys(factNotes).sort()).toEqual([...sheetIds].sort());
    expect(sheetIds.filter((id) => factNotes[id].trim().length < 10)).toEqual([]);
  });

  it('uses every fact in some claim, or lists it as left out with a reason (never both)', () => {
    const used = new Set([
      ...allCited(contentStore).flatMap(([, cited]) => cited.facts),
      ...toolFactLists(contentStore.tools).flatMap(([, ids]) => ids as string[]),
    ]);
    const problems = sheetIds.flatMap((id) => {
      const reason = factsLeftOut[id];
      if (used.has(id) && reason) return [`${id} is used and also listed as left out`];
      if (!used.has(id) && !reason) return [`${id} is neither used nor left out`];
      if (reason !== undefined && reason.trim().length < 20) return [`${id}: give a real reason`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('counts the facts the tools’ figures rest on', () => {
    const toolFacts = new Set(toolFactLists(contentStore.tools).flatMap(([, ids]) => ids as string[]));
    // The SAFE cash limit, the conversion mark-up, Wise's limits and the embassy's line are tool figures.
    expect([...toolFacts]).toEqual(expect.arrayContaining(['F10.3', 'F5.8', 'F6.1', 'F6.2', 'F8.2']));
    for (const id of toolFacts) expect(factsLeftOut[id as FactId]).toBeUndefined();
  });

  it('gives every claim its facts, and its sources are those facts’ sources', () => {
    const problems = allCited(contentStore).flatMap(([where, cited]) => {
      if (cited.claim === false) return [];
      const allowed = new Set<string>(cited.facts.flatMap((id) => facts[id].sources));
      return [
        ...(cited.facts.length === 0 ? [`${where}: no facts`] : []),
        ...cited.cites
          .filter((id) => !allowed.has(id))
          .map((id) => `${where}: ${id} backs none of its facts`),
      ];
    });
    expect(problems).toEqual([]);
  });
});

describe('sources a reader can open', () => {
  it('has no homepage and no content farm among the sources', () => {
    expect(contentStore.sources.filter((source) => sourceAddressProblem(source.url))).toEqual([]);
    expect(contentStore.sources.length).toBeGreaterThan(60);
  });

  it.each([
    ['https://www.tencent.com/', /homepage/],
    ['https://www.tencent.com', /homepage/],
    ['https://www.tencent.com/?', /homepage/],
    ['https://9m8m.com/some/page.html', /content farm/],
    ['https://m.aliyunyouhui.com/post/1', /content farm/],
    ['ftp://example.org/file', /not a web address/],
  ])('rejects %s', (url, message) => {
    expect(sourceAddressProblem(url)).toMatch(message);
  });

  it.each(['https://observatorial.com/?p=1758549', 'http://sh.189.cn/en/products/is_callroaming.html'])(
    'accepts the page %s',
    (url) => expect(sourceAddressProblem(url)).toBeUndefined(),
  );

  it('stores untitled pages as untitled with a description, never with a title', () => {
    const untitled = contentStore.sources.filter((source) => source.untitled);
    expect(untitled.length).toBeGreaterThanOrEqual(10);
    for (const source of untitled) {
      expect(source.title).toBeUndefined();
      expect(source.description).toBeTruthy();
    }
    const store = JSON.parse(JSON.stringify(contentStore)) as ContentStore;
    const index = store.sources.findIndex((source) => source.untitled);
    store.sources[index]!.title = 'An invented title';
    store.sources[0]!.url = 'https://www.tencent.com/';
    const found = validate(store).map((problem) => `${problem.path}: ${problem.message}`);
    expect(found).toContain(`sources[${index}].title: an untitled page has no title`);
    expect(found).toContain('sources[0].url: a homepage, not a page: "https://www.tencent.com/"');
  });

  it('rejects a claim stronger than its facts allow, an unknown fact and a claim without facts', () => {
    const store = JSON.parse(JSON.stringify(contentStore)) as ContentStore;
    const block = store.sections.find((section) => section.id === 'wechat-in-mexico')!.blocks.at(-1)!;
    expect(block.confidence).toBe('L');
    const first = store.sections[0]!.blocks[0]!;
    (first as unknown as { facts: string[] }).facts = ['F99.9'];
    const second = store.sections[0]!.blocks[1]!;
    (second as unknown as { facts: string[] }).facts = [];
    const atmFees = store.checklistItems.find((item) => item.id === 'mind-atm-fees')!;
    atmFees.confidence = 'H';
    const itemIndex = store.checklistItems.indexOf(atmFees);
    const found = validate(store).map((problem) => `${problem.path}: ${problem.message}`);
    expect(found).toContain('sections[0].blocks[0].facts[0]: unknown fact "F99.9"');
    expect(found).toContain('sections[0].blocks[1].facts: a claim must name the facts it rests on');
    expect(found).toContain(`checklistItems[${itemIndex}].confidence: stronger than a fact it rests on (L)`);
  });
});

describe('confidence and review dates follow the claim', () => {
  it('marks the 2026 waiver low while the same source backs a high-confidence 3% claim', () => {
    const wechat = contentStore.sections.find((section) => section.id === 'wechat-in-mexico')!;
    const fee = wechat.blocks.find((block) => block.facts.includes('F2.2') && block.confidence === 'H');
    const waiver = wechat.blocks.find((block) => block.facts.includes('F2.2') && block.confidence === 'L');
    expect(fee?.cites).toContain('shine-weixin-incentives-2025');
    expect(waiver?.cites).toContain('shine-weixin-incentives-2025');
    const { blocks } = presentBlocks(wechat, new Date(2026, 11, 2, 9));
    expect(blocks[wechat.blocks.indexOf(fee!)]!.low).toBe(false);
    expect(blocks[wechat.blocks.indexOf(waiver!)]!.low).toBe(true);
  });

  it('says "这条可能已有变化" only once the device date passes the review date', () => {
    expect(isPastReview('2026-12-31', new Date(2026, 11, 31, 23, 59))).toBe(false);
    expect(isPastReview('2026-12-31', new Date(2027, 0, 1, 0, 1))).toBe(true);
    expect(isPastReview('2026-12', new Date(2026, 11, 31, 12))).toBe(false);
    expect(isPastReview(undefined, new Date(2099, 0, 1))).toBe(false);
    const claim = { confidence: 'M' as const, reviewBy: '2026-12-31' };
    expect(claimMarks(claim, new Date(2026, 11, 2)).changed).toBe('');
    expect(claimMarks(claim, new Date(2027, 0, 2)).changed).toBe(MAY_HAVE_CHANGED);
    const wechat = contentStore.sections.find((section) => section.id === 'wechat-in-mexico')!;
    const before = presentBlocks(wechat, new Date(2026, 11, 2)).blocks.filter((block) => block.changed);
    const after = presentBlocks(wechat, new Date(2027, 0, 5)).blocks.filter((block) => block.changed);
    expect(before).toHaveLength(0);
    expect(after.length).toBeGreaterThan(0);
  });
});

const HOUR = 3600 * 1000;
/** An instant given as a wall-clock time in a fixed UTC offset (China +8, Tijuana −8 in winter / −7 in summer). */
const at = (wall: string, offsetHours: number) => Date.parse(`${wall}Z`) - offsetHours * HOUR;
const ZONES: [string, number][] = [
  ['China (UTC+8)', 8],
  ['Mexico City (UTC−6)', -6],
  ['Tijuana winter (UTC−8)', -8],
  ['Tijuana summer (UTC−7)', -7],
];

describe('services/line-register: deadlines as instants in Mexico City time', () => {
  it.each(LAST_DIGITS.map((digit) => [digit]))(
    'digit %i ends at midnight after its day in Mexico City',
    (digit) => {
      const deadline = registerDeadline(digit as LastDigit);
      expect(mexicoCityDate(deadline - 1)).toBe(registerCalendar[digit as LastDigit]);
      expect(mexicoCityDate(deadline)).not.toBe(registerCalendar[digit as LastDigit]);
      expect(new Date(deadline).getUTCHours()).toBe(6);
    },
  );

  const cases: [LastDigit, string, string][] = [];
  for (const digit of LAST_DIGITS) {
    const day = registerCalendar[digit];
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
    const later = new Date(Date.parse(`${day}T00:00:00Z`) + 5 * 24 * HOUR).toISOString().slice(0, 10);
    cases.push(
      [digit, `${day}T12:00:00`, 'before'],
      [digit, `${next}T12:00:00`, 'grace'],
      [digit, `${later}T12:00:00`, 'suspended'],
    );
  }

  it.each(cases)('digit %i at %s Mexico City time is %s, in every time zone', (digit, wall, expected) => {
    const instant = at(wall, -6);
    for (const [, offset] of ZONES) {
      // The same instant, written as the phone in another zone would show it: the state must not move.
      const shifted = at(new Date(instant + offset * HOUR).toISOString().slice(0, 19), offset);
      expect(shifted).toBe(instant);
      expect(lineRegisterState(digit, shifted).state).toBe(expected);
    }
  });

  it('counts days left by the Mexico City calendar, 0 on the deadline day', () => {
    expect(lineRegisterState(8, at('2026-12-15T23:59:00', -6))).toMatchObject({
      state: 'before',
      daysLeft: 0,
    });
    expect(lineRegisterState(8, at('2026-12-14T00:00:00', -6))).toMatchObject({
      state: 'before',
      daysLeft: 1,
    });
    // 16 Dec 07:00 in China is still 15 Dec in Mexico City.
    expect(lineRegisterState(8, at('2026-12-16T07:00:00', 8))).toMatchObject({
      state: 'before',
      daysLeft: 0,
    });
    // 15 Dec 23:30 in Tijuana (UTC−8) is already 16 Dec 01:30 in Mexico City: passed.
    expect(lineRegisterState(8, at('2026-12-15T23:30:00', -8)).state).toBe('grace');
  });

  it('suspends about 72 hours after the deadline', () => {
    const deadline = registerDeadline(7);
    expect(lineRegisterState(7, deadline + 71 * HOUR)).toMatchObject({
      state: 'grace',
      hoursToSuspension: 1,
    });
    expect(lineRegisterState(7, deadline + 72 * HOUR).state).toBe('suspended');
  });

  it('knows when the calendar is over', () => {
    expect(isCalendarOver(at('2026-12-31T23:59:00', -6))).toBe(false);
    expect(isCalendarOver(at('2027-01-01T00:00:00', -6))).toBe(true);
    expect(isCalendarOver(at('2027-01-01T13:00:00', 8))).toBe(false);
  });
});

describe('the register text, before, during and after the calendar', () => {
  const dates = [
    '2026-06-30T10:00:00',
    '2026-08-15T23:00:00',
    '2026-08-16T10:00:00',
    '2026-10-20T10:00:00',
    '2026-12-02T10:00:00',
    '2026-12-16T10:00:00',
    '2026-12-31T22:00:00',
    '2027-01-02T10:00:00',
    '2027-06-01T10:00:00',
  ];
  const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

  it.each(dates.flatMap((date) => ZONES.map(([zone, offset]) => [date, zone, offset] as const)))(
    'at %s in %s never announces a passed deadline as coming',
    (date, _zone, offset) => {
      const now = at(date, offset);
      const { text } = registerStatus(now);
      for (const digit of LAST_DIGITS) {
        const announced = text.includes(`尾号${digit}：${monthDay(registerCalendar[digit])}`);
        expect({ digit, announced }).toEqual({
          digit,
          announced: announced && now < registerDeadline(digit),
        });
      }
      if (isCalendarOver(now)) expect(text).not.toContain('接下来截止');
      else expect(text).toContain('接下来截止');
    },
  );

  it('reads right on the day the sheet was checked', () => {
    const { text } = registerStatus(at('2026-12-01T12:00:00', -6));
    expect(text).toContain('尾号0–6的截止日已过');
    expect(text).toContain('尾号7刚过截止日');
    expect(text).toContain('尾号8：12月15日（还有14天）');
    expect(text).toContain('尾号9：12月31日（还有30天）');
  });
});
