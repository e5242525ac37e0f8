import { contentStore } from '../../content-check/store';
import { PROGRESS_KEY } from '../../miniprogram/services/checklist-progress';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, tap } from '../helpers/page';

describe('home page', () => {
  it('shows the short answer first, then every guide section', () => {
    const page = openPage('home');
    const text = page.text();
    expect(text.startsWith(contentStore.shortAnswer.title)).toBe(true);
    for (const sentence of contentStore.shortAnswer.sentences) expect(text).toContain(sentence);
    for (const section of contentStore.sections) expect(text).toContain(section.title);
    expect(text).toContain('付款准备清单');
    expect(text).toContain(`共 ${contentStore.checklistItems.length} 项，还没开始`);
  });

  it('shows stored checklist progress', () => {
    const [first, second] = contentStore.checklistItems;
    fakeWx.storage.set(PROGRESS_KEY, { version: 1, ticked: { [first!.id]: 1, [second!.id]: 2 } });
    const page = openPage('home');
    expect(page.text()).toContain(`已完成 2 / ${contentStore.checklistItems.length} 项`);
  });

  it('opens a guide section on tap', async () => {
    const page = openPage('home');
    expect(findAll(page, '.section-link')).toHaveLength(contentStore.sections.length);
    const target = contentStore.sections[2]!;
    await fire(findByText(page, '.section-link', target.title), 'click');
    expect(fakeWx.navigations).toEqual([`/pages/guide/index?section=${target.id}`]);
  });

  it('opens the checklist from its card', async () => {
    const page = openPage('home');
    await tap(page, '.checklist-entry');
    expect(fakeWx.navigations).toEqual(['/pages/checklist/index']);
  });

  it('shares itself to chats and Moments', () => {
    const page = openPage('home');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: expect.stringContaining('墨西哥'),
      path: '/pages/home/index',
    });
    expect(page.instance.onShareTimeline!()).toEqual({ title: expect.stringContaining('墨西哥'), query: '' });
  });
});
