/**
 * Entries into the tools from the pages that lead to them (content/tools.ts): guide sections, checklist items,
 * 我的情况 results and home. Every row is one tap through the shell's onOpen to the tool's page, at the state
 * that fits where the person came from (付款时刻's tab, the register checker's line, the cashier's card).
 */
import { tools, toolForItem, toolsForSection, type Tool } from '../../miniprogram/content/tools';
import { contentStore } from '../../content-check/store';
import { PAGES, PAGE_NAMES, parsePageQuery } from '../../miniprogram/services/entry-link';
import { cashierCards } from '../../miniprogram/services/tools/cashier-cards';
import { ANSWERS_KEY } from '../../miniprogram/pages/situation/answers';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, type LoadedPage } from '../helpers/page';

type SimulatedNode = ReturnType<typeof findAll>[number];

const idOf = (entry: string | { id: string }): string => (typeof entry === 'string' ? entry : entry.id);

/** Opens the page a navigated url names, with its query, as WeChat would. */
function openUrl(url: string): LoadedPage {
  const [path, query = ''] = url.split('?');
  const name = PAGE_NAMES.find((page) => PAGES[page].path === path)!;
  const params = Object.fromEntries(new URLSearchParams(query));
  return openPage(PAGES[name].path.replace(/^\/pages\//, '').replace(/\/index$/, ''), params);
}

/** What the opened tool shows first: the tab selected, the line chosen (and its digit pad), the card shown. */
function shownState(page: LoadedPage): string {
  // simulate scopes class names (`main--tab-atm`).
  const chosen = (selector: string, marker: string, pattern: RegExp) =>
    findAll(page, selector)
      .map((node) => node.dom?.className ?? '')
      .filter((name) => name.split(' ').some((word) => word.endsWith(`--${marker}`)))
      .map((name) => pattern.exec(name)?.[1])
      .join();
  if (findAll(page, '.tab').length > 0) return `tab ${chosen('.tab', 'segment--active', /\btab-([a-z]+)\b/)}`;
  if (findAll(page, '.line-option').length > 0) {
    const line = chosen('.line-option', 'option--chosen', /\bline-(mx|roaming|esim)\b/) || 'none';
    return `line ${line}${findAll(page, '.key').length > 0 ? ' with pad' : ''}`;
  }
  if (findAll(page, '.spanish').length > 0)
    return `card ${cashierCards[page.instance.data.current as number]!.id}`;
  return 'start';
}

/** Taps a row and returns where it went and what the tool shows there. */
async function follow(row: SimulatedNode): Promise<[string, string]> {
  fakeWx.navigations.length = 0;
  await fire(row);
  expect(fakeWx.navigations).toHaveLength(1);
  const url = fakeWx.navigations[0]!;
  return [url, shownState(openUrl(url))];
}

describe('the tool registry', () => {
  it('gives every tool at least one section, and every item one tool at most', () => {
    for (const tool of tools) expect(tool.sections.length).toBeGreaterThan(0);
    const items = tools.flatMap((tool) => tool.items as readonly (string | { id: string })[]).map(idOf);
    expect(new Set(items).size).toBe(items.length);
  });

  it('gives every row of a tool with a state one its link accepts', () => {
    const states = (tool: Tool) =>
      [...tool.sections, ...tool.items].map((entry) =>
        typeof entry === 'string'
          ? {}
          : Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'id')),
      );
    for (const tool of tools)
      for (const state of states(tool)) expect(parsePageQuery(tool.id, state).problem).toBeUndefined();
  });

  it('names only sections and items the content has', () => {
    const sections = contentStore.sections.map((section) => section.id as string);
    const items = contentStore.checklistItems.map((item) => item.id as string);
    for (const tool of tools) {
      for (const entry of tool.sections as readonly (string | { id: string })[])
        expect(sections).toContain(idOf(entry));
      for (const entry of tool.items as readonly (string | { id: string })[])
        expect(items).toContain(idOf(entry));
    }
  });
});

describe('guide sections lead to the tools that serve them', () => {
  it.each([
    ['line-register', '我的号码要登记吗', '/pages/tools/register/index?line=mx', 'line mx with pad'],
    ['conversion-prompts', '付款时刻', '/pages/tools/pay/index?tab=dcc', 'tab dcc'],
    ['conversion-prompts', '给店员看', '/pages/cashier/index?card=pay-in-pesos', 'card pay-in-pesos'],
    ['paying-in-mexico', '付款时刻', '/pages/tools/pay/index?tab=dcc', 'tab dcc'],
    ['paying-in-mexico', '给店员看', '/pages/cashier/index?card=take-cards', 'card take-cards'],
    ['unionpay-and-atm', '付款时刻', '/pages/tools/pay/index?tab=atm', 'tab atm'],
    ['money-home', '钱怎么汇回国内', '/pages/tools/money-home/index', 'start'],
    ['help-and-safety', '紧急联系卡', '/pages/tools/emergency-card/index', 'start'],
  ])('%s shows 用小工具：%s and opens it at %s', async (section, title, url, state) => {
    const page = openPage('guide', { section });
    expect(page.text()).toContain(`用小工具：${title}`);
    expect(await follow(findByText(page, '.tool-row', title))).toEqual([url, state]);
  });

  it('shows no tool row on a section no tool serves', () => {
    const page = openPage('guide', { section: 'what-is-esim' });
    expect(toolsForSection('what-is-esim')).toEqual([]);
    expect(findAll(page, '.tool-row')).toHaveLength(0);
  });

  it('shows both payment tools on 在墨西哥付钱', () => {
    const page = openPage('guide', { section: 'paying-in-mexico' });
    const rows = findAll(page, '.tool-row').map((node) => node.dom?.textContent ?? '');
    expect(rows).toEqual(['用小工具：给店员看', '用小工具：付款时刻']);
  });
});

describe('checklist items lead to their tool', () => {
  it('shows one row per item a tool serves, and opens the tool', async () => {
    const page = openPage('checklist');
    const served = contentStore.checklistItems.filter((item) => toolForItem(item.id));
    expect(findAll(page, '.tool-row')).toHaveLength(served.length);
    await fire(findByText(page, '.tool-row', '我的号码要登记吗'));
    expect(fakeWx.navigations).toEqual(['/pages/tools/register/index?line=mx']);
  });

  it('puts the row under the item it serves', () => {
    const page = openPage('checklist');
    const card = findByText(page, '.item', '取现前看屏幕上的手续费');
    expect(card.dom?.textContent).toContain('用小工具：付款时刻');
  });

  it.each([
    ['choose-pesos', '/pages/tools/pay/index?tab=dcc', 'tab dcc'],
    ['mind-atm-fees', '/pages/tools/pay/index?tab=atm', 'tab atm'],
    ['mind-withdrawal-limit', '/pages/tools/pay/index?tab=atm', 'tab atm'],
    ['tip-voluntarily', '/pages/tools/pay/index?tab=tip', 'tab tip'],
    ['passport-for-mexican-sim', '/pages/tools/register/index?line=mx', 'line mx with pad'],
    ['dont-count-on-wallets', '/pages/cashier/index?card=take-cards', 'card take-cards'],
    ['wise-needs-chinese-id', '/pages/tools/money-home/index', 'start'],
    ['save-emergency-numbers', '/pages/tools/emergency-card/index', 'start'],
  ])('%s opens its tool at %s', async (id, url, state) => {
    const page = openPage('checklist');
    // The rows follow the items that have one, in page order.
    const groups = page.instance.data.groups as { items: { id: string; tool: unknown }[] }[];
    const withRow = groups.flatMap((group) => group.items).filter((item) => item.tool);
    const row = findAll(page, '.tool-row')[withRow.findIndex((item) => item.id === id)]!;
    expect(row.dom?.textContent).toContain(toolForItem(id)!.title);
    expect(await follow(row)).toEqual([url, state]);
  });
});

describe('我的情况 shows the tools that fit the answers', () => {
  it.each([
    ['mexican-number', '/pages/tools/register/index?line=mx', 'line mx with pad'],
    ['data-only', '/pages/tools/register/index?line=esim', 'line esim'],
    ['none', '/pages/tools/register/index?line=roaming', 'line roaming'],
  ])('opens the register checker at the line the answers name (%s)', async (line, url, state) => {
    fakeWx.storage.set(ANSWERS_KEY, { version: 1, answers: { 'mexico-line': line } });
    const page = openPage('situation');
    expect(page.text()).toContain('用得上的小工具');
    expect(await follow(findByText(page, '.tool-row', '我的号码要登记吗'))).toEqual([url, state]);
  });

  it('opens the register checker at its question while the line is not answered', async () => {
    fakeWx.storage.set(ANSWERS_KEY, { version: 1, answers: { phone: 'no-esim' } });
    const page = openPage('situation');
    expect(await follow(findByText(page, '.tool-row', '我的号码要登记吗'))).toEqual([
      '/pages/tools/register/index',
      'line none',
    ]);
  });

  it('follows a changed answer to the new line', async () => {
    fakeWx.storage.set(ANSWERS_KEY, { version: 1, answers: { 'mexico-line': 'data-only' } });
    const page = openPage('situation');
    await fire(findByText(page, '.option', '墨西哥的卡或 eSIM，带号码'));
    await fire(findByText(page, '.tool-row', '我的号码要登记吗'));
    expect(fakeWx.navigations).toEqual(['/pages/tools/register/index?line=mx']);
  });

  it('opens 付款时刻 where paying by card starts', async () => {
    const page = openPage('situation');
    expect(await follow(findByText(page, '.tool-row', '付款时刻'))).toEqual([
      '/pages/tools/pay/index?tab=dcc',
      'tab dcc',
    ]);
  });

  it('changes with the answers', async () => {
    const page = openPage('situation');
    const before = findAll(page, '.tool-row').map((node) => node.dom?.textContent ?? '');
    await fire(findByText(page, '.option-stay', '在墨西哥生活'));
    const after = findAll(page, '.tool-row').map((node) => node.dom?.textContent ?? '');
    expect(before).not.toContain('用小工具：钱怎么汇回国内');
    expect(after).toContain('用小工具：钱怎么汇回国内');
    await fire(findByText(page, '.tool-row', '钱怎么汇回国内'));
    expect(fakeWx.navigations).toEqual(['/pages/tools/money-home/index']);
  });
});

describe('a row with a state its tool does not have', () => {
  it.each([
    [{ page: 'pay', tab: 'casino' }, '/pages/tools/pay/index', 'tab dcc'],
    [{ page: 'register', line: 'mx-42' }, '/pages/tools/register/index', 'line none'],
    [{ page: 'cashier', card: '<script>' }, '/pages/cashier/index', 'card take-cards'],
    [{ page: 'pay', tab: 'atm', line: 'mx-8' }, '/pages/tools/pay/index?tab=atm', 'tab atm'],
  ])('%j opens the tool at its start (or its own state only)', async (dataset, url, state) => {
    const page = openPage('guide', { section: 'unionpay-and-atm' });
    page.instance.onOpen!({ currentTarget: { dataset } });
    expect(fakeWx.navigations).toEqual([url]);
    expect(shownState(openUrl(url))).toBe(state);
  });
});

describe('home lists the tools from the registry', () => {
  it('shows every tool with its purpose, in order', () => {
    const page = openPage('home');
    const rows = findAll(page, '.tool-entry').map((node) => node.dom?.textContent ?? '');
    expect(rows).toHaveLength(tools.length);
    tools.forEach((tool, index) => {
      expect(rows[index]).toContain(tool.title);
      expect(rows[index]).toContain(tool.purpose);
    });
  });
});
