/** 给店员看: the cards as the page shows them, and where the swiper stands. Pure. */
import { cashierCard, cashierCards, type CashierCardId } from '../../services/tools/cashier-cards';

export interface CashierCardView {
  id: CashierCardId;
  spanish: string;
  chinese: string;
  /** "2 / 5 · 吃完饭要结账" */
  when: string;
}

export function presentCashierCards(): CashierCardView[] {
  const count = cashierCards.length;
  return cashierCards.map(({ id, spanish, chinese, when }, index) => ({
    id,
    spanish,
    chinese,
    when: `${index + 1} / ${count} · ${when}`,
  }));
}

/** The swiper position of a card id (an unknown id: the first card). */
export const cashierIndex = (id: unknown): number => cashierCards.indexOf(cashierCard(id));

/** The card at a swiper position, wrapping around; anything not a position is the first card. */
export function cashierIdAt(index: unknown): CashierCardId {
  const count = cashierCards.length;
  const position = Number(index);
  return cashierCards[Number.isInteger(position) ? ((position % count) + count) % count : 0]!.id;
}
