import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, type LoadedPage } from '../helpers/page';

async function answer(page: LoadedPage, question: string, label: string): Promise<void> {
  const card = findAll(page, `.question-${question}`)[0]!;
  const option = findAll(page, '.option').find(
    (node) => card.dom?.contains(node.dom ?? null) && node.dom?.textContent === label,
  );
  if (!option) throw new Error(`No option ${label} under ${question}`);
  await fire(option);
}

function chosen(page: LoadedPage, question: string): string[] {
  const card = findAll(page, `.question-${question}`)[0]!;
  return findAll(page, '.option--chosen')
    .filter((node) => card.dom?.contains(node.dom ?? null))
    .map((node) => node.dom?.textContent ?? '');
}

const routeText = (page: LoadedPage, id: string) => findAll(page, `.route-${id}`)[0]?.dom?.textContent ?? '';

describe('钱怎么汇回国内 page', () => {
  it('with everything blank: both routes with Wise’s conditions, every closed route and why', () => {
    const page = openPage('tools/money-home');
    const text = page.text();
    expect(text).toContain('还没回答问题');
    for (const question of ['mexicanCitizenWithIne', 'usdAccount', 'recipientChineseId', 'recipientWallet'])
      expect(chosen(page, question)).toEqual(['不确定']);
    expect(routeText(page, 'wise')).toContain('要看这些条件');
    expect(routeText(page, 'wise')).toContain('你得是持 INE 选民证的墨西哥公民。');
    expect(routeText(page, 'wise')).toContain('用比索汇出：每月最多 5,000 美元。');
    expect(routeText(page, 'wise')).toContain('Guide to MXN transfers · Wise');
    expect(findAll(page, '.blocked-paypal')[0]?.dom?.textContent).toContain('没有找到可靠来源');
    expect(routeText(page, 'carryCash')).toContain('符合你的情况');
    for (const title of ['Wise 汇到微信', '西联汇款（Western Union）', 'PayPal 个人转账', '加密货币'])
      expect(text).toContain(title);
    expect(text).toContain('违法，别用');
    expect(fakeWx.reads).toEqual([]);
  });

  it('answers change the routes: a non-citizen loses Wise and is told why', async () => {
    const page = openPage('tools/money-home');
    await answer(page, 'mexicanCitizenWithIne', '不是 / 没有');
    expect(chosen(page, 'mexicanCitizenWithIne')).toEqual(['不是 / 没有']);
    expect(findAll(page, '.route-wise')).toHaveLength(0);
    expect(findAll(page, '.blocked-wiseNonCitizen')[0]?.dom?.textContent).toContain(
      '只有持 INE 选民证的墨西哥公民能用比索在 Wise 汇款',
    );
    expect(page.text()).toContain('还有 3 个问题没回答');
  });

  it('a Mexican citizen sending 60,000 yuan to Alipay sees Wise fit, split into transfers', async () => {
    const page = openPage('tools/money-home');
    await answer(page, 'mexicanCitizenWithIne', '是');
    await answer(page, 'usdAccount', '不是 / 没有');
    await answer(page, 'recipientChineseId', '是');
    await answer(page, 'recipientWallet', '是');
    await fire(findAll(page, '.amount')[0]!, 'input', { value: '60,000' });
    const wise = routeText(page, 'wise');
    expect(wise).toContain('符合你的情况');
    expect(wise).toContain('60,000 元到支付宝要分至少 2 笔。');
    expect(wise).toContain('收款人可以收到支付宝或银联卡上；到不了微信。');
    expect(page.text()).toContain('四个问题都回答了。');
    expect(findAll(page, '.blocked-usdAccount')).toHaveLength(0);
    expect(findAll(page, '.amount-hint')).toHaveLength(0);
  });

  it('junk in the amount gets a hint beneath it and the answers stay', async () => {
    const page = openPage('tools/money-home');
    await answer(page, 'recipientChineseId', '是');
    await fire(findAll(page, '.amount')[0]!, 'input', { value: '两万' });
    expect(findAll(page, '.amount-hint')[0]?.dom?.textContent).toContain('先按没填处理');
    expect(chosen(page, 'recipientChineseId')).toEqual(['是']);
    expect(page.text()).not.toContain('NaN');
    await fire(findByText(page, '.clear-answers', '清空重答'));
    expect(chosen(page, 'recipientChineseId')).toEqual(['不确定']);
    expect(findAll(page, '.amount-hint')).toHaveLength(0);
  });

  it('copies a source’s address on a tap', async () => {
    const page = openPage('tools/money-home');
    const wise = findAll(page, '.route-wise')[0]!;
    const link = findAll(page, '.source-link').find((node) => wise.dom?.contains(node.dom ?? null))!;
    await fire(link);
    expect(fakeWx.clipboard).toEqual(['https://wise.com/help/articles/2932354/guide-to-mxn-transfers']);
  });

  it('shares the page itself', () => {
    const page = openPage('tools/money-home');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: '从墨西哥把钱汇回国内：哪些路走得通，要准备什么',
      path: '/pages/tools/money-home/index',
    });
  });
});
