/**
 * A screen reader moves by headings: each tool page whose title is on the page announces it as the page's one
 * level-one heading (axe's page-has-heading-one in the browser preview found none on these three).
 */
import { openPage, type LoadedPage } from '../helpers/page';

function levelOneHeadings(page: LoadedPage): string[] {
  return Array.from(page.root.querySelectorAll('[aria-level="1"]'))
    .filter((node) => node.getAttribute('aria-role') === 'heading')
    .map((node) => node.textContent?.trim() ?? '');
}

describe('tool pages name themselves as a heading', () => {
  it.each([
    ['tools/register', '我的号码要登记吗'],
    ['tools/money-home', '钱怎么汇回国内'],
    ['tools/emergency-card', '紧急联系卡'],
  ] as const)('%s: one level-one heading, %s', (name, title) => {
    expect(levelOneHeadings(openPage(name))).toEqual([title]);
  });
});
