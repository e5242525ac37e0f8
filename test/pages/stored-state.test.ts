/**
 * Every screen stays true to what is stored: the seven ways issue 11 found to lose or misshow ticks and answers,
 * each driven through the pages as a person meets it (the page shell, behaviors/app-page.ts, holds them).
 */
import { contentStore } from '../../content-check/store';
import { PROGRESS_KEY } from '../../miniprogram/services/checklist-progress';
import { ANSWERS_KEY } from '../../miniprogram/pages/situation/answers';
import { tickItem } from '../helpers/checklist';
import { fakeWx } from '../helpers/fake-wx';
import { findByText, fire, openAnotherPage, openPage, reopenPage, type LoadedPage } from '../helpers/page';

jest.setTimeout(30_000); // cold WXML compiles on a busy machine; nothing here is timed

const ITEMS = contentStore.checklistItems;
const TOTAL = ITEMS.length;
const [A, B, C] = ['keep-chinese-sim', 'check-esim-support', 'carry-pesos'] as const;
const QUESTION = contentStore.situation.questions[0]!;
const OPTION = QUESTION.options[0]!;

/** Ids the page shows ticked (its data: the template draws the tick from `done`). */
function tickedOnPage(page: LoadedPage): string[] {
  const groups = page.instance.data.groups as { items: { id: string; done: boolean }[] }[];
  return groups
    .flatMap((group) => group.items)
    .filter((item) => item.done)
    .map((item) => item.id)
    .sort();
}

function storedTicks(): string[] {
  const value = fakeWx.storage.get(PROGRESS_KEY) as { ticked?: Record<string, number> } | undefined;
  return Object.keys(value?.ticked ?? {}).sort();
}

function storeTicks(...ids: string[]): void {
  fakeWx.storage.set(PROGRESS_KEY, {
    version: 1,
    ticked: Object.fromEntries(ids.map((id, index) => [id, 1764061200000 + index])),
  });
}

/**
 * Loads app.ts with a stand-in `App()` and returns what it registered (onHide, onPageNotFound), in the same
 * module registry as the pages opened so far (the same run of the app).
 */
function loadApp(): Record<string, (...args: unknown[]) => unknown> {
  let options: Record<string, (...args: unknown[]) => unknown> = {};
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.App = (given: typeof options) => {
    options = given;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../miniprogram/app');
  delete globals.App;
  return options;
}

describe('1. a page that comes back shows what is stored', () => {
  it('checklist → a second checklist (untick, tick, clear) → back: the first shows the truth', async () => {
    const first = openPage('checklist');
    await tickItem(first, A);
    await tickItem(first, B);
    expect(tickedOnPage(first)).toEqual([A, B].sort());

    const second = reopenPage(first, { group: ITEMS.find((item) => item.id === A)!.group });
    expect(tickedOnPage(second)).toEqual([A, B].sort());
    await tickItem(second, A, false);
    await tickItem(second, C);
    first.instance.onShow!();
    expect(tickedOnPage(first)).toEqual([B, C].sort());
    expect(first.text()).toContain(`已完成 2 / ${TOTAL} 项`);

    second.instance.onReset!();
    first.instance.onShow!();
    expect(tickedOnPage(first)).toEqual([]);
    expect(first.text()).toContain(`已完成 0 / ${TOTAL} 项`);
    expect(storedTicks()).toEqual([]);
  });

  it('home shows the progress a checklist opened from it changed, when it comes back', async () => {
    const home = openPage('home');
    expect(home.text()).toContain(`共 ${TOTAL} 项，还没开始`);
    const checklist = openAnotherPage('checklist');
    await tickItem(checklist, A);
    home.instance.onShow!();
    expect(home.text()).toContain(`已完成 1 / ${TOTAL} 项`);
  });
});

describe('2. a read that failed once is tried again', () => {
  it('home, the checklist, its share title and 我的情况 show what is stored after one failed read at start', () => {
    storeTicks(A, B, C);
    fakeWx.storage.set(ANSWERS_KEY, { version: 1, answers: { [QUESTION.id]: OPTION.id } });
    fakeWx.failReadsOnce(1);
    const home = openPage('home');
    expect(home.text()).toContain(`已完成 3 / ${TOTAL} 项`);

    const checklist = openAnotherPage('checklist');
    expect(tickedOnPage(checklist)).toEqual([A, B, C].sort());
    expect(fakeWx.toasts).toEqual([]);
    expect((checklist.instance.onShareAppMessage!() as { title: string }).title).toContain('已完成 3 项');

    fakeWx.failReadsOnce(1);
    const situation = openAnotherPage('situation');
    const questions = situation.instance.data.questions as { id: string; answer: string }[];
    expect(questions.find((question) => question.id === QUESTION.id)?.answer).toBe(OPTION.id);
  });

  it('while reads keep failing the page says so inline, with no toast, and shows the ticks once they can be read', async () => {
    storeTicks(A);
    fakeWx.failReads();
    const page = openPage('checklist');
    expect(fakeWx.toasts).toEqual([]);
    expect(page.text()).toContain('暂时读不到之前保存的勾选进度');
    await tickItem(page, B);
    expect(storedTicks()).toEqual([A]); // never overwritten blind
    fakeWx.recoverReads();
    page.instance.onShow!();
    expect(tickedOnPage(page)).toEqual([A, B].sort());
    expect(storedTicks()).toEqual([A, B].sort());
    expect(page.text()).not.toContain('暂时读不到');
  });
});

describe('3. unsaved changes are retried by the app itself', () => {
  it('ticks made while writes fail are saved when the page hides, with no further change', async () => {
    const page = openPage('checklist');
    fakeWx.failWrites();
    await tickItem(page, A);
    expect(storedTicks()).toEqual([]);
    fakeWx.recoverWrites();
    page.instance.onHide!();
    expect(storedTicks()).toEqual([A]);
    expect(page.text()).not.toContain('没能存进手机');
  });

  it('when the app goes to the background', async () => {
    const page = openPage('checklist');
    fakeWx.failWrites();
    await tickItem(page, A);
    fakeWx.recoverWrites();
    loadApp().onHide!();
    expect(storedTicks()).toEqual([A]);
  });

  it('on the next page open', async () => {
    const page = openPage('checklist');
    fakeWx.failWrites();
    await tickItem(page, A);
    fakeWx.recoverWrites();
    openAnotherPage('home');
    expect(storedTicks()).toEqual([A]);
  });

  it('a reset made while writes fail is not undone: it is written when the page unloads', async () => {
    storeTicks(A, B);
    const page = openPage('checklist');
    fakeWx.failWrites();
    page.instance.onReset!();
    expect(storedTicks()).toEqual([A, B].sort());
    fakeWx.recoverWrites();
    page.instance.onUnload!();
    expect(storedTicks()).toEqual([]);
    expect(tickedOnPage(openPage('checklist'))).toEqual([]);
  });

  it('我的情况: an answer made while writes fail is saved when the page hides; the notice promises nothing it cannot do', async () => {
    const page = openPage('situation');
    fakeWx.setQuota(10);
    await fire(findByText(page, `.option-${QUESTION.id}`, OPTION.label), 'tap');
    const notice = page.text();
    expect(notice).toContain('手机存储空间满了');
    expect(notice).toContain('请清理');
    expect(notice).not.toContain('下次修改');
    expect(fakeWx.storage.has(ANSWERS_KEY)).toBe(false);
    fakeWx.setQuota(undefined);
    page.instance.onHide!();
    expect(fakeWx.storage.get(ANSWERS_KEY)).toEqual({ version: 1, answers: { [QUESTION.id]: OPTION.id } });
    expect(page.text()).not.toContain('手机存储空间满了');
  });
});

describe('4. 清空我的答案 clears every answer', () => {
  it('answers kept aside for options a content update removed are cleared too, and never come back', async () => {
    fakeWx.storage.set(ANSWERS_KEY, {
      version: 1,
      answers: { [QUESTION.id]: OPTION.id, 'retired-question': 'old-option' },
    });
    const page = openPage('situation');
    await fire(findByText(page, '.clear-answers', '清空我的答案'), 'click');
    expect(fakeWx.storage.has(ANSWERS_KEY)).toBe(false);
  });
});

describe('5. a tick made while the clock is wrong is read back', () => {
  it.each([
    ['reads 1970', 0],
    ['reads before 1970', -86_400_000],
    ['is not a number', Number.NaN],
    ['is not even a number type', '2026-12-02'],
  ])(
    'the clock %s: the tick survives a restart, with nothing said about unreadable ticks',
    async (_, now) => {
      fakeWx.setClock(now);
      await tickItem(openPage('checklist'), A);
      fakeWx.toasts.length = 0;
      const restarted = openPage('checklist');
      expect(tickedOnPage(restarted)).toEqual([A]);
      expect(fakeWx.toasts).toEqual([]);
      expect(restarted.text()).not.toContain('读不出');
    },
  );
});

describe('6. over the decoder’s cap, ticks of current items win', () => {
  it('a damaged value with 600 unknown ids first keeps the real ticks', () => {
    const ticked: Record<string, number> = {};
    for (let index = 0; index < 600; index += 1) ticked[`junk-${index}`] = 1764061200000;
    ticked[A] = 1764061200000;
    ticked[B] = 1764061200000;
    fakeWx.storage.set(PROGRESS_KEY, { version: 1, ticked });
    expect(tickedOnPage(openPage('checklist'))).toEqual([A, B].sort());
    expect(tickedOnPage(openPage('checklist'))).toEqual([A, B].sort()); // and at every start
  });
});

describe('7. one toast per page open at most', () => {
  it('a bad link and damaged storage: one toast, the other said on the page', () => {
    fakeWx.storage.set(PROGRESS_KEY, { version: 1, ticked: { [A]: 1764061200000, [B]: 'junk' } });
    const page = openPage('checklist', { group: 'no-such-stage' });
    expect(fakeWx.toasts).toHaveLength(1);
    const [toast] = fakeWx.toasts;
    const other = toast!.includes('没找到这一组') ? '部分勾选进度读不出' : '没找到这一组';
    expect(page.text()).toContain(other);
  });

  it('a page a link replaces loads nothing, renders nothing and says nothing', () => {
    storeTicks(A);
    const page = openPage('home', { scene: 'c' });
    expect(fakeWx.redirects).toEqual(['/pages/checklist/index']);
    expect(fakeWx.reads).toEqual([]);
    expect(fakeWx.toasts).toEqual([]);
    expect(page.instance.data.progressLabel).toBe('');
    expect(page.instance.data.guideParts).toEqual([]);
  });
});

describe('old page paths', () => {
  const app = loadApp();
  const oldPaths: [string, Record<string, string>, string][] = [
    ['pages/home/index', {}, '/pages/home/index'],
    [
      'pages/guide/index',
      { section: contentStore.sections[1]!.id },
      `/pages/guide/index?section=${contentStore.sections[1]!.id}`,
    ],
    [
      'pages/checklist/index',
      { group: contentStore.checklistGroups[0]!.id },
      `/pages/checklist/index?group=${contentStore.checklistGroups[0]!.id}`,
    ],
    ['pages/sources/index', {}, '/pages/sources/index'],
    ['pages/situation/index', {}, '/pages/situation/index'],
    ['pages/payments/index', {}, '/pages/payments/index'],
    ['pages/emergency/index', {}, '/pages/emergency/index'],
    [
      'pages/guide/old-name',
      { section: 'gone-section' },
      `/pages/guide/index?section=${contentStore.sections[0]!.id}`,
    ],
    ['pages/nothing/index', {}, '/pages/home/index'],
  ];
  it.each(oldPaths)('a missing %s redirects at once to the closest page', (path, query, url) => {
    app.onPageNotFound!({ path, query, isEntryPage: true });
    expect(fakeWx.redirects).toEqual([url]);
  });
});
