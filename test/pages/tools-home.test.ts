import { fakeWx } from '../helpers/fake-wx';
import { findAll, fire, openPage } from '../helpers/page';

describe('home lists the pay tool and the emergency card under 小工具', () => {
  it.each([
    ['.pay-entry', '付款时刻', '/pages/tools/pay/index'],
    ['.emergency-card-entry', '紧急联系卡', '/pages/tools/emergency-card/index'],
  ])('%s opens %s', async (selector, title, path) => {
    const page = openPage('home');
    expect(page.text()).toContain('小工具');
    expect(findAll(page, selector)[0]!.dom?.textContent).toContain(title);
    await fire(findAll(page, selector)[0]!, 'click');
    expect(fakeWx.navigations).toEqual([path]);
  });
});
