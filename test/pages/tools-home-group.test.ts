import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage } from '../helpers/page';

describe('home page 小工具 group', () => {
  it.each([
    ['给店员看', '/pages/cashier/index'],
    ['我的号码要登记吗', '/pages/tools/register/index'],
    ['钱怎么汇回国内', '/pages/tools/money-home/index'],
  ])('lists %s and opens it', async (title, path) => {
    const page = openPage('home');
    expect(page.text()).toContain('小工具');
    await fire(findByText(page, '.tool-entry', title), 'click');
    expect(fakeWx.navigations).toEqual([path]);
  });

  it('says what each tool answers', () => {
    const page = openPage('home');
    const entries = findAll(page, '.tool-entry').map((node) => node.dom?.textContent ?? '');
    expect(entries).toHaveLength(5);
    expect(entries.join(' ')).toContain('付款时刻');
    expect(entries.join(' ')).toContain('紧急联系卡');
    expect(entries.join(' ')).toContain('按号码尾号看登记截止日、还剩几天');
  });
});
