import { getSource } from '../../miniprogram/content/index';
import { contentStore } from '../../content-check/store';
import type { PaymentCard } from '../../miniprogram/content/types';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage } from '../helpers/page';

const { options, phrases } = contentStore.payments;

/** The card of one option, found by its verdict (unique per card). */
function cardText(page: ReturnType<typeof openPage>, id: string): string {
  const card = options.find((candidate) => candidate.id === id)!;
  return findByText(page, '.option-card', card.verdict).dom?.textContent ?? '';
}

function cardTexts(card: PaymentCard): string[] {
  const facts =
    card.kind === 'warning' ? [card.warning] : [card.where, card.feesAndLimits, card.setup, card.risks];
  return [card.name, card.verdict, ...card.tags.map((tag) => tag.label), ...facts.map((fact) => fact.text)];
}

describe('付款方式对比 page', () => {
  it('shows one card per payment option with everything it says', () => {
    const page = openPage('payments');
    expect(findAll(page, '.option-card')).toHaveLength(options.length);
    expect(options.map((card) => card.id)).toEqual([
      'unionpay',
      'credit-card',
      'debit-atm',
      'cash-pesos',
      'wechat-pay',
      'alipay',
      'oxxo-pay',
      'wise-western-union',
      'crypto',
    ]);
    for (const card of options) {
      const node = findByText(page, '.option-card', card.verdict);
      const text = node.dom?.textContent ?? '';
      for (const piece of cardTexts(card)) expect(text).toContain(piece);
      if (card.kind === 'option') {
        for (const label of ['哪里收', '费用和限额', '要准备什么', '风险']) expect(text).toContain(label);
      }
    }
  });

  it('puts every option in the compact table with its rating', () => {
    const page = openPage('payments');
    const rows = findAll(page, '.compare-row');
    expect(rows).toHaveLength(options.length);
    options.forEach((card, index) => {
      const text = rows[index]!.dom?.textContent ?? '';
      expect(text).toContain(card.name);
      expect(text).toContain(card.glance.where);
      expect(text).toContain(card.glance.cost);
    });
    expect(rows[0]!.dom?.textContent).toContain('★★★');
    expect(rows[options.length - 1]!.dom?.textContent).toContain('✕');
  });

  it('warns about crypto and explains no way to use it', () => {
    const page = openPage('payments');
    const crypto = findAll(page, '.option-card--warning');
    expect(crypto).toHaveLength(1);
    const text = crypto[0]!.dom?.textContent ?? '';
    expect(text).toContain('不要用');
    expect(text).toContain('非法金融活动');
    expect(text).not.toContain('哪里收');
  });

  it('says "not found" where the facts found nothing, and marks weak claims', () => {
    const page = openPage('payments');
    const wechat = cardText(page, 'wechat-pay');
    expect(wechat).toContain('我们也没找到收微信支付的墨西哥商店');
    const wise = cardText(page, 'wise-western-union');
    expect(wise).toContain('PayPal 个人转账我们没找到可靠来源');
    const alipayWhere = findAll(page, '.field--where').find((node) =>
      (node.dom?.textContent ?? '').includes('Openpay'),
    )!;
    expect(alipayWhere.dom?.textContent).toContain('可信度低，请自行核实');
    const cashWhere = findAll(page, '.field--where').find((node) =>
      (node.dom?.textContent ?? '').includes('现金为主'),
    )!;
    expect(cashWhere.dom?.textContent).not.toContain('可信度低');
  });

  it('shows the phrase card with Spanish, meaning and a reading aid, and copies a phrase', async () => {
    const page = openPage('payments');
    const text = page.text();
    expect(text).toContain('付款常用西语');
    expect(findAll(page, '.phrase')).toHaveLength(phrases.length);
    for (const phrase of phrases) {
      expect(text).toContain(phrase.spanish);
      expect(text).toContain(phrase.meaning);
      expect(text).toContain(phrase.reading);
    }
    expect(phrases.map((phrase) => phrase.id)).toEqual(
      expect.arrayContaining(['ask-card', 'ask-bill', 'find-atm', 'pay-in-pesos', 'no-conversion']),
    );
    await fire(findByText(page, '.phrase', '¿Aceptan tarjeta?'));
    expect(fakeWx.clipboard).toEqual(['¿Aceptan tarjeta?']);
    expect(fakeWx.toasts).toEqual(['西语已复制，可以给对方看']);
  });

  it('lists the sources it cites and copies their addresses', async () => {
    const page = openPage('payments');
    const sources = page.instance.data.sources as { id: string; url: string }[];
    const cited = new Set(
      options.flatMap((card) =>
        (card.kind === 'warning'
          ? [card.warning]
          : [card.where, card.feesAndLimits, card.setup, card.risks]
        ).flatMap((fact) => fact.cites),
      ),
    );
    expect(sources.map((source) => source.id).sort()).toEqual([...cited].sort());
    expect(findAll(page, '.source-link')).toHaveLength(cited.size);
    await fire(findAll(page, '.source-link')[0]!, 'click');
    expect(fakeWx.clipboard).toEqual([getSource(sources[0]!.id)!.url]);
  });

  it('links each card to its guide section', async () => {
    const page = openPage('payments');
    await fire(findByText(page, '.section-link', '关于虚拟货币'));
    expect(fakeWx.navigations).toEqual(['/pages/guide/index?section=crypto-warning']);
  });

  it('shares itself and stays inside the node budget', () => {
    const page = openPage('payments');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: expect.stringContaining('付钱'),
      path: '/pages/payments/index',
    });
    expect(page.instance.onShareTimeline!()).toEqual({ title: expect.any(String), query: '' });
    const nodes = page.root.querySelectorAll('*').length;
    console.log(`payments page: ${nodes} nodes, data ${JSON.stringify(page.instance.data).length} bytes`);
    expect(nodes).toBeLessThan(1000);
  });
});
