/**
 * 给店员看: full-screen cards to show at a counter, one large Spanish sentence with small Chinese beneath.
 * They are language aids, not claims, and need no data at all (they live in the main package).
 */

export type CashierCardId = 'take-cards' | 'pay-in-pesos' | 'the-bill' | 'where-atm' | 'how-much';

export interface CashierCard {
  id: CashierCardId;
  /** Shown large, for the cashier. */
  spanish: string;
  /** Shown small beneath, for the person holding the phone. */
  chinese: string;
  /** When to show it, in Chinese (for the list of cards). */
  when: string;
  languageAid: true;
}

export const cashierCards: readonly CashierCard[] = [
  {
    id: 'take-cards',
    spanish: '¿Aceptan tarjeta?',
    chinese: '这里能刷卡吗？',
    when: '付款前问能不能刷卡',
    languageAid: true,
  },
  {
    id: 'pay-in-pesos',
    spanish: 'En pesos, por favor. Sin conversión.',
    chinese: '请用比索收款，不要换算成别的货币。',
    when: '刷卡机问用哪种货币时',
    languageAid: true,
  },
  {
    id: 'the-bill',
    spanish: 'La cuenta, por favor.',
    chinese: '请给我结账。',
    when: '吃完饭要结账',
    languageAid: true,
  },
  {
    id: 'where-atm',
    spanish: '¿Dónde hay un cajero automático?',
    chinese: '附近哪里有取款机（ATM）？',
    when: '找取款机',
    languageAid: true,
  },
  {
    id: 'how-much',
    spanish: '¿Cuánto es?',
    chinese: '一共多少钱？',
    when: '问价钱',
    languageAid: true,
  },
];

/** The card with this id, or the first card for an unknown id (a shared link may carry an old one). */
export function cashierCard(id: unknown): CashierCard {
  return cashierCards.find((card) => card.id === id) ?? cashierCards[0]!;
}

/** The card after (step 1) or before (step -1) this one, wrapping around, as a swipe moves. */
export function nextCashierCard(id: unknown, step: 1 | -1): CashierCard {
  const index = Math.max(
    0,
    cashierCards.findIndex((card) => card.id === id),
  );
  const count = cashierCards.length;
  return cashierCards[(index + step + count) % count]!;
}
