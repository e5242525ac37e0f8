/**
 * The line register's calendar in time: pure functions of a digit and an instant (ms since the epoch), so
 * the answer is the same whatever time zone the phone is set to. Deadlines are the end of the deadline day
 * in Mexico City time (UTC−6, no daylight saving).
 */
import {
  LAST_DIGITS,
  MEXICO_CITY_UTC_OFFSET_HOURS,
  SUSPENSION_AFTER_HOURS,
  registerCalendar,
  type LastDigit,
} from '../content/line-register';

export type { LastDigit };

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** True for 0–9 as a number (a digit typed as text is the caller's to parse). */
export function isLastDigit(value: unknown): value is LastDigit {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9;
}

/** The deadline day of a digit as `YYYY-MM-DD` (Mexico City calendar). */
export function registerDeadlineDay(digit: LastDigit): string {
  return registerCalendar[digit];
}

/** The instant a digit's deadline passes: midnight at the end of its day in Mexico City (UTC−6). */
export function registerDeadline(digit: LastDigit): number {
  const [year, month, day] = registerCalendar[digit].split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day + 1) - MEXICO_CITY_UTC_OFFSET_HOURS * HOUR_MS;
}

/** The instant from which an unregistered line of this digit is expected to be suspended (~72 h later). */
export function suspensionFrom(digit: LastDigit): number {
  return registerDeadline(digit) + SUSPENSION_AFTER_HOURS * HOUR_MS;
}

/** The Mexico City calendar day of an instant, as days since 1970-01-01. */
function mexicoDayNumber(nowMs: number): number {
  return Math.floor((nowMs + MEXICO_CITY_UTC_OFFSET_HOURS * HOUR_MS) / DAY_MS);
}

/** The Mexico City calendar date of an instant, as `YYYY-MM-DD`. */
export function mexicoCityDate(nowMs: number): string {
  return new Date(mexicoDayNumber(nowMs) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * - `before`: the deadline has not passed; `daysLeft` counts Mexico City days, 0 on the deadline day itself.
 * - `grace`: the deadline passed less than ~72 h ago; suspension is due (`hoursToSuspension` left).
 * - `suspended`: an unregistered line of this digit is expected to be suspended now.
 */
export type LineRegisterState =
  | { state: 'before'; digit: LastDigit; deadline: number; daysLeft: number }
  | { state: 'grace'; digit: LastDigit; deadline: number; hoursToSuspension: number }
  | { state: 'suspended'; digit: LastDigit; deadline: number; suspendedSince: number };

export function lineRegisterState(digit: LastDigit, nowMs: number): LineRegisterState {
  const deadline = registerDeadline(digit);
  if (nowMs < deadline) {
    const daysLeft = mexicoDayNumber(deadline - 1) - mexicoDayNumber(nowMs);
    return { state: 'before', digit, deadline, daysLeft };
  }
  const suspendedSince = suspensionFrom(digit);
  if (nowMs < suspendedSince) {
    return {
      state: 'grace',
      digit,
      deadline,
      hoursToSuspension: Math.ceil((suspendedSince - nowMs) / HOUR_MS),
    };
  }
  return { state: 'suspended', digit, deadline, suspendedSince };
}

/** True once the last deadline (digit 9, 31 Dec 2026) has passed: every digit's deadline is behind us. */
export function isCalendarOver(nowMs: number): boolean {
  return nowMs >= registerDeadline(9);
}

/** Digits whose deadline has not passed at `nowMs`, in calendar order. */
export function digitsStillOpen(nowMs: number): LastDigit[] {
  return LAST_DIGITS.filter((digit) => nowMs < registerDeadline(digit));
}

/** Digits whose lines are in the ~72 h between deadline and suspension at `nowMs`. */
export function digitsInGrace(nowMs: number): LastDigit[] {
  return LAST_DIGITS.filter((digit) => lineRegisterState(digit, nowMs).state === 'grace');
}
