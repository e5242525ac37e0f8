/**
 * Never lose a tick: every storage fault, driven through the checklist page as a person meets it. Each test
 * checks that the page renders, that valid ticks survive, and what the person is told.
 */
import * as fs from 'fs';
import * as path from 'path';
import { contentStore } from '../../content-check/store';
import { PROGRESS_KEY } from '../../miniprogram/services/checklist-progress';
import { itemTitle, tickItem } from '../helpers/checklist';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, reopenPage, type LoadedPage } from '../helpers/page';

const ITEMS = contentStore.checklistItems;
const TOTAL = ITEMS.length;
const FIXTURES = path.join(__dirname, '../fixtures/storage');
const CONTENT_CHECKLIST = path.join(__dirname, '../../miniprogram/content/checklist');
/** The checklist's long texts, in its subpackage: an update that adds an item adds its texts there too. */
const CHECKLIST_TEXTS = path.join(__dirname, '../../miniprogram/pages/checklist/texts');

const NOTICE_OTHER = '勾选进度暂时没能存进手机';
const NOTICE_QUOTA = '手机存储空间满了';
const NOTICE_UNREADABLE = '暂时读不到之前保存的勾选进度';
const TOAST_OTHER = '勾选进度可能没存上';
const TOAST_QUOTA = '存储空间满了，勾选进度没存上';
const TOAST_RECOVERED = '部分勾选进度读不出，其余已保留';
const SINGLE_PAGE_NOTE = '你在朋友圈的单页预览里';

function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

/** Ids of the items whose box shows a tick, as a person sees them. */
function tickedOnScreen(page: LoadedPage): string[] {
  return ITEMS.filter((item) => {
    const box = findByText(page, '.item-check', item.title);
    return box.dom?.querySelector('[class*="tick--on"]') != null;
  })
    .map((item) => item.id)
    .sort();
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

function stored(map = fakeWx.storage): unknown {
  return map.get(PROGRESS_KEY);
}

function storedIds(map = fakeWx.storage): string[] {
  const value = stored(map) as { ticked?: Record<string, number> } | undefined;
  return Object.keys(value?.ticked ?? {}).sort();
}

/** The shell's notice about stored state, as far as the page shows it. */
function notice(page: LoadedPage): string {
  const text = String(page.instance.data.storageNotice ?? '');
  return text !== '' && page.text().includes(text) ? text : '';
}

/** Every page test asks: does it render fully, with the expected ticks shown and counted? */
function expectRendered(page: LoadedPage, ticked: string[]): void {
  expect(findAll(page, '.item-check')).toHaveLength(TOTAL);
  expect(tickedOnScreen(page)).toEqual([...ticked].sort());
  expect(page.text()).toContain(`已完成 ${ticked.length} / ${TOTAL} 项`);
}

const [A, B, C, D] = ['keep-chinese-sim', 'check-esim-support', 'carry-pesos', 'mind-atm-fees'] as const;

describe('checklist page: corrupted stored progress', () => {
  const cases = fixture('corrupted-checklist-progress.json') as {
    name: string;
    stored: unknown;
    keeps: string[];
    lost: boolean;
  }[];

  it.each(cases.map((entry) => [entry.name, entry] as const))('recovers %s', (_name, entry) => {
    fakeWx.corrupt(PROGRESS_KEY, entry.stored);
    const page = openPage('checklist');
    const shown = entry.keeps.filter((id) => ITEMS.some((item) => item.id === id));
    expectRendered(page, shown);
    expect(fakeWx.toasts).toEqual(entry.lost ? [TOAST_RECOVERED] : []);
    // Rewritten clean: every kept entry (also ones the content does not show), nothing else; no key if empty.
    if (entry.keeps.length === 0) expect(fakeWx.storage.has(PROGRESS_KEY)).toBe(false);
    else expect(stored()).toEqual({ version: 1, ticked: expect.any(Object) });
    expect(storedIds()).toEqual(sorted(entry.keeps));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('recovers a huge string without freezing and says so once', () => {
    fakeWx.corrupt(
      PROGRESS_KEY,
      `{"version":1,"ticked":{"${A}":1764061200000,"junk":"${'x'.repeat(2_000_000)}"}}`,
    );
    const page = openPage('checklist');
    expectRendered(page, []);
    expect(fakeWx.toasts).toEqual([TOAST_RECOVERED]);
    expect(fakeWx.storage.has(PROGRESS_KEY)).toBe(false);
  });

  it('keeps valid ticks next to a huge junk entry', () => {
    fakeWx.corrupt(PROGRESS_KEY, { version: 1, ticked: { [A]: 1764061200000, ['x'.repeat(500_000)]: 1 } });
    const page = openPage('checklist');
    expectRendered(page, [A]);
    expect(storedIds()).toEqual(sorted([A]));
  });

  it('tells about the recovery once, not on every open in the same run', () => {
    fakeWx.corrupt(PROGRESS_KEY, { version: 1, ticked: { [A]: 1764061200000, [B]: 'junk' } });
    const page = openPage('checklist');
    reopenPage(page);
    expect(fakeWx.toasts).toEqual([TOAST_RECOVERED]);
  });

  it('leaves a clean value alone: no rewrite, no toast', () => {
    fakeWx.storage.set(PROGRESS_KEY, fixture('checklist-progress.v1.json'));
    const page = openPage('checklist');
    expectRendered(page, [A, B, C]);
    expect(fakeWx.writes).toEqual([]);
    expect(fakeWx.toasts).toEqual([]);
  });
});

describe('checklist page: failing writes', () => {
  it('storage that fails every write (setStorage calls fail, setStorageSync throws): told once, ticks kept', async () => {
    fakeWx.storage.set(PROGRESS_KEY, { version: 1, ticked: { [A]: 1764061200000 } });
    fakeWx.failAsyncWrites();
    fakeWx.failSyncWrites();
    const page = openPage('checklist');
    await tickItem(page, B);
    await tickItem(page, C);

    expectRendered(page, [A, B, C]);
    expect(notice(page)).toContain(NOTICE_OTHER);
    expect(fakeWx.toasts).toEqual([TOAST_OTHER]);
    expect(storedIds()).toEqual(sorted([A])); // the valid stored tick survives the failed writes
    expect(fakeWx.writes.map((write) => `${write.api}:${write.ok}`)).toEqual([
      'setStorage:false',
      'setStorageSync:false',
      'setStorage:false',
      'setStorageSync:false',
    ]);

    // The next change retries and writes everything held in memory; the notice clears.
    fakeWx.recoverWrites();
    await tickItem(page, B, false);
    expect(storedIds()).toEqual(sorted([A, C]));
    expect(notice(page)).toBe('');
    expect(fakeWx.toasts).toEqual([TOAST_OTHER]);
    expectRendered(openPage('checklist'), [A, C]);
  });

  it('setStorage throwing synchronously while setStorageSync throws: told once, ticks kept', async () => {
    fakeWx.failAsyncWrites('setStorage:fail internal error', 'throw');
    fakeWx.failSyncWrites();
    const page = openPage('checklist');
    await tickItem(page, A);
    await tickItem(page, B);
    expectRendered(page, [A, B]);
    expect(notice(page)).toContain(NOTICE_OTHER);
    expect(fakeWx.toasts).toEqual([TOAST_OTHER]);
    expect(fakeWx.storage.has(PROGRESS_KEY)).toBe(false);
  });

  it('quota exceeded: says storage is full, keeps every tick, and clears the notice once space frees up', async () => {
    const page = openPage('checklist');
    await tickItem(page, A);
    // The phone's storage is now full: one more entry does not fit.
    fakeWx.setQuota(PROGRESS_KEY.length + JSON.stringify(stored()).length + 5);
    await tickItem(page, B);
    await tickItem(page, C);

    expectRendered(page, [A, B, C]);
    expect(notice(page)).toContain(NOTICE_QUOTA);
    expect(fakeWx.toasts).toEqual([TOAST_QUOTA]);
    expect(storedIds()).toEqual(sorted([A]));

    // Unticking two items makes the value small enough again: the write succeeds and the notice goes.
    await tickItem(page, A, false);
    await tickItem(page, B, false);
    expect(storedIds()).toEqual(sorted([C]));
    expect(notice(page)).toBe('');
    expectRendered(page, [C]);
  });

  it('the legacy all-writes-fail switch with WeChat quota wording shows the storage-full notice', async () => {
    fakeWx.failWrites();
    const page = openPage('checklist');
    await tickItem(page, A);
    expectRendered(page, [A]);
    expect(notice(page)).toContain(NOTICE_QUOTA);
    expect(fakeWx.toasts).toEqual([TOAST_QUOTA]);
  });

  it('tells again when writes start failing after a success in between', async () => {
    fakeWx.failWrites('setStorage:fail internal error');
    const page = openPage('checklist');
    await tickItem(page, A);
    fakeWx.recoverWrites();
    await tickItem(page, B);
    fakeWx.failWrites('setStorage:fail internal error');
    await tickItem(page, C);
    expect(fakeWx.toasts).toEqual([TOAST_OTHER, TOAST_OTHER]);
    expect(notice(page)).toContain(NOTICE_OTHER);
    expect(storedIds()).toEqual(sorted([A, B]));
  });

  it('no tick is lost while the app stays open: reopening the page shows them and the notice, without a second toast', async () => {
    fakeWx.failWrites('setStorage:fail internal error');
    const page = openPage('checklist');
    await tickItem(page, A);
    await tickItem(page, C);
    const again = reopenPage(page);
    expectRendered(again, [A, C]);
    expect(notice(again)).toContain(NOTICE_OTHER);
    expect(fakeWx.toasts).toEqual([TOAST_OTHER]);
  });

  it('reset while writes fail still clears the screen, and the next working write clears storage', async () => {
    fakeWx.storage.set(PROGRESS_KEY, { version: 1, ticked: { [A]: 1764061200000 } });
    fakeWx.failWrites('setStorage:fail internal error');
    const page = openPage('checklist');
    await fire(findAll(page, '.reset-button')[0]!, 'click');
    expectRendered(page, []);
    expect(notice(page)).toContain(NOTICE_OTHER);
    fakeWx.recoverWrites();
    await tickItem(page, B);
    await tickItem(page, B, false);
    expect(fakeWx.storage.has(PROGRESS_KEY)).toBe(false);
    expect(notice(page)).toBe('');
  });
});

describe('checklist page: one storage call failing while the other works', () => {
  it('setStorage calling fail: the synchronous retry saves, nothing to tell', async () => {
    fakeWx.failAsyncWrites();
    const page = openPage('checklist');
    await tickItem(page, A);
    expectRendered(page, [A]);
    expect(storedIds()).toEqual(sorted([A]));
    expect(notice(page)).toBe('');
    expect(fakeWx.toasts).toEqual([]);
    expect(fakeWx.writes.map((write) => `${write.api}:${write.ok}`)).toEqual([
      'setStorage:false',
      'setStorageSync:true',
    ]);
  });

  it('setStorage throwing synchronously: the synchronous retry saves', async () => {
    fakeWx.failAsyncWrites('setStorage:fail invalid data', 'throw');
    const page = openPage('checklist');
    await tickItem(page, A);
    expect(storedIds()).toEqual(sorted([A]));
    expect(fakeWx.toasts).toEqual([]);
  });

  it('setStorageSync throwing: the asynchronous write is used and saves', async () => {
    fakeWx.failSyncWrites();
    const page = openPage('checklist');
    await tickItem(page, A);
    expect(storedIds()).toEqual(sorted([A]));
    expect(notice(page)).toBe('');
    expect(fakeWx.toasts).toEqual([]);
    expectRendered(openPage('checklist'), [A]);
  });

  it('callbacks arriving later (as on a phone): quick ticks never overlap writes and all arrive', async () => {
    fakeWx.deferStorageCallbacks();
    const page = openPage('checklist');
    const boxes = [A, B, C].map((id) => findByText(page, '.item-check', itemTitle(id)));
    await Promise.all(boxes.map((box) => fire(box, 'change', true)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storedIds()).toEqual(sorted([A, B, C]));
    // One write in flight, then one carrying both later ticks: never two writes racing each other.
    expect(fakeWx.writes.map((write) => write.api)).toEqual(['setStorage', 'setStorage']);
    expectRendered(openPage('checklist'), [A, B, C]);
  });
});

describe('checklist page: reads that fail', () => {
  it('renders, says earlier ticks cannot be read, and never overwrites them blind', async () => {
    fakeWx.storage.set(PROGRESS_KEY, { version: 1, ticked: { [A]: 1764061200000, [B]: 1764061200001 } });
    fakeWx.failReads();
    const page = openPage('checklist');
    expectRendered(page, []);
    expect(fakeWx.toasts).toEqual([]); // said on the page, not in a toast on every open
    expect(notice(page)).toContain(NOTICE_UNREADABLE);

    await tickItem(page, C);
    expectRendered(page, [C]);
    expect(storedIds()).toEqual(sorted([A, B])); // not overwritten with only C
    expect(notice(page)).toContain(NOTICE_UNREADABLE);

    // Reads work again: the next change reads what was stored, replays this run's changes on top, and saves.
    fakeWx.recoverReads();
    await tickItem(page, D);
    expectRendered(page, [A, B, C, D]);
    expect(storedIds()).toEqual(sorted([A, B, C, D]));
    expect((stored() as { ticked: Record<string, number> }).ticked[A]).toBe(1764061200000);
    expect(notice(page)).toBe('');
  });
});

describe('checklist page: content updates', () => {
  afterEach(() => {
    jest.dontMock(CONTENT_CHECKLIST);
    jest.dontMock(CHECKLIST_TEXTS);
  });

  /** Loads the checklist as a content update that drops `removed` and adds `added` would ship it. */
  function mockContent(change: { removed?: string; added?: boolean }): void {
    jest.doMock(CONTENT_CHECKLIST, () => {
      const actual =
        jest.requireActual<typeof import('../../miniprogram/content/checklist')>(CONTENT_CHECKLIST);
      const items: Record<string, unknown> = { ...actual.checklistItemsById };
      if (change.removed) delete items[change.removed];
      if (change.added) {
        items['brand-new-item'] = {
          ...actual.checklistItemsById['keep-chinese-sim'],
          title: '新加的一项：测试用',
        };
      }
      return { ...actual, checklistItemsById: items };
    });
    if (change.added) {
      jest.doMock(CHECKLIST_TEXTS, () => {
        const actual =
          jest.requireActual<typeof import('../../miniprogram/pages/checklist/texts')>(CHECKLIST_TEXTS);
        return {
          ...actual,
          itemTexts: { ...actual.itemTexts, 'brand-new-item': actual.itemTexts['keep-chinese-sim'] },
        };
      });
    }
  }

  it('sets a removed item’s tick aside, and a rollback brings it back', async () => {
    const first = openPage('checklist');
    await tickItem(first, A);
    await tickItem(first, B);

    mockContent({ removed: A });
    const updated = openPage('checklist');
    expect(updated.text()).not.toContain(itemTitle(A));
    expect(findAll(updated, '.item-check')).toHaveLength(TOTAL - 1);
    expect(updated.text()).toContain(`已完成 1 / ${TOTAL - 1} 项`); // the set-aside tick does not count
    await tickItem(updated, C); // a write while A is absent keeps A's tick aside
    expect(storedIds()).toEqual(sorted([A, B, C]));

    jest.dontMock(CONTENT_CHECKLIST);
    const restored = openPage('checklist');
    expectRendered(restored, [A, B, C]);
  });

  it('loads a stored tick for an item this content never had, without counting it', () => {
    fakeWx.storage.set(PROGRESS_KEY, fixture('checklist-progress.v1-removed-item.json'));
    const page = openPage('checklist');
    expectRendered(page, [A]);
    expect(storedIds()).toEqual(sorted([A, 'retired-checklist-item']));
    expect(fakeWx.writes).toEqual([]);
  });

  it('starts new items unticked and keeps the old ticks', async () => {
    const first = openPage('checklist');
    await tickItem(first, A);
    mockContent({ added: true });
    const updated = openPage('checklist');
    expect(findAll(updated, '.item-check')).toHaveLength(TOTAL + 1);
    expect(updated.text()).toContain(`已完成 1 / ${TOTAL + 1} 项`);
    const box = findByText(updated, '.item-check', '新加的一项：测试用');
    expect(box.dom?.querySelector('[class*="tick--on"]')).toBeNull();
  });

  it('“clear all” also clears ticks set aside, so a rollback brings back nothing', async () => {
    const first = openPage('checklist');
    await tickItem(first, A);
    mockContent({ removed: A });
    const updated = openPage('checklist');
    await fire(findAll(updated, '.reset-button')[0]!, 'click');
    expect(fakeWx.storage.has(PROGRESS_KEY)).toBe(false);
    jest.dontMock(CONTENT_CHECKLIST);
    expectRendered(openPage('checklist'), []);
  });
});

describe('checklist page: Moments single-page mode', () => {
  it('says its ticks stay in the preview, and keeps them apart from the full Mini Program', async () => {
    const full = openPage('checklist');
    await tickItem(full, A);
    expect(full.text()).not.toContain(SINGLE_PAGE_NOTE);

    fakeWx.setScene(1154);
    const preview = openPage('checklist');
    expect(preview.text()).toContain(SINGLE_PAGE_NOTE);
    expect(preview.text()).toContain('前往小程序');
    expectRendered(preview, []); // WeChat gives single-page mode its own storage
    await tickItem(preview, B);
    expect(storedIds(fakeWx.singlePageStorage)).toEqual(sorted([B]));
    expect(storedIds()).toEqual(sorted([A]));

    fakeWx.setScene(1001);
    const back = openPage('checklist');
    expectRendered(back, [A]);
    expect(back.text()).not.toContain(SINGLE_PAGE_NOTE);
  });
});
