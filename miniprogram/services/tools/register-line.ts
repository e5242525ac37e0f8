/**
 * 我的号码要登记吗: the ids a link can carry for which line the person asks about (`mx-7`: a Mexican number
 * ending in 7). Only the ids are here, in the main package, where links are read; the tool is in pages/tools.
 */
export type RegisterLineId = 'mx' | `mx-${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}` | 'roaming' | 'esim';

export const REGISTER_LINE_IDS: readonly RegisterLineId[] = [
  'mx',
  'mx-0',
  'mx-1',
  'mx-2',
  'mx-3',
  'mx-4',
  'mx-5',
  'mx-6',
  'mx-7',
  'mx-8',
  'mx-9',
  'roaming',
  'esim',
];
