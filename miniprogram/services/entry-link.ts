/**
 * Links into the app: the path a shared card carries and the page query it lands with.
 * Parsing never throws: an unknown or malformed value falls back to the closest sensible page.
 */
import { contentStore, getChecklistGroup, getSection } from '../content/index';
import type { ChecklistGroupId } from '../content/types';

export type EntryTarget =
  | { page: 'home' }
  | { page: 'guide'; section: string }
  | { page: 'checklist'; group?: ChecklistGroupId }
  | { page: 'sources' }
  | { page: 'situation' }
  | { page: 'payments' }
  | { page: 'emergency' };

export const PAGE_PATHS = {
  home: '/pages/home/index',
  guide: '/pages/guide/index',
  checklist: '/pages/checklist/index',
  sources: '/pages/sources/index',
  situation: '/pages/situation/index',
  payments: '/pages/payments/index',
  emergency: '/pages/emergency/index',
} as const;

export type PageName = keyof typeof PAGE_PATHS;

/** The query string (without `?`) that opens a target on its page. */
export function targetQuery(target: EntryTarget): string {
  switch (target.page) {
    case 'guide':
      return `section=${encodeURIComponent(target.section)}`;
    case 'checklist':
      return target.group ? `group=${encodeURIComponent(target.group)}` : '';
    default:
      return '';
  }
}

/** The path for `onShareAppMessage` and `wx.navigateTo`. */
export function targetPath(target: EntryTarget): string {
  const query = targetQuery(target);
  return query ? `${PAGE_PATHS[target.page]}?${query}` : PAGE_PATHS[target.page];
}

/** `decodeURIComponent` that returns undefined instead of throwing `URIError`. */
export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Reads one query value the way WeChat hands it over (possibly still percent-encoded). */
function queryValue(query: Record<string, string | undefined> | undefined, key: string): string | undefined {
  const raw = query?.[key];
  if (typeof raw !== 'string' || raw === '' || raw.length > 200) return undefined;
  return safeDecode(raw);
}

export interface ResolvedSection {
  sectionId: string;
  /** True when the link asked for a section that does not exist (the page shows a short notice). */
  fellBack: boolean;
}

/** The section a guide page should show for its query; the first section when absent or unknown. */
export function resolveSectionQuery(query: Record<string, string | undefined> | undefined): ResolvedSection {
  const first = contentStore.sections[0]?.id ?? '';
  const asked = queryValue(query, 'section');
  if (query?.section === undefined || query.section === '') return { sectionId: first, fellBack: false };
  if (asked !== undefined && getSection(asked)) return { sectionId: asked, fellBack: false };
  return { sectionId: first, fellBack: true };
}

export interface ResolvedGroup {
  group?: ChecklistGroupId;
  fellBack: boolean;
}

export function resolveGroupQuery(query: Record<string, string | undefined> | undefined): ResolvedGroup {
  if (query?.group === undefined || query.group === '') return { fellBack: false };
  const asked = queryValue(query, 'group');
  const group = asked === undefined ? undefined : getChecklistGroup(asked);
  return group ? { group: group.id, fellBack: false } : { fellBack: true };
}
