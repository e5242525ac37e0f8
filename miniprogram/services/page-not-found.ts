/**
 * The safety net for a page path that does not exist (an old card or code whose page moved or went away):
 * the closest target the app has. Pure: `app.ts` redirects at once (WeChat shows its own error page if the
 * page it redirects to is missing too, so the target is always one in the page table).
 */
import { PAGE_NAMES, PAGES, parsePageQuery, type EntryTarget, type PageName } from './entry-link';

function pageNameOf(path: string): PageName | undefined {
  const clean = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
  const exact = PAGE_NAMES.find((name) => PAGES[name].path.slice(1) === clean);
  if (exact) return exact;
  // `pages/<name>/…` of any shape: the page of that name, if the app has one.
  const folder = /^pages\/([a-z-]+)(?:\/|$)/.exec(clean)?.[1];
  return PAGE_NAMES.find((name) => name === folder);
}

/** Where a missing path lands: its page (with the section or stage its query names, if still there), else home. */
export function closestTarget(path: unknown, query: unknown): EntryTarget {
  const page = typeof path === 'string' ? pageNameOf(path) : undefined;
  return parsePageQuery(page ?? 'home', query).target;
}
