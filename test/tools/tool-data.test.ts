/**
 * The tools' data: ids unique, phrases marked as language aids, every figure pointing at fact-sheet ids, and the
 * Chinese following the house style (a space between Chinese and Latin letters or digits, except in dates).
 */
import { cashierCard, cashierCards, nextCashierCard } from '../../miniprogram/services/tools/cashier-cards';
import * as data from '../../miniprogram/pages/tools/content';
import { unspacedPairs } from './chinese-spacing';

const FACT_ID = /^F\d+\.\d+$/;

/** Every string leaf under `value`, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Objects under `value` that have a `facts` field. */
function factHolders(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => factHolders(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const own: [string, unknown][] = 'facts' in value ? [[path, (value as { facts: unknown }).facts]] : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, item]) =>
      key === 'facts' ? [] : factHolders(item, `${path}.${key}`),
    ),
  ];
}

const ALL_DATA = { ...data, cashierCards };
const FACT_SHEET_IDS = /^F([1-9]|1[0-5])\.\d{1,2}$/;

describe('tool data', () => {
  it('has no empty text and nothing promotional', () => {
    for (const [path, text] of strings(ALL_DATA)) {
      expect([path, text.trim().length > 0]).toEqual([path, true]);
      expect([path, /https?:|www\.|@|telegram|微信号|加我/i.test(text)]).toEqual([path, false]);
    }
  });

  it('spaces Chinese from Latin letters and digits', () => {
    for (const [path, text] of strings(ALL_DATA)) {
      expect([path, unspacedPairs(text)]).toEqual([path, []]);
    }
  });

  it('points every figure at fact-sheet ids', () => {
    const holders = factHolders(ALL_DATA);
    expect(holders.length).toBeGreaterThan(10);
    for (const [path, facts] of holders) {
      expect([path, Array.isArray(facts)]).toEqual([path, true]);
      for (const fact of facts as unknown[]) {
        expect([path, FACT_ID.test(String(fact)) && FACT_SHEET_IDS.test(String(fact))]).toEqual([path, true]);
      }
    }
    expect(data.atmFacts.safe.dailyLimitCny).toBe(10_000);
    expect(data.moneyHomeLimits.wiseAlipayPerTransferCny).toBe(50_000);
    expect(data.moneyHomeLimits.wiseUnionPayPerTransferCny).toBe(33_000);
  });

  it('marks every phrase as a language aid, with Spanish and Chinese', () => {
    const phrases = [
      ...data.screenGuides.atm.phrases,
      ...data.screenGuides.terminal.phrases,
      ...data.tipFacts.notes,
      ...data.emergencyCardData.sentences,
      ...cashierCards,
    ];
    for (const phrase of phrases) {
      expect(phrase.languageAid).toBe(true);
      expect(phrase.spanish).not.toMatch(/[\u4e00-\u9fff]/);
      const chinese = 'meaning' in phrase ? phrase.meaning : phrase.chinese;
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    }
    const ids = [
      ...data.screenGuides.atm.phrases,
      ...data.screenGuides.terminal.phrases,
      ...data.tipFacts.notes,
      ...cashierCards,
    ].map((phrase) => phrase.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('cashier cards', () => {
  it('cover the five moments at a counter', () => {
    expect(cashierCards.map((card) => card.id)).toEqual([
      'take-cards',
      'pay-in-pesos',
      'the-bill',
      'where-atm',
      'how-much',
    ]);
    expect(cashierCard('pay-in-pesos').spanish).toContain('Sin conversión');
  });

  it('fall back to the first card for an unknown id, and swipe round in both directions', () => {
    expect(cashierCard('nope').id).toBe('take-cards');
    expect(cashierCard(undefined).id).toBe('take-cards');
    expect(nextCashierCard('how-much', 1).id).toBe('take-cards');
    expect(nextCashierCard('take-cards', -1).id).toBe('how-much');
    let id: string = 'take-cards';
    for (let step = 0; step < cashierCards.length; step += 1) id = nextCashierCard(id, 1).id;
    expect(id).toBe('take-cards');
    expect(nextCashierCard('garbage', 1).id).toBe('pay-in-pesos');
  });
});
