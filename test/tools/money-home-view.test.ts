/**
 * The money-home page's presenter over every combination of answers (each yes, no or blank) and amounts as
 * typed (blank, plain, with separators, over the limits, junk): what the page would show is complete,
 * consistent with the route finder, and never carries NaN.
 */
import {
  MONEY_HOME_QUESTIONS,
  findMoneyHomeRoutes,
  type Answer,
} from '../../miniprogram/pages/tools/services/money-home';
import {
  answerFromTap,
  presentMoneyHome,
  readAmount,
  type MoneyAnswers,
} from '../../miniprogram/pages/tools/money-home/money-home-view';

const ANSWERS: Answer[] = ['yes', 'no', undefined];
const AMOUNTS: { text: string; value?: number; bad: boolean }[] = [
  { text: '', bad: false },
  { text: '8000', value: 8000, bad: false },
  { text: '40,000', value: 40000, bad: false },
  { text: '120 000', value: 120000, bad: false },
  { text: '７０００００', value: 700000, bad: false },
  { text: 'abc', bad: true },
  { text: '-5', bad: true },
  { text: '0', bad: true },
  { text: '99999999999', bad: true },
];
const KIND_ORDER = ['not-for-you', 'not-from-mexico', 'unconfirmed', 'no-evidence', 'illegal'];

const combos: [string, MoneyAnswers, (typeof AMOUNTS)[number]][] = [];
for (const a of ANSWERS)
  for (const b of ANSWERS)
    for (const c of ANSWERS)
      for (const d of ANSWERS)
        for (const amount of AMOUNTS) {
          const answers: MoneyAnswers = {};
          if (a) answers.mexicanCitizenWithIne = a;
          if (b) answers.usdAccount = b;
          if (c) answers.recipientChineseId = c;
          if (d) answers.recipientWallet = d;
          combos.push([`${JSON.stringify(answers)} amount "${amount.text}"`, answers, amount]);
        }

describe('money-home presenter: every combination', () => {
  it('covers 3^4 answer sets × 9 typed amounts', () => {
    expect(combos).toHaveLength(81 * 9);
  });

  it.each(combos)('%s', (_label, answers, amount) => {
    const view = presentMoneyHome(answers, amount.text);
    const expected = findMoneyHomeRoutes({
      ...answers,
      ...(amount.value === undefined ? {} : { amountCny: amount.value }),
    });

    // Each question shows its answer as the one chosen option (blank: 不确定).
    expect(view.questions.map((q) => q.id)).toEqual(MONEY_HOME_QUESTIONS.map((q) => q.id));
    for (const question of view.questions) {
      const chosen = question.options.filter((option) => option.chosen).map((option) => option.value);
      expect(chosen).toEqual([answers[question.id] ?? '']);
    }

    // The amount: a hint exactly when what was typed is unusable.
    expect(view.amountBad).toBe(amount.bad);
    expect(view.amountHint !== '').toBe(amount.bad);

    // Routes: the finder's, in its order, each complete.
    expect(view.routes.map((route) => route.id)).toEqual(expected.routes.map((route) => route.id));
    for (const [index, route] of view.routes.entries()) {
      const found = expected.routes[index]!;
      expect(route.fits).toBe(found.openConditions.length === 0);
      expect(route.fitLabel).toBe(route.fits ? '符合你的情况' : '要看这些条件');
      expect(route.openConditions).toEqual(found.openConditions);
      expect(route.notes).toEqual(found.notes);
      expect(route.limits.length).toBeGreaterThan(0);
      expect(route.senderPrepares.length).toBeGreaterThan(0);
      expect(route.recipientPrepares.length).toBeGreaterThan(0);
      expect(route.duration).not.toBe('');
      expect(route.sources.length).toBeGreaterThan(0);
    }

    // Routes that do not work: every one once, grouped by why, groups in a fixed order and never empty.
    const shown = view.blocked.flatMap((group) => group.routes.map((route) => route.id));
    expect([...shown].sort()).toEqual(expected.notAvailable.map((route) => route.id).sort());
    const kinds = view.blocked.map((group) => group.kind);
    expect(kinds).toEqual(KIND_ORDER.filter((kind) => kinds.includes(kind as never)));
    for (const group of view.blocked) {
      expect(group.routes.length).toBeGreaterThan(0);
      // Only a route the sheet found no source for at all (PayPal, F6.4) lists none, and the page says so.
      for (const route of group.routes)
        expect(route.sources.length > 0 || group.kind === 'no-evidence').toBe(true);
    }

    const answered = Object.keys(answers).length;
    if (answered === 4) expect(view.answeredLabel).toBe('四个问题都回答了。');
    else if (answered === 0) expect(view.answeredLabel).toContain('还没回答问题');
    else expect(view.answeredLabel).toContain(`还有 ${4 - answered} 个问题没回答`);

    expect(JSON.stringify(view)).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('money-home presenter: worked cases', () => {
  it('a Mexican citizen sending 60,000 yuan to a relative with Alipay: Wise fits, in two transfers', () => {
    const view = presentMoneyHome(
      { mexicanCitizenWithIne: 'yes', recipientChineseId: 'yes', recipientWallet: 'yes', usdAccount: 'no' },
      '60,000',
    );
    const wise = view.routes.find((route) => route.id === 'wise')!;
    expect(wise.fits).toBe(true);
    expect(wise.notes).toContain('60,000 元到支付宝要分至少 2 笔。');
    expect(wise.notes).toContain('60,000 元到银联卡要分至少 2 笔。');
    expect(view.blocked.flatMap((group) => group.routes.map((route) => route.id))).not.toContain(
      'usdAccount',
    );
  });

  it('a visitor who is not a Mexican citizen: no Wise, told why', () => {
    const view = presentMoneyHome({ mexicanCitizenWithIne: 'no' }, '');
    expect(view.routes.map((route) => route.id)).toEqual(['carryCash']);
    const notForYou = view.blocked.find((group) => group.kind === 'not-for-you')!;
    expect(notForYou.title).toBe('你用不了');
    expect(notForYou.routes.map((route) => route.id)).toEqual(['wiseNonCitizen']);
  });

  it('reads taps and amounts the way the page gets them', () => {
    expect(answerFromTap('yes')).toBe('yes');
    expect(answerFromTap('')).toBeUndefined();
    expect(answerFromTap('maybe')).toBeNull();
    expect(readAmount('  ')).toEqual({ hint: '', bad: false });
    expect(readAmount('1,234.50')).toEqual({ value: 1234.5, hint: '', bad: false });
    expect(readAmount('abc').hint).toMatch(/先按没填处理/);
  });
});
