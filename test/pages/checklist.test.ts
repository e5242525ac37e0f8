import { getChecklistByGroup } from '../../miniprogram/content/index';
import { contentStore } from '../../content-check/store';
import { PROGRESS_KEY } from '../../miniprogram/services/checklist-progress';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, type LoadedPage } from '../helpers/page';

const TOTAL = contentStore.checklistItems.length;

async function tick(page: LoadedPage, title: string, checked = true): Promise<void> {
  await fire(findByText(page, '.item-check', title), 'change', checked);
}

function storedIds(): string[] {
  const stored = fakeWx.storage.get(PROGRESS_KEY) as { ticked: Record<string, number> } | undefined;
  return Object.keys(stored?.ticked ?? {}).sort();
}

describe('payment-options checklist page', () => {
  it('shows every item under its stage with why, sources and the progress figure', () => {
    const page = openPage('checklist');
    const text = page.text();
    for (const group of contentStore.checklistGroups) {
      expect(text).toContain(group.title);
      expect(text).toContain(group.intro);
      for (const item of contentStore.checklistItems.filter((entry) => entry.group === group.id)) {
        expect(text).toContain(item.title);
        expect(text).toContain(item.why);
      }
    }
    expect(text).toContain(`已完成 0 / ${TOTAL} 项`);
    expect(text).toContain('来源：');
    expect(findAll(page, '.item-check')).toHaveLength(TOTAL);
  });

  it('stores a tick, keeps it after a restart, and counts it', async () => {
    const [first, second] = contentStore.checklistItems;
    const page = openPage('checklist');
    await tick(page, first!.title);
    await tick(page, second!.title);
    expect(storedIds()).toEqual([first!.id, second!.id].sort());
    expect(page.text()).toContain(`已完成 2 / ${TOTAL} 项`);
    expect(page.instance.data.percent).toBe(Math.round((2 / TOTAL) * 100));

    const reopened = openPage('checklist');
    expect(reopened.text()).toContain(`已完成 2 / ${TOTAL} 项`);
    const box = findByText(reopened, '.item-check', first!.title);
    expect(box.dom?.querySelector('[class*="tick--on"]')).not.toBeNull();
  });

  it('unticks', async () => {
    const [first] = contentStore.checklistItems;
    const page = openPage('checklist');
    await tick(page, first!.title, true);
    await tick(page, first!.title, false);
    expect(storedIds()).toEqual([]);
    expect(page.text()).toContain(`已完成 0 / ${TOTAL} 项`);
  });

  it('sends one small path update per tick, not the whole list', async () => {
    const page = openPage('checklist');
    const sent: string[] = [];
    const original = page.instance.setData.bind(page.instance);
    page.instance.setData = (data: Record<string, unknown>) => {
      sent.push(JSON.stringify(data));
      original(data);
    };
    await tick(page, contentStore.checklistItems[3]!.title);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/"groups\[\d+\]\.items\[\d+\]\.done":true/);
    expect(sent[0]!.length).toBeLessThanOrEqual(256);
  });

  it('resets only after confirmation', async () => {
    const [first] = contentStore.checklistItems;
    const page = openPage('checklist');
    await tick(page, first!.title);

    fakeWx.confirmNext(false);
    await fire(findAll(page, '.reset-button')[0]!, 'click');
    expect(fakeWx.modals).toHaveLength(1);
    expect(storedIds()).toEqual([first!.id]);

    fakeWx.confirmNext(true);
    await fire(findAll(page, '.reset-button')[0]!, 'click');
    expect(storedIds()).toEqual([]);
    expect(page.text()).toContain(`已完成 0 / ${TOTAL} 项`);
    expect(openPage('checklist').text()).toContain(`已完成 0 / ${TOTAL} 项`);
  });

  it('shows how to do an item on demand and links to its guide section', async () => {
    const item = contentStore.checklistItems[0]!;
    const page = openPage('checklist');
    expect(page.text()).not.toContain(item.how[0]!);
    await fire(findAll(page, '.item-toggle')[0]!);
    for (const step of item.how) expect(page.text()).toContain(step);
    await fire(findAll(page, '.item-more')[0]!);
    expect(fakeWx.navigations).toEqual([`/pages/guide/index?section=${item.section}`]);
  });

  it('tells a screen reader each tick is a checkbox with its state, and each 怎么做 whether it is open', async () => {
    const [first] = contentStore.checklistItems;
    const page = openPage('checklist');
    // the checkbox role sits on a native view around vant's checkbox (vant would drop it)
    const box = () => findByText(page, '.item__check-wrap', first!.title).dom!;
    expect(findAll(page, '.item__check-wrap')).toHaveLength(TOTAL);
    expect(box().getAttribute('aria-role')).toBe('checkbox');
    expect(box().getAttribute('aria-checked')).toBe('false');
    await tick(page, first!.title);
    expect(box().getAttribute('aria-checked')).toBe('true');
    // the drawn tick is decoration: the state is in aria-checked
    expect(box().querySelector('[class*="tick"]')!.getAttribute('aria-hidden')).toBe('true');

    const toggle = () => findAll(page, '.item-toggle')[0]!.dom!;
    expect(toggle().getAttribute('aria-role')).toBe('button');
    expect(toggle().getAttribute('aria-label')).toBe(`怎么做：${first!.title}`);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    await fire(findAll(page, '.item-toggle')[0]!);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(toggle().getAttribute('aria-label')).toBe(`收起：${first!.title}`);
    expect(toggle().querySelector('[class*="chevron"]')!.getAttribute('aria-hidden')).toBe('true');

    const headings = findAll(page, '.group__title').map((node) => node.dom!);
    expect(
      headings.map((heading) => [heading.getAttribute('aria-role'), heading.getAttribute('aria-level')]),
    ).toEqual(getChecklistByGroup().map(() => ['heading', '2']));
  });

  it('opens at a stage from a link, and falls back to the whole list for an unknown one', () => {
    const page = openPage('checklist', { group: 'when-paying' });
    expect(page.instance.data.focusGroup).toBe('when-paying');
    expect(fakeWx.toasts).toEqual([]);
    const fallback = openPage('checklist', { group: 'nonsense' });
    expect(fallback.instance.data.focusGroup).toBe('');
    expect(fallback.text()).toContain(contentStore.checklistItems[0]!.title);
    expect(fakeWx.toasts).toEqual(['没找到这一组，已打开完整清单']);
  });

  it('shares the checklist with the progress in words', async () => {
    const page = openPage('checklist');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: `墨西哥付款准备清单：共 ${TOTAL} 项，出发前照着核对`,
      path: '/pages/checklist/index',
    });
    await tick(page, contentStore.checklistItems[0]!.title);
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: `我的墨西哥付款准备清单：刚起步，已完成 1 项，还差 ${TOTAL - 1} 项`,
      path: '/pages/checklist/index',
    });
    expect(page.instance.onShareTimeline!()).toEqual({
      title: `我的墨西哥付款准备清单：刚起步，已完成 1 项，还差 ${TOTAL - 1} 项`,
      query: '',
    });
    for (const item of contentStore.checklistItems.slice(1)) await tick(page, item.title);
    expect((page.instance.onShareAppMessage!() as { title: string }).title).toBe(
      `我的墨西哥付款准备清单：${TOTAL} 项全部准备好了`,
    );
  });

  it('shares the stage it was opened at', () => {
    const page = openPage('checklist', { group: 'on-arrival' });
    expect(page.instance.onShareAppMessage!()).toMatchObject({
      path: '/pages/checklist/index?group=on-arrival',
    });
    expect(page.instance.onShareTimeline!()).toMatchObject({ query: 'group=on-arrival' });
  });
});
