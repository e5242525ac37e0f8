/**
 * Moments (朋友圈) opens a shared page in single-page mode, scene 1154: the page must render fully on its own,
 * say that ticks made here are not kept and how to reach the full Mini Program, and never try to navigate.
 */
import { contentStore } from '../../content-check/store';
import { targetQuery, type EntryTarget } from '../../miniprogram/services/entry-link';
import { SINGLE_PAGE_TOAST } from '../../miniprogram/services/navigation';
import { expectShows, landingOf, queryOf, SINGLE_PAGE_NOTICE } from '../helpers/entry';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, tap } from '../helpers/page';

const shared: EntryTarget[] = [
  { page: 'home' },
  { page: 'guide', section: 'line-register' },
  { page: 'checklist', group: 'on-arrival' },
  { page: 'sources' },
  { page: 'situation' },
  { page: 'payments' },
  { page: 'emergency' },
];

describe('Moments single-page mode (scene 1154)', () => {
  it.each(shared.map((target) => [target.page, target]))(
    '%s renders fully on its own with the notice',
    (_page, target) => {
      const query = queryOf(targetQuery(target));
      fakeWx.enterScene(1154, { query });
      const page = openPage(target.page, query);
      expectShows(page, landingOf(target));
      expect(page.text()).toContain(SINGLE_PAGE_NOTICE);
      expect(page.text()).toContain('「前往小程序」');
      expect(fakeWx.navigations).toEqual([]);
      expect(fakeWx.toasts).toEqual([]);
    },
  );

  it('says that ticks made here are not kept, and ticking still works on the page', async () => {
    fakeWx.enterScene(1154);
    const page = openPage('checklist');
    expect(page.text()).toContain('做的勾选不会保存到小程序里');
    const first = contentStore.checklistItems[0]!;
    await fire(findByText(page, '.item-check', first.title), 'change', true);
    expect(page.text()).toContain(`已完成 1 / ${contentStore.checklistItems.length} 项`);
  });

  it('never navigates away: taps that would leave become a toast', async () => {
    fakeWx.enterScene(1154);
    const home = openPage('home');
    await fire(findByText(home, '.section-link', contentStore.sections[1]!.title), 'click');
    await tap(home, '.checklist-entry');

    const guide = openPage('guide', { section: 'paying-in-mexico' });
    await fire(findAll(guide, '.pager-next')[0]!, 'click');
    // Moving between sections stays on the page, so it still works.
    expect(guide.instance.data.sectionId).not.toBe('paying-in-mexico');

    const checklist = openPage('checklist');
    await fire(findAll(checklist, '.item-toggle')[0]!);
    await fire(findAll(checklist, '.item-more')[0]!);

    expect(fakeWx.navigations).toEqual([]);
    expect(fakeWx.toasts).toEqual([SINGLE_PAGE_TOAST, SINGLE_PAGE_TOAST, SINGLE_PAGE_TOAST]);
  });

  it('does not redirect a code-style link it cannot follow', () => {
    fakeWx.enterScene(1154);
    const page = openPage('home', { scene: 'g.pay' });
    expectShows(page, { page: 'home' });
    expect(page.text()).toContain(SINGLE_PAGE_NOTICE);
    expect(fakeWx.navigations).toEqual([]);
    expect(fakeWx.toasts).toEqual([SINGLE_PAGE_TOAST]);
  });

  it('lands a broken Moments query on the page itself with a toast', () => {
    fakeWx.enterScene(1154);
    const page = openPage('guide', { section: '%E4%B8' });
    expectShows(page, { page: 'guide' });
    expect(fakeWx.toasts).toEqual(['链接无法识别，先看第一节']);
    expect(fakeWx.navigations).toEqual([]);
  });

  it('shares the same page from there', () => {
    fakeWx.enterScene(1154);
    const page = openPage('guide', { section: 'line-register' });
    expect(page.instance.onShareAppMessage!()).toMatchObject({
      path: '/pages/guide/index?section=line-register',
    });
    expect(page.instance.onShareTimeline!()).toMatchObject({ query: 'section=line-register' });
  });

  describe('each tool says what it cannot do there', () => {
    const tools: [EntryTarget, string][] = [
      [{ page: 'pay', tab: 'atm' }, '你填的汇率只留在这个预览里'],
      [{ page: 'register', line: 'mx-8' }, '打不开指南和清单'],
      [{ page: 'money-home' }, '打不开指南和清单'],
      [{ page: 'emergency-card' }, '这里不能生成或保存图片'],
      [{ page: 'cashier', card: 'the-bill' }, '打不开别的页面'],
    ];

    it.each(tools.map(([target, limit]) => [target.page, target, limit] as const))(
      '%s opens what was shared, with its own line in the notice',
      (_page, target, limit) => {
        const query = queryOf(targetQuery(target));
        fakeWx.enterScene(1154, { query });
        const page = openPage(target.page, query);
        expectShows(page, landingOf(target));
        const notice = findAll(page, '.single-page-notice')[0]?.dom?.textContent ?? page.text();
        expect(page.text()).toContain(SINGLE_PAGE_NOTICE);
        expect(notice).toContain(limit);
        expect(page.text()).toContain('「前往小程序」');
        expect(page.text()).not.toContain('做的勾选不会保存');
        expect(fakeWx.navigations).toEqual([]);
        expect(fakeWx.toasts).toEqual([]);
      },
    );

    it('shows no such line outside Moments', () => {
      for (const [target, limit] of tools) {
        fakeWx.reset();
        const page = openPage(target.page, queryOf(targetQuery(target)));
        expect(page.text()).not.toContain(SINGLE_PAGE_NOTICE);
        expect(page.text()).not.toContain(limit);
      }
    });

    it('shares the tool with its state from there too', () => {
      fakeWx.enterScene(1154, { query: { tab: 'tip' } });
      const page = openPage('pay', { tab: 'tip' });
      expect(page.instance.onShareTimeline!()).toMatchObject({ query: 'tab=tip' });
    });
  });

  it('is recognised by older base libraries through the launch options', () => {
    fakeWx.setEnterApis('launch-only');
    fakeWx.enterScene(1154);
    expect(openPage('sources').text()).toContain(SINGLE_PAGE_NOTICE);
  });

  it('is recognised by the browse-only API category', () => {
    fakeWx.enterScene(1155, { apiCategory: 'browseOnly' });
    expect(openPage('home').text()).toContain(SINGLE_PAGE_NOTICE);
  });

  it('is not assumed when the base library tells nothing or fails', () => {
    for (const apis of ['none', 'throwing'] as const) {
      fakeWx.reset();
      fakeWx.setEnterApis(apis);
      const page = openPage('home', { scene: 'c' });
      expect(page.text()).not.toContain(SINGLE_PAGE_NOTICE);
      expect(fakeWx.redirects).toEqual(['/pages/checklist/index']);
    }
  });
});
