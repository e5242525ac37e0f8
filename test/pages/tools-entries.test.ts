/**
 * Entries into the tools from the pages that lead to them (content/tools.ts): guide sections, checklist items,
 * 我的情况 results and home. Every row is one tap through the shell's onOpen to the tool's page.
 */
import { tools, toolForItem, toolsForSection } from '../../miniprogram/content/tools';
import { contentStore } from '../../content-check/store';
import { PAGES } from '../../miniprogram/services/entry-link';
import { ANSWERS_KEY } from '../../miniprogram/pages/situation/answers';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage } from '../helpers/page';

const pathOf = (title: string): string => PAGES[tools.find((tool) => tool.title === title)!.id].path;

describe('the tool registry', () => {
  it('gives every tool at least one section, and every item one tool at most', () => {
    for (const tool of tools) expect(tool.sections.length).toBeGreaterThan(0);
    const items = tools.flatMap((tool) => tool.items);
    expect(new Set(items).size).toBe(items.length);
  });

  it('names only sections and items the content has', () => {
    const sections = contentStore.sections.map((section) => section.id as string);
    const items = contentStore.checklistItems.map((item) => item.id as string);
    for (const tool of tools) {
      for (const id of tool.sections) expect(sections).toContain(id);
      for (const id of tool.items) expect(items).toContain(id);
    }
  });
});

describe('guide sections lead to the tools that serve them', () => {
  it.each([
    ['line-register', '我的号码要登记吗'],
    ['conversion-prompts', '付款时刻'],
    ['money-home', '钱怎么汇回国内'],
    ['help-and-safety', '紧急联系卡'],
  ])('%s shows 用小工具：%s and opens it', async (section, title) => {
    const page = openPage('guide', { section });
    expect(page.text()).toContain(`用小工具：${title}`);
    await fire(findByText(page, '.tool-row', title));
    expect(fakeWx.navigations).toEqual([pathOf(title)]);
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
    expect(fakeWx.navigations).toEqual(['/pages/tools/register/index']);
  });

  it('puts the row under the item it serves', () => {
    const page = openPage('checklist');
    const card = findByText(page, '.item', '取现前看屏幕上的手续费');
    expect(card.dom?.textContent).toContain('用小工具：付款时刻');
  });
});

describe('我的情况 shows the tools that fit the answers', () => {
  it('offers the register checker to someone with a Mexican number, and opens it', async () => {
    fakeWx.storage.set(ANSWERS_KEY, { version: 1, answers: { 'mexico-line': 'mexican-number' } });
    const page = openPage('situation');
    expect(page.text()).toContain('用得上的小工具');
    await fire(findByText(page, '.tool-row', '我的号码要登记吗'));
    expect(fakeWx.navigations).toEqual(['/pages/tools/register/index']);
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
