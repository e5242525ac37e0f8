/**
 * What the guide says about the line register today, worked out from an instant (the device's clock), so it
 * is right before, during and after the calendar, in any time zone, and never announces a passed deadline.
 */
import { LAST_DIGITS } from '../../content/line-register';
import {
  digitsInGrace,
  digitsStillOpen,
  isCalendarOver,
  lineRegisterState,
  registerDeadlineDay,
} from '../../services/line-register';

function dayLabel(day: string): string {
  const [, month, date] = day.split('-');
  return `${Number(month)}月${Number(date)}日`;
}

function digitList(digits: readonly number[]): string {
  if (digits.length === 0) return '';
  const first = digits[0]!;
  const last = digits[digits.length - 1]!;
  const contiguous = last - first === digits.length - 1;
  return contiguous && digits.length > 2 ? `${first}–${last}` : digits.join('、');
}

export interface RegisterStatusView {
  title: string;
  text: string;
}

export function registerStatus(nowMs: number): RegisterStatusView {
  const open = digitsStillOpen(nowMs);
  const grace = digitsInGrace(nowMs);
  const suspended = LAST_DIGITS.filter((digit) => lineRegisterState(digit, nowMs).state === 'suspended');
  const parts: string[] = [];
  if (isCalendarOver(nowMs)) {
    if (grace.length > 0) {
      parts.push('按尾数分期的截止日已经全部过去（最后一期是2026年12月31日）。');
      parts.push(`尾号${digitList(grace)}没登记的号码，约72小时内会停机，抓紧补登记。`);
    } else {
      parts.push('按尾数分期的登记日历已在2026年12月31日结束。');
      parts.push('还没登记的墨西哥号码按规则都已停机，号码还在的话补登记就能恢复。');
    }
    parts.push('新买的墨西哥号码，开通时就用护照登记。');
    return { title: '现在的情况：登记日历已结束', text: parts.join('') };
  }
  if (suspended.length === 0 && grace.length === 0) {
    parts.push(`没登记的墨西哥号码按尾数分期截止：尾号0是8月15日，之后每半个月一期，尾号9是12月31日。`);
  } else {
    if (suspended.length > 0)
      parts.push(`尾号${digitList(suspended)}的截止日已过，没登记的号码按规则已停机。`);
    if (grace.length > 0) parts.push(`尾号${digitList(grace)}刚过截止日，没登记的约72小时内停机。`);
  }
  const next = open
    .map((digit) => {
      const state = lineRegisterState(digit, nowMs);
      const left =
        state.state === 'before' ? (state.daysLeft === 0 ? '今天截止' : `还有${state.daysLeft}天`) : '';
      return `尾号${digit}：${dayLabel(registerDeadlineDay(digit))}（${left}）`;
    })
    .slice(0, 3);
  if (next.length > 0) parts.push(`接下来截止的是${next.join('；')}。`);
  parts.push('补登记就能恢复；新号码开通时就登记。');
  return { title: '现在的情况', text: parts.join('') };
}
