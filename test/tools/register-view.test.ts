/**
 * 我的号码要登记吗: the presenter for every last digit × an instant before, on, one day after and four days after
 * its deadline, and after the calendar ends, with the expected state worked out here from the calendar itself
 * (deadline = end of the day in Mexico City, UTC−6; suspension ~72 h later). Plus the paste reader.
 */
import fc from 'fast-check';
import { registerCalendar } from '../../miniprogram/content/line-register';
import {
  chineseDate,
  presentRegister,
  registerShareTitle,
} from '../../miniprogram/pages/tools/register/register-view';
import { parseRegisterLine, registerLineId } from '../../miniprogram/pages/tools/register/line-choice';
import { lastDigitOfNumber, type Digit } from '../../miniprogram/pages/tools/services/pasted-number';
import { REGISTER_LINE_IDS } from '../../miniprogram/services/tools/register-line';

const DIGITS: Digit[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const HOUR = 3600 * 1000;

/** Noon in Mexico City (18:00 UTC) `offset` days from a digit's deadline day. */
function noonAround(digit: Digit, offset: number): number {
  const [y, m, d] = registerCalendar[digit].split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d + offset, 18);
}
const CALENDAR_OVER = noonAround(9, 1) - 12 * HOUR; // 2027-01-01 00:00 in Mexico City
const AFTER_CALENDAR = Date.UTC(2027, 0, 20, 18);

type Case = [string, Digit, number, string, string];
const cases: Case[] = [];
for (const digit of DIGITS) {
  cases.push([`${digit}: 10 days before`, digit, noonAround(digit, -10), 'before', '还剩 10 天']);
  cases.push([`${digit}: on the deadline day`, digit, noonAround(digit, 0), 'today', '今天截止']);
  // Noon the next day: 12 h past the deadline, 60 h before suspension.
  cases.push([`${digit}: one day after`, digit, noonAround(digit, 1), 'grace', '约 60 小时后停机']);
  cases.push([`${digit}: four days after`, digit, noonAround(digit, 4), 'suspended', '没登记就已停机']);
  cases.push([`${digit}: after the calendar ended`, digit, AFTER_CALENDAR, 'suspended', '没登记就已停机']);
}

describe('register presenter: every digit × the dates that matter', () => {
  it('has 10 digits × 5 instants', () => expect(cases).toHaveLength(50));

  it.each(cases)('%s', (_label, digit, now, state, badge) => {
    const view = presentRegister({ kind: 'mx', digit }, now);
    const result = view.result!;
    expect(result.heading).toBe(`尾号 ${digit}`);
    expect(result.deadline).toBe(chineseDate(registerCalendar[digit]));
    expect(result.state).toBe(state);
    expect(result.badge).toBe(badge);
    expect(result.text).toContain(state === 'today' ? '今天就是截止日' : result.deadline);
    // What to do: register with a passport at the operator, in person or online; a suspended line comes back.
    const steps = result.steps.join('');
    expect(steps).toContain('护照');
    expect(steps).toContain('营业厅');
    expect(steps).toContain('网站、App');
    if (state === 'suspended') {
      expect(result.text).toContain('收不到微信、支付宝和银行的验证码');
      expect(steps).toContain('去登记就能恢复');
    }
    expect(view.showPad).toBe(true);
    expect(view.digits.filter((key) => key.chosen).map((key) => key.digit)).toEqual([digit]);
    expect(view.foreign).toBeNull();
    expect(view.calendarOverNote !== '').toBe(now >= CALENDAR_OVER);
    if (now >= CALENDAR_OVER) expect(view.calendarOverNote).toContain('2026年12月31日');
  });

  it('counts days in Mexico City whatever the hour: 23:59 on the deadline day is still today', () => {
    const lastMinute = noonAround(7, 0) + 12 * HOUR - 60 * 1000;
    expect(presentRegister({ kind: 'mx', digit: 7 }, lastMinute).result!.badge).toBe('今天截止');
    expect(presentRegister({ kind: 'mx', digit: 7 }, lastMinute + 60 * 1000).result!.badge).toBe(
      '约 72 小时后停机',
    );
  });

  it('shows the deadline but no count when the phone has no usable clock', () => {
    const result = presentRegister({ kind: 'mx', digit: 8 }, Number.NaN).result!;
    expect(result.state).toBe('no-clock');
    expect(result.text).toContain('2026年12月15日');
    expect(JSON.stringify(result)).not.toMatch(/NaN/);
  });

  it('a Mexican number with no digit yet: the pad, no result', () => {
    const view = presentRegister({ kind: 'mx' }, noonAround(8, -5));
    expect(view.showPad).toBe(true);
    expect(view.result).toBeNull();
    expect(view.digits.some((key) => key.chosen)).toBe(false);
  });

  it.each(['roaming', 'esim'] as const)('a foreign line (%s): no registration, and why', (kind) => {
    const view = presentRegister({ kind }, noonAround(8, -5));
    expect(view.result).toBeNull();
    expect(view.showPad).toBe(false);
    expect(view.foreign!.title).toContain('不用登记');
    expect(view.foreign!.text.join('')).toContain('登记只针对墨西哥运营商的号码');
    expect(view.lines.filter((line) => line.chosen).map((line) => line.kind)).toEqual([kind]);
  });

  it('nothing chosen: three lines to pick from, nothing else', () => {
    const view = presentRegister({}, Date.now());
    expect(view.lines.map((line) => line.chosen)).toEqual([false, false, false]);
    expect([view.result, view.foreign, view.showPad]).toEqual([null, null, false]);
  });

  it('titles a share with the digit and its deadline', () => {
    expect(registerShareTitle({ kind: 'mx', digit: 9 })).toBe('尾号 9 的墨西哥号码：登记截止 2026年12月31日');
    expect(registerShareTitle({ kind: 'esim' })).toContain('我的号码要登记吗');
  });

  it('maps every link id to a choice and back', () => {
    for (const id of REGISTER_LINE_IDS) expect(registerLineId(parseRegisterLine(id))).toBe(id);
    expect(parseRegisterLine('mx-x')).toEqual({});
    expect(parseRegisterLine(7)).toEqual({});
  });
});

describe('reading a pasted number', () => {
  it.each([
    ['55 1234 5678', 8],
    ['+52 55 1234 5671', 1],
    ['+52 1 55 1234 5672', 2],
    ['0052 55-1234-5673', 3],
    ['52 (55) 1234.5674', 4],
    ['５５１２３４５６７０', 0],
    ['＋５２ ５５ １２３４ ５６７９', 9],
  ])('%s → %d', (text, digit) => {
    expect(lastDigitOfNumber(text)).toMatchObject({ ok: true, digit });
  });

  it.each([
    ['', '先粘贴或输入号码'],
    ['   ', '先粘贴或输入号码'],
    ['abc', '只能有数字'],
    ['55 1234', '10 位数字'],
    ['+86 138 0013 8000', '不是墨西哥号码'],
    ['5'.repeat(50), '太长'],
  ])('%j gets a hint', (text, hint) => {
    const read = lastDigitOfNumber(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.hint).toContain(hint);
  });

  it('reads the last digit of any ten-digit number however it is spaced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
        fc.array(fc.constantFrom('', ' ', '-', '.'), { minLength: 10, maxLength: 10 }),
        fc.constantFrom('', '+52 ', '52', '+52 1 '),
        (digits, gaps, prefix) => {
          const text = prefix + digits.map((digit, index) => `${digit}${gaps[index]}`).join('');
          expect(lastDigitOfNumber(text)).toEqual({ ok: true, digit: digits[9], digits: digits.join('') });
        },
      ),
    );
  });

  it('never throws and never answers a digit for junk', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const read = lastDigitOfNumber(input);
        if (read.ok) expect(DIGITS).toContain(read.digit);
        else expect(read.hint.length).toBeGreaterThan(0);
      }),
    );
  });
});
