import { contentStore } from '../../content-check/store';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, fire, openPage } from '../helpers/page';

describe('home page entries to the situation tools', () => {
  it.each([
    ['.situation-entry', '我的情况', '/pages/situation/index'],
    ['.payments-entry', '付款方式对比', '/pages/payments/index'],
    ['.emergency-entry', '紧急电话', '/pages/emergency/index'],
  ])('%s opens %s', async (selector, title, path) => {
    const page = openPage('home');
    expect(page.text()).toContain(title);
    await fire(findAll(page, selector)[0]!, 'click');
    expect(fakeWx.navigations).toEqual([path]);
  });

  it('still puts the short answer first', () => {
    expect(openPage('home').text().startsWith(contentStore.shortAnswer.title)).toBe(true);
  });
});
