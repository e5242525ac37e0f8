import { contentStore } from '../../content-check/store';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, fire, openPage } from '../helpers/page';

describe('sources page', () => {
  const topicOf = (page: ReturnType<typeof openPage>, index: number) => findAll(page, '.topic')[index]!;

  it('shows the topics closed, with counts that add up to every source', () => {
    const page = openPage('sources');
    const topics = findAll(page, '.topic');
    expect(topics.length).toBeGreaterThanOrEqual(8);
    const counts = topics.map((node) => Number(/(\d+) 条/.exec(node.dom!.textContent!)![1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(contentStore.sources.length);
    expect(findAll(page, '.source')).toHaveLength(0);
    expect(page.text()).toContain(`共 ${contentStore.sources.length} 条`);
    expect(topics.every((node) => node.dom!.textContent!.includes('▸'))).toBe(true);
  });

  it('opens one topic at a time and closes it on a second tap', async () => {
    const page = openPage('sources');
    await fire(topicOf(page, 0));
    const first = findAll(page, '.source').length;
    expect(first).toBeGreaterThan(0);
    expect(page.text()).toContain('手机');
    await fire(topicOf(page, 1));
    const second = findAll(page, '.source').length;
    expect(second).toBeGreaterThan(0);
    expect(findAll(page, '.topic').map((node) => node.dom!.textContent!.includes('▾'))).toEqual(
      findAll(page, '.topic').map((_, index) => index === 1),
    );
    await fire(topicOf(page, 1));
    expect(findAll(page, '.source')).toHaveLength(0);
  });

  it('lists every source with its publisher and date once its topic is open', async () => {
    const page = openPage('sources');
    const shown = new Set<string>();
    for (let index = 0; index < findAll(page, '.topic').length; index += 1) {
      await fire(topicOf(page, index));
      const text = page.text();
      for (const source of contentStore.sources) {
        if (text.includes(source.url)) {
          expect(text).toContain(source.title ?? `无标题页面：${source.description}`);
          expect(text).toContain(source.publisher);
          shown.add(source.id);
        }
      }
      expect(text).toMatch(/发布于\d{4}年|未注明日期/);
    }
    expect(shown.size).toBe(contentStore.sources.length);
  });

  it('filters by what a source says, opens every topic with a match and says how many it found', async () => {
    const page = openPage('sources');
    await fire(findAll(page, '.search')[0]!, 'input', { value: '10086' });
    const matching = contentStore.sources.filter((source) =>
      [source.title, source.publisher, source.note, source.url, source.description]
        .join(' ')
        .includes('10086'),
    );
    expect(matching.length).toBeGreaterThan(0);
    expect(findAll(page, '.source')).toHaveLength(matching.length);
    expect(page.text()).toContain(`找到 ${matching.length} 条含“10086”的来源`);
    await fire(findAll(page, '.search')[0]!, 'input', { value: '没有这种来源zzz' });
    expect(findAll(page, '.source')).toHaveLength(0);
    expect(findAll(page, '.topic')).toHaveLength(0);
    expect(page.text()).toContain('没有找到含“没有这种来源zzz”的来源，换个词试试。');
    await fire(findAll(page, '.search')[0]!, 'input', { value: '' });
    expect(findAll(page, '.topic').length).toBeGreaterThanOrEqual(8);
    expect(findAll(page, '.source')).toHaveLength(0);
  });

  it('says so when the clipboard refuses', async () => {
    const page = openPage('sources');
    await fire(topicOf(page, 0));
    const refuse = jest.spyOn(wx, 'setClipboardData').mockImplementation((options) => {
      options.fail?.({ errMsg: 'setClipboardData:fail' });
      return undefined as never;
    });
    await fire(findAll(page, '.source')[0]!);
    expect(refuse).toHaveBeenCalledTimes(1);
    expect(fakeWx.toasts).toEqual(['没能复制，请稍后再试']);
    refuse.mockRestore();
  });

  it('copies the address on tap and opens nothing', async () => {
    const page = openPage('sources');
    await fire(topicOf(page, 0));
    const card = findAll(page, '.source')[1]!;
    const source = contentStore.sources.find((candidate) => card.dom!.textContent!.includes(candidate.url))!;
    await fire(card);
    expect(fakeWx.clipboard).toEqual([source.url]);
    expect(fakeWx.navigations).toEqual([]);
  });

  it('shares to chats and Moments', () => {
    const page = openPage('sources');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: expect.any(String),
      path: '/pages/sources/index',
    });
    expect(page.instance.onShareTimeline!()).toEqual({ title: expect.any(String), query: '' });
  });
});
