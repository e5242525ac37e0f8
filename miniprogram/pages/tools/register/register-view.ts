/**
 * 我的号码要登记吗 as the page shows it, for a choice of line and an instant: which line, the digit pad, and for
 * a Mexican number its deadline, the days left, its state and what to do. Pure: the time logic is
 * services/line-register.ts (Mexico City time whatever the phone's zone), the instant is the caller's.
 */
import {
  isCalendarOver,
  lineRegisterState,
  registerDeadlineDay,
  type LastDigit,
} from '../../../services/line-register';
import { lineRegisterFacts, registerCalendar } from '../../../content/line-register';
import type { FactId } from '../../../content/facts';
import type { RegisterLineChoice, RegisterLineKind } from './line-choice';

export interface LineOptionView {
  kind: RegisterLineKind;
  label: string;
  chosen: boolean;
}

export interface DigitView {
  digit: number;
  chosen: boolean;
}

export type RegisterStateKind = 'before' | 'today' | 'grace' | 'suspended' | 'no-clock';

export interface RegisterResultView {
  /** "尾号 7" */
  heading: string;
  /** "2026年11月30日" */
  deadline: string;
  state: RegisterStateKind;
  /** "还剩 13 天", "今天截止", "约 20 小时后停机", "已停机" */
  badge: string;
  /** What this means now. */
  text: string;
  /** What to do, one step a line. */
  steps: string[];
}

export interface RegisterView {
  lines: LineOptionView[];
  /** The ten-key pad, shown for a Mexican number. */
  digits: DigitView[];
  showPad: boolean;
  result: RegisterResultView | null;
  /** A foreign line: no registration, and why. */
  foreign: { title: string; text: string[] } | null;
  /** Every digit's deadline is behind us (after 31 Dec 2026). */
  calendarOverNote: string;
}

const LINE_OPTIONS: readonly [RegisterLineKind, string][] = [
  ['mx', '在墨西哥买的墨西哥号码（+52）'],
  ['roaming', '国内手机号，在墨西哥漫游'],
  ['esim', '境外旅行 eSIM（不是墨西哥号码）'],
];

const REGISTER_STEPS = [
  '带上护照（墨西哥居民可用临时 CURP）。',
  '去运营商（Telcel、AT&T、Movistar 等）的营业厅登记，或者在运营商的网站、App 上登记。',
  '已经登记过、或 2026年1月9日以后买卡时已经用证件登记的号码，不用再办。',
];

/** `2026-11-30` → `2026年11月30日`. */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

const LAST_DAY = chineseDate(registerCalendar[9]);

function resultFor(digit: LastDigit, nowMs: number): RegisterResultView {
  const deadline = chineseDate(registerDeadlineDay(digit));
  const base = { heading: `尾号 ${digit}`, deadline };
  if (!Number.isFinite(nowMs)) {
    return {
      ...base,
      state: 'no-clock',
      badge: '看不了还剩几天',
      text: `手机的日期读不出来，没法算还剩几天。截止日是 ${deadline}（墨西哥城时间当天结束）。`,
      steps: REGISTER_STEPS,
    };
  }
  const state = lineRegisterState(digit, nowMs);
  if (state.state === 'before') {
    const today = state.daysLeft === 0;
    return {
      ...base,
      state: today ? 'today' : 'before',
      badge: today ? '今天截止' : `还剩 ${state.daysLeft} 天`,
      text: today
        ? `今天就是截止日：墨西哥城时间今天 24 点前要登记完，之后约 72 小时停机。`
        : `要在 ${deadline} 墨西哥城时间 24 点前登记。没登记的号码截止后约 72 小时会被停机。`,
      steps: REGISTER_STEPS,
    };
  }
  if (state.state === 'grace') {
    return {
      ...base,
      state: 'grace',
      badge: `约 ${state.hoursToSuspension} 小时后停机`,
      text: `截止日 ${deadline} 已经过了。没登记的号码约 72 小时后停机，现在去登记还来得及。`,
      steps: REGISTER_STEPS,
    };
  }
  return {
    ...base,
    state: 'suspended',
    badge: '没登记就已停机',
    text: `截止日 ${deadline} 已过 72 小时。没登记的号码已经停机：只能打紧急电话、政府服务和运营商的号码，收不到微信、支付宝和银行的验证码；后付费套餐照样扣费。`,
    steps: ['去登记就能恢复，只要号码还在：', ...REGISTER_STEPS.slice(0, 2), '已经登记过的号码不受影响。'],
  };
}

const FOREIGN: Record<Exclude<RegisterLineKind, 'mx'>, { title: string; text: string[] }> = {
  roaming: {
    title: '国内手机号漫游，不用登记',
    text: [
      '登记只针对墨西哥运营商的号码。你的号码属于国内运营商，在墨西哥只是漫游，不在登记范围内。',
      '国内手机卡要留着：微信、支付宝和银行的验证码还是发到这个号码。',
    ],
  },
  esim: {
    title: '境外旅行 eSIM，不用登记',
    text: [
      '登记只针对墨西哥运营商的号码。境外公司的旅行 eSIM 在墨西哥是漫游，不在登记范围内。',
      '但如果这张 eSIM 给了你一个墨西哥号码（+52），比如 Telcel 的游客 eSIM，它就是墨西哥号码，要用护照登记：请选第一项。',
    ],
  },
};

export function presentRegister(choice: RegisterLineChoice, nowMs: number): RegisterView {
  const mexican = choice.kind === 'mx';
  const over = Number.isFinite(nowMs) && isCalendarOver(nowMs);
  return {
    lines: LINE_OPTIONS.map(([kind, label]) => ({ kind, label, chosen: choice.kind === kind })),
    digits: Array.from({ length: 10 }, (_, digit) => ({ digit, chosen: mexican && choice.digit === digit })),
    showPad: mexican,
    result: mexican && choice.digit !== undefined ? resultFor(choice.digit, nowMs) : null,
    foreign: choice.kind && choice.kind !== 'mx' ? FOREIGN[choice.kind] : null,
    calendarOverNote:
      mexican && over
        ? `所有尾号的截止日都已过去（最后一个是 ${LAST_DAY}）。新买的墨西哥卡在买的时候就要用护照登记。`
        : '',
  };
}

/** The card's and Moments' title for a choice. */
export function registerShareTitle(choice: RegisterLineChoice): string {
  if (choice.kind === 'mx' && choice.digit !== undefined)
    return `尾号 ${choice.digit} 的墨西哥号码：登记截止 ${chineseDate(registerDeadlineDay(choice.digit))}`;
  return '我的号码要登记吗？墨西哥手机号登记截止日查询';
}

/** The facts the view rests on: the calendar and suspension for a Mexican number, the register's scope otherwise. */
export function registerFacts(choice: RegisterLineChoice): readonly FactId[] {
  return choice.kind === 'roaming' || choice.kind === 'esim' ? ['F4.6', 'F4.7'] : lineRegisterFacts;
}
