import { cashierCards } from '../../miniprogram/services/tools/cashier-cards';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, fire, openPage, type LoadedPage } from '../helpers/page';
import { installScreenDouble, type ScreenDouble } from '../helpers/screen';

let screen: ScreenDouble;
beforeEach(() => {
  screen = installScreenDouble();
});

/** The card the swiper shows now, by its Spanish sentence. */
function shownSpanish(page: LoadedPage): string {
  return cashierCards[page.instance.data.current as number]!.spanish;
}

describe('给店员看 page', () => {
  it('shows every card: large Spanish, small Chinese, marked as a language aid', () => {
    const page = openPage('cashier');
    const texts = (selector: string) => findAll(page, selector).map((node) => node.dom?.textContent);
    expect(texts('.spanish')).toEqual(cashierCards.map((card) => card.spanish));
    expect(texts('.chinese')).toEqual(cashierCards.map((card) => card.chinese));
    expect(page.text()).toContain('语言辅助');
    expect(page.text()).toContain('1 / 5 · 付款前问能不能刷卡');
    expect(shownSpanish(page)).toBe('¿Aceptan tarjeta?');
  });

  it('opens with nothing stored and storage unreadable, reading nothing', () => {
    fakeWx.failReads();
    const page = openPage('cashier');
    expect(findAll(page, '.spanish')).toHaveLength(cashierCards.length);
    expect(fakeWx.reads).toEqual([]);
    expect(fakeWx.toasts).toEqual([]);
    expect(page.text()).not.toContain('无法读取');
  });

  it('keeps the screen on while shown and lets it dim on hide and on leaving', () => {
    const page = openPage('cashier');
    expect(screen.calls).toEqual([true]);
    page.instance.onHide!();
    expect(screen.calls).toEqual([true, false]);
    page.instance.onShow!();
    page.instance.onUnload!();
    expect(screen.calls).toEqual([true, false, true, false]);
  });

  it('still opens on a base library without setKeepScreenOn', () => {
    screen.unsupported = true;
    const page = openPage('cashier');
    page.instance.onHide!();
    expect(findAll(page, '.spanish')).toHaveLength(cashierCards.length);
    expect(screen.calls).toEqual([]);
  });

  it('swipes and steps between cards, and shares the card on screen', async () => {
    const page = openPage('cashier');
    const swiper = findAll(page, '.swiper')[0]!;
    await fire(swiper, 'change', { current: 2, source: 'touch' });
    expect(shownSpanish(page)).toBe('La cuenta, por favor.');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: '给店员看：请给我结账。',
      path: '/pages/cashier/index?card=the-bill',
    });
    expect(page.instance.onShareTimeline!()).toMatchObject({ query: 'card=the-bill' });

    await fire(findAll(page, '.next')[0]!);
    expect(shownSpanish(page)).toBe('¿Dónde hay un cajero automático?');
    await fire(findAll(page, '.next')[0]!);
    await fire(findAll(page, '.next')[0]!);
    expect(shownSpanish(page)).toBe('¿Aceptan tarjeta?'); // wraps around
    await fire(findAll(page, '.prev')[0]!);
    expect(shownSpanish(page)).toBe('¿Cuánto es?');
  });

  it('opens a shared card, and the first card with a notice for an unknown one', () => {
    expect(shownSpanish(openPage('cashier', { card: 'pay-in-pesos' }))).toBe(
      'En pesos, por favor. Sin conversión.',
    );
    const page = openPage('cashier', { card: 'tacos' });
    expect(shownSpanish(page)).toBe('¿Aceptan tarjeta?');
    expect(fakeWx.toasts).toEqual(['没找到这张卡片，先看第一张卡片']);
    expect(shownSpanish(openPage('cashier', { scene: 'sc.atm' }))).toBe('¿Dónde hay un cajero automático?');
  });

  it('works in Moments single-page mode with storage of its own', () => {
    fakeWx.enterScene(1154, { query: { card: 'how-much' } });
    const page = openPage('cashier', { card: 'how-much' });
    expect(page.text()).toContain('朋友圈的单页预览');
    expect(shownSpanish(page)).toBe('¿Cuánto es?');
    expect(screen.calls).toEqual([true]);
  });
});
