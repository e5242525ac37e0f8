/**
 * 给店员看: the cards as the page shows them, and where the swiper stands. Pure; the cards are
 * services/tools/cashier-cards.ts (language aids, no stored data).
 */
import { cashierCard, cashierCards, type CashierCardId } from '../../services/tools/cashier-cards';

export interface CashierCardView {
  id: CashierCardId;
  spanish: string;
  chinese: string;
  when: string;
  /** "第 2 张，共 5 张" */
  position: string;
}

export const LANGUAGE_AID_NOTE = '常用西语说法，只是帮你开口，不代表店家一定这样做。';

export function presentCashierCards(): CashierCardView[] {
  return cashierCards.map((card, index) => ({
    id: card.id,
    spanish: card.spanish,
    chinese: card.chinese,
    when: card.when,
    position: `第 ${index + 1} 张，共 ${cashierCards.length} 张`,
  }));
}

/** The swiper position of a card id (an unknown id: the first card). */
export function cashierIndex(id: unknown): number {
  return cashierCards.indexOf(cashierCard(id));
}

/** The card at a swiper position; a position out of range (or not a number) keeps the first card. */
export function cashierIdAt(index: unknown): CashierCardId {
  const position = typeof index === 'number' ? index : Number(index);
  return cashierCards[Number.isInteger(position) ? position : 0]?.id ?? cashierCards[0]!.id;
}
