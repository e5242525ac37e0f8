/**
 * 给店员看: one large Spanish sentence per card for the person across the counter, small Chinese beneath,
 * swiped through. In the main package and reading nothing stored, so it opens at once, offline, even when
 * storage is broken. The screen stays on while it is shown. Sharing opens the card on screen.
 */
import { appPage } from '../../behaviors/app-page';
import { cashierIdAt, cashierIndex, presentCashierCards, type CashierCardView } from './cashier-view';

/** `wx.setKeepScreenOn` where the base library has it; a phone without it just dims as usual. */
function keepScreenOn(on: boolean): void {
  if (typeof wx.canIUse === 'function' && !wx.canIUse('setKeepScreenOn')) return;
  if (typeof wx.setKeepScreenOn !== 'function') return;
  wx.setKeepScreenOn({ keepScreenOn: on, fail: () => undefined });
}

interface SwiperChange {
  detail: { current?: number };
}

interface StepEvent {
  currentTarget: { dataset: { step?: number | string } };
}

appPage({
  page: 'cashier',
  data: {
    /** What the cards cannot do when opened from Moments (shown only there). */
    singlePageNote: '卡片在这里也能给店员看，只是打不开别的页面。',
    cards: [] as CashierCardView[],
    current: 0,
  },
  view(target) {
    return { cards: presentCashierCards(), current: cashierIndex(target.card) };
  },
  visible() {
    keepScreenOn(true);
  },
  hidden() {
    keepScreenOn(false);
  },
  share: {
    title() {
      const card = this.data.cards[this.data.current];
      return card ? `给店员看：${card.chinese}` : '给店员看：在墨西哥付款常用的西语';
    },
    target() {
      return { page: 'cashier', card: cashierIdAt(this.data.current) };
    },
  },
  methods: {
    onSwipe(event: SwiperChange) {
      const id = cashierIdAt(event.detail.current);
      // The target follows the card, so a share or a return to the page shows the same one.
      if (id !== this.target.card) this.show({ page: 'cashier', card: id });
    },
    onStep(event: StepEvent) {
      const next = this.data.current + Number(event.currentTarget.dataset.step);
      this.show({ page: 'cashier', card: cashierIdAt(next) });
    },
  },
});
