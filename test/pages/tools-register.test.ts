import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, type LoadedPage } from '../helpers/page';

/** Noon in Mexico City (18:00 UTC) on a day of 2026. */
const noon = (month: number, day: number) => Date.UTC(2026, month - 1, day, 18);

const result = (page: LoadedPage) =>
  findAll(page, '.result')[0]?.dom?.textContent?.replace(/\s+/g, ' ') ?? '';

async function tapKey(page: LoadedPage, digit: number): Promise<void> {
  await fire(findAll(page, '.key').find((node) => node.dom?.textContent?.trim() === String(digit))!);
}

describe('我的号码要登记吗 page', () => {
  it('asks which line first, and shows nothing else', () => {
    const page = openPage('tools/register');
    expect(page.text()).toContain('你问的是哪个号码');
    expect(findAll(page, '.line-option')).toHaveLength(3);
    expect(findAll(page, '.key')).toHaveLength(0);
    expect(findAll(page, '.result')).toHaveLength(0);
    expect(fakeWx.reads).toEqual([]);
  });

  it('a Mexican number ending in 8 on 2 Dec: 13 days left and what to do; shared with its digit', async () => {
    fakeWx.setClock(noon(12, 2));
    const page = openPage('tools/register');
    await fire(findByText(page, '.line-option', '墨西哥号码'));
    expect(findAll(page, '.key')).toHaveLength(10);
    await tapKey(page, 8);
    expect(result(page)).toContain('尾号 8：截止 2026年12月15日');
    expect(result(page)).toContain('还剩 13 天');
    expect(result(page)).toContain('护照');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: '尾号 8 的墨西哥号码：登记截止 2026年12月15日',
      path: '/pages/tools/register/index?line=mx-8',
    });
    expect(page.instance.onShareTimeline!()).toMatchObject({ query: 'line=mx-8' });
    // The calendar's sources, from the content store, each copied on a tap.
    const sources = findAll(page, '.source-link');
    expect(sources.length).toBeGreaterThan(1);
    await fire(sources[0]!);
    expect(fakeWx.clipboard[0]).toMatch(/^https:\/\/www\.mixvale\.com\.br\//);
  });

  it.each([
    [7, noon(11, 30), '今天截止'],
    [7, noon(12, 1), '约 60 小时后停机'],
    [7, noon(12, 4), '没登记就已停机'],
    [0, noon(12, 2), '没登记就已停机'],
  ])('ending in %d at %d: %s', (digit, now, badge) => {
    fakeWx.setClock(now);
    const page = openPage('tools/register', { line: `mx-${digit}` });
    expect(result(page)).toContain(badge);
  });

  it('after the calendar: every deadline behind, a suspended line is restored by registering', () => {
    fakeWx.setClock(Date.UTC(2027, 0, 10, 18));
    const page = openPage('tools/register', { line: 'mx-9' });
    expect(page.text()).toContain('所有尾号的截止日都已过去');
    expect(result(page)).toContain('去登记就能恢复');
  });

  it('reads a pasted number; junk gets a hint and keeps the digit chosen', async () => {
    fakeWx.setClock(noon(12, 2));
    const page = openPage('tools/register', { line: 'mx' });
    const field = findAll(page, '.paste')[0]!;
    await fire(field, 'input', { value: '+52 1 55-1234-5679' });
    expect(result(page)).toContain('尾号 9：截止 2026年12月31日');
    expect(findAll(page, '.paste-hint')[0]?.dom?.textContent).toBe('尾号是 9');
    await fire(field, 'input', { value: '55 12' });
    expect(findAll(page, '.paste-hint')[0]?.dom?.textContent).toContain('10 位数字');
    expect(result(page)).toContain('尾号 9');
  });

  it.each([
    ['roaming', '国内手机号漫游，不用登记'],
    ['esim', '境外旅行 eSIM，不用登记'],
  ])('a foreign line (%s) needs no registration', async (line, title) => {
    const page = openPage('tools/register', { line });
    expect(page.text()).toContain(title);
    expect(page.text()).toContain('登记只针对墨西哥运营商的号码');
    expect(findAll(page, '.key')).toHaveLength(0);
    expect(page.text()).toContain('来源（点按复制链接）');
    expect(findAll(page, '.source-link').length).toBeGreaterThan(0);
  });

  it('lands an unknown line on the question with a notice', () => {
    const page = openPage('tools/register', { line: 'mx-42' });
    expect(fakeWx.toasts).toEqual(['没看懂链接里的号码情况，已打开「我的号码要登记吗」']);
    expect(findAll(page, '.result')).toHaveLength(0);
  });
});
