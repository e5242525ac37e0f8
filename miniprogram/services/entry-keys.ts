/**
 * Short keys for Mini Program code scenes (`wxacode.getUnlimited` carries at most 32 characters, so a code says
 * `g.pay`, not `/pages/guide/index?section=paying-in-mexico`).
 *
 * Keys are keyed by id, never by position: reordering sections changes nothing here. Printed codes live for
 * years, so a key is never renamed and never reused for something else. When a section or group is removed,
 * leave its key here: old codes then land on the guide's first section with a notice instead of on an
 * unrelated section. `validateEntryKeys()` (scripts/lib/entry-codes.ts, run by the tests and `npm run codes`) checks
 * the rules.
 *
 * Page keys live in the page table in `entry-link.ts`, one entry per page.
 */
import type { ChecklistGroupId } from '../content/types';

/** Guide section id → short key (lower-case letters and digits, at most 8). */
export const SECTION_KEYS: Readonly<Record<string, string>> = {
  'what-is-esim': 'esim',
  'numbers-and-codes': 'sms',
  'wechat-in-mexico': 'wx',
  'alipay-in-mexico': 'ali',
  'paying-in-mexico': 'pay',
  'money-home': 'remit',
  'line-register': 'reg',
  'crypto-warning': 'crypto',
  'help-and-safety': 'help',
  summary: 'sum',
  'mainland-phones': 'phone',
  'sms-abroad': 'roam',
  'unionpay-and-atm': 'upay',
  'conversion-prompts': 'dcc',
  'vat-refund': 'vat',
  'cash-and-customs': 'cash',
  'entry-visa': 'visa',
  'getting-around': 'ride',
  'scams-and-insurance': 'scam',
};

/** Checklist stage → short key. Typed by the group union, so a new stage without a key does not compile. */
export const GROUP_KEYS: Readonly<Record<ChecklistGroupId, string>> = {
  'before-leaving': 'pre',
  'on-arrival': 'arr',
  'when-paying': 'pay',
  'sending-home': 'send',
};

/** 给店员看: card id → short key. */
export const CASHIER_CARD_KEYS: Readonly<Record<string, string>> = {
  'take-cards': 'card',
  'pay-in-pesos': 'peso',
  'the-bill': 'bill',
  'where-atm': 'atm',
  'how-much': 'cost',
};

/** 付款时刻: which part is open; also the tabs the page shows, in this order (pay/pay-view.ts `PAY_TABS`). */
export type PayTab = 'dcc' | 'atm' | 'tip' | 'rate';
export const PAY_TAB_KEYS: Readonly<Record<PayTab, string>> = {
  dcc: 'dcc',
  atm: 'atm',
  tip: 'tip',
  rate: 'rate',
};

/** 我的号码要登记吗: which line → short key; a Mexican number's digit `mx-7` → `m7`. */
export const REGISTER_LINE_KEYS: Readonly<Record<string, string>> = { mx: 'mx', roaming: 'cn', esim: 'esim' };
for (let digit = 0; digit < 10; digit += 1)
  (REGISTER_LINE_KEYS as Record<string, string>)[`mx-${digit}`] = `m${digit}`;
