/**
 * The key interactions of each page, shared by the budget tests (structure, bytes, keys) and `npm run bench`
 * (printed figures). A page without an entry here is still measured on its first render.
 */
import { contentStore } from '../../content-check/store';
import { fakeWx } from './fake-wx';
import { findAll, fire, type LoadedPage, type PageQuery } from './page';

export interface Interaction {
  page: string;
  name: string;
  query?: PageQuery;
  /** Runs before recording starts (e.g. open the table of contents before picking from it). */
  prepare?: (page: LoadedPage) => Promise<void>;
  act: (page: LoadedPage) => Promise<void>;
}

const first = (page: LoadedPage, selector: string) => {
  const node = findAll(page, selector)[0];
  if (!node) throw new Error(`Nothing matches ${selector}`);
  return node;
};

export const INTERACTIONS: Interaction[] = [
  {
    page: 'home',
    name: 'back from the checklist (onShow, progress changed)',
    act: async (page) => {
      // The page's own copy of the service (openPage starts a fresh module registry), as the checklist uses it.
      const { checklistProgress } = jest.requireActual<
        typeof import('../../miniprogram/services/checklist-progress')
      >('../../miniprogram/services/checklist-progress');
      checklistProgress.setTicked(contentStore.checklistItems[0]!.id, true);
      page.instance.onShow!();
    },
  },
  {
    page: 'guide',
    name: 'next section',
    act: (page) => fire(first(page, '.pager-next'), 'click'),
  },
  {
    page: 'guide',
    name: 'open the table of contents',
    act: (page) => fire(first(page, '.toc-button'), 'click'),
  },
  {
    page: 'guide',
    name: 'pick the last section in the table of contents',
    prepare: (page) => fire(first(page, '.toc-button'), 'click'),
    act: (page) => {
      const entries = findAll(page, '.toc-entry');
      return fire(entries[entries.length - 1]!, 'click');
    },
  },
  {
    page: 'checklist',
    name: 'tick one item',
    act: (page) => fire(findAll(page, '.item-check')[3]!, 'change', true),
  },
  {
    page: 'checklist',
    name: 'show how to do one item',
    act: (page) => fire(first(page, '.item-toggle')),
  },
  {
    page: 'checklist',
    name: 'show how to do every item (largest tree)',
    act: async (page) => {
      for (const toggle of findAll(page, '.item-toggle')) await fire(toggle);
    },
  },
  {
    page: 'checklist',
    name: 'reset every tick (confirmed)',
    prepare: (page) => fire(first(page, '.item-check'), 'change', true),
    act: (page) => {
      fakeWx.confirmNext(true);
      return fire(first(page, '.reset-button'), 'click');
    },
  },
  {
    page: 'situation',
    name: 'answer one question',
    act: (page) => fire(first(page, '.option'), 'tap'),
  },
  {
    page: 'situation',
    name: 'answer every question (largest result)',
    act: async (page) => {
      for (const question of contentStore.situation.questions) {
        await fire(first(page, `.option-${question.id}`), 'tap');
      }
    },
  },
  {
    page: 'situation',
    name: 'clear every answer',
    prepare: (page) => fire(first(page, '.option'), 'tap'),
    act: (page) => fire(first(page, '.clear-answers'), 'click'),
  },
  {
    page: 'sources',
    name: 'copy a source address',
    prepare: (page) => fire(first(page, '.topic')),
    act: (page) => fire(first(page, '.source')),
  },
];
