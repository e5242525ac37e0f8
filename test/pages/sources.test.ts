import { contentStore } from '../../content-check/store';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, fire, openPage } from '../helpers/page';

describe('sources page', () => {
  it('lists every source with its publisher, date and confidence', () => {
    const page = openPage('sources');
    const text = page.text();
    for (const source of contentStore.sources) {
      expect(text).toContain(source.title ?? `无标题页面：${source.description}`);
      expect(text).toContain(source.publisher);
    }
    expect(text).toContain('可信度高');
    expect(text).toContain('可信度低，请自行核实');
    expect(text).toContain('未注明日期');
    expect(text).toMatch(/发布于\d{4}年/);
    expect(findAll(page, '.source')).toHaveLength(contentStore.sources.length);
  });

  it('says so when the clipboard refuses', async () => {
    const page = openPage('sources');
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
    const card = findAll(page, '.source')[1]!;
    const source = contentStore.sources.find((candidate) =>
      card.dom!.textContent!.includes(candidate.title ?? candidate.description ?? ''),
    )!;
    await fire(card);
    expect(fakeWx.clipboard).toEqual([source.url]);
    expect(fakeWx.navigations).toEqual([]);
  });

  it('groups the sources by confidence, strongest first', () => {
    const page = openPage('sources');
    const headings = findAll(page, '.group__title').map((node) => node.dom!.textContent!.replace(/\s+/g, ''));
    const count = (confidence: string) =>
      contentStore.sources.filter((source) => source.confidence === confidence).length;
    expect(headings).toEqual([
      `可信度高${count('H')}条`,
      `可信度中${count('M')}条`,
      `可信度低，请自行核实${count('L')}条`,
    ]);
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
