/**
 * The money-home route finder, for every combination of answers (each yes, no or blank) and a set of amounts
 * (blank, small, over each per-transfer and yearly limit, unusable), with the rules restated independently.
 */
import {
  BLOCK_KIND_LABELS,
  MONEY_HOME_QUESTIONS,
  findMoneyHomeRoutes,
  type Answer,
  type MoneyHomeAnswers,
} from '../../miniprogram/pages/tools/services/money-home';
import { unspacedPairs } from './chinese-spacing';

const ANSWERS: Answer[] = ['yes', 'no', undefined];
const AMOUNTS: (number | undefined)[] = [
  undefined,
  8000,
  40_000,
  120_000,
  400_000,
  700_000,
  -5,
  Number.NaN,
  1e12,
];

function allCombinations(): MoneyHomeAnswers[] {
  const combos: MoneyHomeAnswers[] = [];
  for (const mexicanCitizenWithIne of ANSWERS)
    for (const usdAccount of ANSWERS)
      for (const recipientChineseId of ANSWERS)
        for (const recipientWallet of ANSWERS)
          for (const amountCny of AMOUNTS) {
            const combo: MoneyHomeAnswers = {};
            if (mexicanCitizenWithIne) combo.mexicanCitizenWithIne = mexicanCitizenWithIne;
            if (usdAccount) combo.usdAccount = usdAccount;
            if (recipientChineseId) combo.recipientChineseId = recipientChineseId;
            if (recipientWallet) combo.recipientWallet = recipientWallet;
            if (amountCny !== undefined) combo.amountCny = amountCny;
            combos.push(combo);
          }
  return combos;
}

const COMBOS = allCombinations();
const FACT_ID = /^F\d+\.\d+$/;

describe('money home: every combination of answers', () => {
  it('covers 3^4 answer sets × 9 amounts', () => {
    expect(COMBOS).toHaveLength(81 * AMOUNTS.length);
    expect(MONEY_HOME_QUESTIONS).toHaveLength(4);
  });

  it.each(COMBOS.map((combo) => [JSON.stringify(combo), combo] as const))('%s', (_label, answers) => {
    const result = findMoneyHomeRoutes(answers);
    const routeIds = result.routes.map((route) => route.id);
    const blockIds = result.notAvailable.map((block) => block.id);

    // Wise exists exactly when neither of its conditions is answered no.
    const wiseOpen = answers.mexicanCitizenWithIne !== 'no' && answers.recipientChineseId !== 'no';
    expect(routeIds.includes('wise')).toBe(wiseOpen);
    expect(blockIds.includes('wiseNonCitizen')).toBe(answers.mexicanCitizenWithIne === 'no');
    expect(blockIds.includes('wiseNoChineseId')).toBe(answers.recipientChineseId === 'no');
    const wise = result.routes.find((route) => route.id === 'wise');
    if (wise) {
      const bothYes = answers.mexicanCitizenWithIne === 'yes' && answers.recipientChineseId === 'yes';
      expect(wise.fit).toBe(bothYes ? 'fits' : 'if');
      const blanks = [answers.mexicanCitizenWithIne, answers.recipientChineseId].filter(
        (a) => a === undefined,
      );
      expect(wise.openConditions).toHaveLength(blanks.length);
      // Never promises Weixin through Wise from Mexico.
      expect(wise.notes.join('')).not.toMatch(/收到微信|到微信上/);
      const amount = answers.amountCny;
      const usable = typeof amount === 'number' && amount > 0 && amount <= 10_000_000;
      expect(wise.notes.some((note) => note.includes('银联卡要分'))).toBe(usable && amount > 33_000);
      expect(wise.notes.some((note) => note.includes('支付宝要分'))).toBe(
        usable && amount > 50_000 && answers.recipientWallet !== 'no',
      );
      expect(wise.notes.some((note) => note.includes('60 万'))).toBe(
        usable && amount > 300_000 && answers.recipientWallet !== 'no',
      );
    }

    // Carrying cash is always possible, and always fits.
    expect(result.routes.find((route) => route.id === 'carryCash')?.fit).toBe('fits');

    // What never works from Mexico is always said, whatever the answers.
    for (const id of ['wiseToWeixin', 'westernUnion', 'paypal', 'crypto'] as const)
      expect(blockIds).toContain(id);
    expect(blockIds.includes('usdAccount')).toBe(answers.usdAccount !== 'no');
    expect(result.notAvailable.find((block) => block.id === 'crypto')?.kind).toBe('illegal');
    expect(result.notAvailable.find((block) => block.id === 'westernUnion')?.kind).toBe('unconfirmed');

    // An unusable amount is ignored with a hint; a usable one never gives a hint.
    const badAmount =
      answers.amountCny !== undefined && !(answers.amountCny > 0 && answers.amountCny <= 10_000_000);
    expect(result.amountHint !== undefined).toBe(badAmount);

    // Every entry is complete, cites facts, and invents no duration.
    for (const route of result.routes) {
      expect(route.title.length).toBeGreaterThan(0);
      expect(route.limits.length).toBeGreaterThan(0);
      expect(route.duration.length).toBeGreaterThan(0);
      expect(route.facts.length).toBeGreaterThan(0);
      for (const fact of route.facts) expect(fact).toMatch(FACT_ID);
      for (const text of [...route.limits, ...route.notes, ...route.openConditions]) {
        expect(text).not.toMatch(/NaN|undefined|Infinity/);
        expect(unspacedPairs(text)).toEqual([]);
      }
    }
    expect(result.routes.find((route) => route.id === 'wise')?.duration ?? '事实表没有').toContain(
      '事实表没有',
    );
    for (const block of result.notAvailable) {
      expect(block.why.length).toBeGreaterThan(0);
      expect(BLOCK_KIND_LABELS[block.kind]).toBeDefined();
      for (const fact of block.facts) expect(fact).toMatch(FACT_ID);
    }
    // Nothing is both a route and blocked, and nothing is listed twice.
    expect(new Set(blockIds).size).toBe(blockIds.length);
    expect(new Set(routeIds).size).toBe(routeIds.length);
  });

  it('all blank: Wise and cash with Wise\u2019s conditions open, and every route that does not work', () => {
    const result = findMoneyHomeRoutes({});
    expect(result.routes.map((route) => [route.id, route.fit])).toEqual([
      ['wise', 'if'],
      ['carryCash', 'fits'],
    ]);
    expect(result.routes[0]!.openConditions).toEqual([
      '你得是持 INE 选民证的墨西哥公民。',
      '收款人得有中国居民身份证。',
    ]);
    expect(result.notAvailable.map((block) => block.id)).toEqual([
      'wiseToWeixin',
      'westernUnion',
      'usdAccount',
      'paypal',
      'crypto',
    ]);
  });

  it('a non-citizen is told why Wise from pesos is closed (F6.1)', () => {
    const result = findMoneyHomeRoutes({ mexicanCitizenWithIne: 'no', recipientChineseId: 'yes' });
    expect(result.routes.map((route) => route.id)).toEqual(['carryCash']);
    const block = result.notAvailable.find((entry) => entry.id === 'wiseNonCitizen')!;
    expect(block.facts).toEqual(['F6.1']);
    expect(block.why).toContain('INE');
  });

  it('treats answers other than yes/no as blank', () => {
    const odd = { mexicanCitizenWithIne: 'maybe', usdAccount: 42 } as unknown as MoneyHomeAnswers;
    expect(findMoneyHomeRoutes(odd)).toEqual(findMoneyHomeRoutes({}));
  });
});
