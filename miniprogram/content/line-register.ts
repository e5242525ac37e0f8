/**
 * Mexico's register of mobile lines (F4.4, F4.5): the deadline for each last digit of a number, as reported
 * (no official CRT text was found), and how long after a deadline an unregistered line is suspended.
 * The time logic lives in `services/line-register.ts`.
 */
import type { FactId } from './facts';
import type { SourceId } from './sources';

export type LastDigit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export const LAST_DIGITS: readonly LastDigit[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Deadline day per last digit (`YYYY-MM-DD`), the end of which counts in Mexico City time. */
export const registerCalendar: { readonly [D in LastDigit]: string } = {
  0: '2026-08-15',
  1: '2026-08-31',
  2: '2026-09-15',
  3: '2026-09-30',
  4: '2026-10-15',
  5: '2026-10-31',
  6: '2026-11-15',
  7: '2026-11-30',
  8: '2026-12-15',
  9: '2026-12-31',
};

/** Mexico City has kept UTC−6 all year since daylight saving ended in 2022. */
export const MEXICO_CITY_UTC_OFFSET_HOURS = -6;

/** Lines still unregistered are suspended about this long after their deadline. */
export const SUSPENSION_AFTER_HOURS = 72;

export const lineRegisterFacts: readonly FactId[] = ['F4.4', 'F4.5', 'F4.8'];
export const lineRegisterSources: readonly SourceId[] = [
  'mixvale-register-calendar-2026',
  'observatorial-jornada-2026',
];
