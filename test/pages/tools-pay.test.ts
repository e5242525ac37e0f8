import { PAY_TAB_KEYS } from '../../miniprogram/services/entry-keys';
import { PAY_TABS } from '../../miniprogram/pages/tools/pay/pay-view';
import { OWN_RATE_KEY } from '../../miniprogram/pages/tools/services/own-rate';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, fire, openPage, tap, type LoadedPage } from '../helpers/page';

jest.setTimeout(30_000);

const PAGE = 'tools/pay';

async function type(page: LoadedPage, selector: string, value: string): Promise<void> {
  const field = findAll(page, selector)[0];
  if (!field) throw new Error(`No field ${selector}`);
  await fire(field, 'input', { value });
}

const textOf = (page: LoadedPage, selector: string): string =>
  findAll(page, selector)
    .map((node) => node.dom?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const today = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

describe('付款时刻 page', () => {
  it('opens on the conversion prompt for a card terminal: pesos, and what each choice means', async () => {
    const page = openPage(PAGE);
    expect(textOf(page, '.dcc-advice')).toBe('选 MXN（比索），或对店员说「Sin conversión, por favor」。');
    expect(page.text()).toContain('MXN / Pesos mexicanos');
    expect(page.text()).toContain('语言辅助');
    expect(textOf(page, '.phrase-press')).toContain('按这个');
    expect(textOf(page, '.phrase-avoid')).toContain('别按');
    await tap(page, '.screen-atm');
    expect(textOf(page, '.dcc-advice')).toContain('Sin conversión');
    expect(page.text()).toContain('Rechazar conversión');
    expect(findAll(page, '.screen-atm')[0]!.dom?.className).toContain('segment--active');
    expect(findAll(page, '.screen-terminal')[0]!.dom?.className).not.toContain('segment--active');
  });

  it('compares the two amounts on the screen with the person’s rate, in yuan and %', async () => {
    fakeWx.storage.set(OWN_RATE_KEY, {
      version: 1,
      direction: 'mxn-per-cny',
      value: 2.5,
      enteredOn: today(),
    });
    const page = openPage(PAGE);
    expect(page.text()).toContain('你的汇率：1 人民币 = 2.5 比索');
    await type(page, '.dcc-pesos', '1,000');
    expect(findAll(page, '.dcc-result')).toHaveLength(0);
    await type(page, '.dcc-shown', '420');
    // 1,000 pesos at 2.5 pesos a yuan is 400 yuan; the screen asks 420: 20 yuan, 5% more.
    expect(textOf(page, '.dcc-result')).toBe('用人民币付要多 20 元，贵 5%。');
  });

  it('without a rate says what the screen’s rate is and asks for one, inventing none', async () => {
    const page = openPage(PAGE);
    await type(page, '.dcc-pesos', '1000');
    await type(page, '.dcc-shown', '420');
    expect(textOf(page, '.dcc-result')).toContain('屏幕上的汇率相当于 1 人民币 = 2.38 比索');
    expect(textOf(page, '.dcc-result')).toContain('填上你银行 App 里今天');
    expect(page.text()).toContain('还没填你的汇率');
  });

  it('shows a hint beneath a field holding something that is not an amount, and keeps the rest', async () => {
    const page = openPage(PAGE);
    await type(page, '.dcc-pesos', 'abc');
    expect(page.text()).toContain('只能输入数字，例如 1,234.50。');
    expect(page.text()).not.toMatch(/NaN|undefined/);
    await type(page, '.dcc-pesos', '-5');
    expect(page.text()).toContain('不能是负数。');
    await type(page, '.dcc-pesos', '１２００');
    expect(page.text()).not.toContain('不能是负数。');
  });

  it('works out a withdrawal’s real cost, one large against several small, and warns at the SAFE limit', async () => {
    fakeWx.storage.set(OWN_RATE_KEY, {
      version: 1,
      direction: 'mxn-per-cny',
      value: 2.5,
      enteredOn: today(),
    });
    const page = openPage(PAGE);
    await tap(page, '.tab-atm');
    await type(page, '.atm-pesos', '3000');
    await type(page, '.atm-fee', '50');
    await type(page, '.card-fixed', '15');
    await type(page, '.card-percent', '1');
    // ATM 50 + 1% of 3,050 (30.50) = 80.50 pesos, plus 15 yuan (37.50 pesos) = 118 pesos = 47.20 yuan, 3.9%.
    expect(textOf(page, '.atm-cost')).toBe('手续费一共约 118 比索（约 47.20 元人民币），占取出现金的 3.9%。');
    // Three withdrawals pay the 50-peso ATM fee and the 15-yuan card fee three times: 2 × (50 + 0.5 + 37.5) = 176.
    expect(textOf(page, '.atm-split')).toContain('分 3 次取，比一次取多花 176 比索（约 70.40 元人民币）');
    expect(textOf(page, '.safe')).toContain('在每卡每天 10,000 元的上限以内');
    await type(page, '.day-before', '22000');
    // 25,000 pesos = 10,000 yuan: at the limit.
    expect(findAll(page, '.safe--near')).toHaveLength(1);
    await type(page, '.day-before', '30000');
    expect(findAll(page, '.safe--over')).toHaveLength(1);
    expect(textOf(page, '.safe')).toContain('超过了每卡每天 10,000 元的上限');
  });

  it('gives 10% and 15% tips and the person’s own, and says a tip cannot be added without consent', async () => {
    const page = openPage(PAGE);
    await tap(page, '.tab-tip');
    await type(page, '.tip-bill', '847');
    expect(findAll(page, '.tip-option').map((node) => node.dom?.textContent?.trim())).toEqual([
      '10%：小费 85 比索，合计 932 比索',
      '15%：小费 127 比索，合计 974 比索',
    ]);
    await type(page, '.tip-own', '12');
    expect(textOf(page, '.tip-option--own')).toBe('12%：小费 102 比索，合计 949 比索');
    expect(page.text()).toContain('Propina incluida');
    expect(page.text()).toContain('Propina sugerida');
    expect(page.text()).toContain('没经你同意，店家不能把小费加进账单');
    await type(page, '.tip-own', '250');
    expect(page.text()).toContain('最多 100');
  });

  it('keeps the person’s own rate on the phone with its day, refuses an implausible one, and deletes it', async () => {
    const page = openPage(PAGE);
    await tap(page, '.tab-rate');
    expect(page.text()).toContain('可以看取款机或刷卡机屏幕上的汇率，或者银行 App 里当天的汇率');
    await type(page, '.rate-input', '0.38');
    expect(textOf(page, '.rate-hint')).toContain('请检查小数点，或切换到「1 比索换多少人民币？」再填');
    await fire(findAll(page, '.save-rate')[0]!, 'click');
    expect(fakeWx.storage.has(OWN_RATE_KEY)).toBe(false);
    await tap(page, '.direction-cny-per-mxn');
    await type(page, '.rate-input', '0,38');
    await fire(findAll(page, '.save-rate')[0]!, 'click');
    expect(fakeWx.storage.get(OWN_RATE_KEY)).toEqual({
      version: 1,
      direction: 'cny-per-mxn',
      value: 0.38,
      enteredOn: today(),
    });
    expect(fakeWx.toasts).toEqual(['汇率已保存在这台手机上']);
    expect(page.text()).toContain('1 比索 = 0.38 人民币');
    expect(page.text()).toContain(`填于 ${today()}，今天填的。`);

    const again = openPage(PAGE);
    expect(again.text()).toContain('你的汇率：1 比索 = 0.38 人民币');
    await tap(again, '.tab-rate');
    await fire(findAll(again, '.clear-rate')[0]!, 'click');
    expect(fakeWx.storage.has(OWN_RATE_KEY)).toBe(false);
    expect(findAll(again, '.saved-rate')).toHaveLength(0);
    expect(fakeWx.toasts).toContain('已删除你填的汇率');
    await tap(again, '.tab-tip');
    expect(again.text()).toContain('还没填你的汇率');
  });

  it('labels an old rate as old, and reads a damaged stored rate as none', () => {
    fakeWx.storage.set(OWN_RATE_KEY, {
      version: 1,
      direction: 'mxn-per-cny',
      value: 2.6,
      enteredOn: '2026-01-05',
    });
    jest.useFakeTimers({
      now: new Date(2026, 0, 15, 12),
      doNotFake: ['setTimeout', 'setImmediate', 'nextTick'],
    });
    try {
      const page = openPage(PAGE);
      expect(page.text()).toContain('填于 2026-01-05，10 天前填的，建议换成今天的汇率。');
    } finally {
      jest.useRealTimers();
    }
    fakeWx.storage.set(OWN_RATE_KEY, {
      version: 1,
      direction: 'mxn-per-cny',
      value: 260,
      enteredOn: '2026-01-05',
    });
    const damaged = openPage(PAGE);
    expect(damaged.text()).toContain('还没填你的汇率');
    expect(damaged.text()).not.toMatch(/NaN|undefined/);
  });

  it('shares the page, with the tab that is open', async () => {
    const page = openPage(PAGE);
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: expect.stringContaining('选比索'),
      path: '/pages/tools/pay/index',
    });
    await tap(page, '.tab-atm');
    expect(page.instance.onShareAppMessage!()).toMatchObject({ path: '/pages/tools/pay/index?tab=atm' });
    expect(page.instance.onShareTimeline!()).toMatchObject({ query: 'tab=atm' });
  });

  it('opens a shared tab, and the first tab with a notice for an unknown one', () => {
    const shared = openPage(PAGE, { tab: 'tip' });
    expect(findAll(shared, '.tab-tip')[0]!.dom?.className).toContain('segment--active');
    expect(findAll(shared, '.tab-dcc')[0]!.dom?.className).not.toContain('segment--active');
    expect(fakeWx.toasts).toEqual([]);
    const broken = openPage(PAGE, { tab: 'casino' });
    expect(findAll(broken, '.tab-dcc')[0]!.dom?.className).toContain('segment--active');
    expect(fakeWx.toasts).toEqual(['没找到这一栏，已打开「付款时刻」']);
  });

  it('keeps the tabs and the link table in step', () => {
    expect([...PAY_TABS]).toEqual(Object.keys(PAY_TAB_KEYS));
  });
});
