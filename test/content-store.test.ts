import {
  contentStore as mainContent,
  getChecklistByGroup,
  getNeighbours,
  getSection,
  getSource,
} from '../miniprogram/content/index';
import { getGuideSection } from '../miniprogram/pages/guide/sections/index';
import { contentStore } from '../content-check/store';
import { findPromotionalText, isWellFormedDate, validate } from '../content-check/validate';
import type { Block, ContentStore } from '../miniprogram/content/types';

/** A deep copy of the real store for breaking on purpose. */
function copyStore(): ContentStore {
  return JSON.parse(JSON.stringify(contentStore)) as ContentStore;
}

function messages(store: ContentStore): string[] {
  return validate(store).map((problem) => `${problem.path}: ${problem.message}`);
}

describe('the content store', () => {
  it('passes validation', () => {
    expect(messages(contentStore)).toEqual([]);
  });

  it('covers the seed outline with its corrections', () => {
    const ids = contentStore.sections.map((section) => section.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'what-is-esim',
        'numbers-and-codes',
        'wechat-in-mexico',
        'alipay-in-mexico',
        'paying-in-mexico',
        'money-home',
        'line-register',
        'crypto-warning',
      ]),
    );
    const allText = JSON.stringify(contentStore);
    expect(allText).toContain('流量');
    expect(allText).toContain('验证码');
    expect(allText).toContain('护照');
  });

  it('uses every block kind', () => {
    const kinds = new Set(
      contentStore.sections.flatMap((section) => section.blocks.map((block) => block.kind)),
    );
    expect([...kinds].sort()).toEqual(['bullets', 'callout', 'facts', 'paragraph', 'steps', 'table']);
  });

  it('groups the checklist by the four stages, none empty', () => {
    const groups = getChecklistByGroup();
    expect(groups.map((group) => group.id)).toEqual([
      'before-leaving',
      'on-arrival',
      'when-paying',
      'sending-home',
    ]);
    for (const group of groups) expect(group.items.length).toBeGreaterThan(0);
    expect(groups.flatMap((group) => group.items)).toHaveLength(contentStore.checklistItems.length);
  });

  it('answers section, neighbour and source queries', () => {
    // The main package's queries answer from the main package's store (section heads, no blocks).
    const [first, second] = mainContent.sections;
    expect(getSection(first!.id)).toBe(first);
    expect(first).not.toHaveProperty('blocks');
    expect(getSection('no-such-section')).toBeUndefined();
    expect(getNeighbours(first!.id)).toEqual({ previous: undefined, next: second });
    const last = mainContent.sections[mainContent.sections.length - 1]!;
    expect(getNeighbours(last.id).next).toBeUndefined();
    expect(getNeighbours('nope')).toEqual({});
    const source = mainContent.sources[0]!;
    expect(getSource(source.id)).toBe(source);
  });

  it('recommends no crypto and carries the legal warning', () => {
    const crypto = getGuideSection('crypto-warning');
    expect(crypto).toBeDefined();
    const text = JSON.stringify(crypto);
    expect(text).toMatch(/非法|违法/);
    expect(JSON.stringify(contentStore)).not.toMatch(/推荐(使用)?(比特币|虚拟货币|加密货币)/);
  });
});

describe('validate() on broken content', () => {
  it('reports a duplicate section id', () => {
    const store = copyStore();
    store.sections[1]!.id = store.sections[0]!.id;
    expect(messages(store).join('\n')).toMatch(/duplicate id/);
  });

  it('reports a duplicate checklist item id', () => {
    const store = copyStore();
    store.checklistItems[2]!.id = store.checklistItems[0]!.id;
    expect(messages(store).join('\n')).toMatch(/checklistItems\[2\]\.id: duplicate id/);
  });

  it('reports a citation to a source that does not exist', () => {
    const store = copyStore();
    store.sections[0]!.blocks[0]!.cites = ['no-such-source' as never];
    store.sections[0]!.blocks[0]!.claim = true;
    expect(messages(store)).toContain('sections[0].blocks[0].cites[0]: unknown source "no-such-source"');
  });

  it('reports a claim with no source', () => {
    const store = copyStore();
    const block = store.sections[0]!.blocks[0]!;
    block.cites = [];
    block.claim = undefined;
    expect(messages(store)).toContain('sections[0].blocks[0].cites: a claim must cite at least one source');
  });

  it.each([
    ['a Telegram link', '有问题请联系 t.me/someone'],
    ['a Telegram handle', '欢迎在 Telegram 上 @jx0703 咨询'],
    ['an add-me line', '需要帮忙请加微信 abc123'],
    ['a WeChat id', '微信号：mexico_sim'],
    ['an account-selling service', '提供代注册服务'],
    ['a bare link', '详情见 https://example.com/esim'],
  ])('reports promotional text: %s', (_label, text) => {
    const store = copyStore();
    store.shortAnswer.sentences = [...store.shortAnswer.sentences, text];
    expect(messages(store).join('\n')).toMatch(/shortAnswer\.sentences\[\d+\]: promotional or contact text/);
  });

  it('reports empty text, a malformed date, a bad table row and dangling references', () => {
    const store = copyStore();
    store.checklistItems[0]!.why = '  ';
    store.sources[0]!.published = '2026-02-30';
    store.sections[0]!.relatedItems = ['ghost-item' as never];
    store.checklistItems[1]!.section = 'ghost-section' as never;
    (store.sections[0]!.blocks as Block[]).push({
      kind: 'table',
      columns: ['甲', '乙'],
      rows: [['只有一格']],
      cites: [],
      facts: [],
      confidence: 'H',
      claim: false,
    });
    const found = messages(store).join('\n');
    expect(found).toMatch(/checklistItems\[0\]\.why: empty text/);
    expect(found).toMatch(/sources\[0\]\.published: malformed date "2026-02-30"/);
    expect(found).toMatch(/unknown checklist item "ghost-item"/);
    expect(found).toMatch(/unknown section "ghost-section"/);
    expect(found).toMatch(/row has 1 cells for 2 columns/);
  });

  it('accepts ordinary Chinese text about WeChat and banks', () => {
    expect(findPromotionalText('微信：可以继续聊天，支付宝也一样。')).toBeUndefined();
    expect(findPromotionalText('请联系发卡银行确认预留手机号。')).toBeUndefined();
  });

  it('knows real dates from impossible ones', () => {
    expect(isWellFormedDate('2024-02-29')).toBe(true);
    expect(isWellFormedDate('2025-02-29')).toBe(false);
    expect(isWellFormedDate('2026-06')).toBe(true);
    expect(isWellFormedDate('2026-13')).toBe(false);
    expect(isWellFormedDate('26-01-01')).toBe(false);
  });
});

describe('the tools’ content in the store (pages/tools/content.ts)', () => {
  /** The tools part of a copy, to break on purpose. */
  const toolsOf = (store: ContentStore) =>
    store.tools as unknown as {
      atmFacts: { ownerFee: { text: string; facts: string[] } };
      moneyHomeRoutes: { wise: { limits: string[] } };
      emergencyCardData: { sentences: { chinese: string }[] };
      cashierCards: { spanish: string; chinese: string; when: string; languageAid?: boolean }[];
    };

  it('is joined into the whole store, and what the tools show is checked with it', () => {
    expect(contentStore.tools.asOf).toBe('2026-12-01');
    expect(JSON.stringify(contentStore.tools)).toContain('Sin conversión');
  });

  it('rejects a link, a contact line or an empty text in a tool', () => {
    const store = copyStore();
    const tools = toolsOf(store);
    tools.atmFacts.ownerFee.text += ' 详见 https://example.com/fees';
    tools.moneyHomeRoutes.wise.limits[0] = '加微信 abc123 代办';
    tools.emergencyCardData.sentences[1]!.chinese = ' ';
    expect(messages(store)).toEqual([
      'tools.atmFacts.ownerFee.text: promotional or contact text: "https://example.com/fees"',
      'tools.moneyHomeRoutes.wise.limits[0]: promotional or contact text: "加微信"',
      'tools.emergencyCardData.sentences[1].chinese: empty text',
    ]);
  });

  it('checks the show-the-cashier cards (main package) with the tools', () => {
    const cards = toolsOf(contentStore).cashierCards;
    expect(cards.map((card) => card.spanish)).toContain('¿Aceptan tarjeta?');
    expect(messages(contentStore)).toEqual([]);
  });

  it('rejects an empty, linked or promotional card text, and Spanish not marked as a language aid', () => {
    const store = copyStore();
    const cards = toolsOf(store).cashierCards;
    cards[0]!.spanish = '  ';
    cards[1]!.chinese += ' www.example.com';
    cards[2]!.when = '加微信 abc123 代办';
    delete cards[3]!.languageAid;
    expect(messages(store)).toEqual([
      'tools.cashierCards[0].spanish: empty text',
      'tools.cashierCards[1].chinese: promotional or contact text: "www.example.com"',
      'tools.cashierCards[2].when: promotional or contact text: "加微信"',
      'tools.cashierCards[3]: Spanish must be marked as a language aid (languageAid: true)',
    ]);
  });

  it('rejects a figure resting on a fact the sheet does not have', () => {
    const store = copyStore();
    toolsOf(store).atmFacts.ownerFee.facts = ['F5.7', 'F99.1'];
    expect(messages(store)).toEqual(['tools.atmFacts.ownerFee.facts[1]: unknown fact "F99.1"']);
  });
});
