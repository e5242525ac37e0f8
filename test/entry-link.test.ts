/**
 * The entry-link service on its own: every link form round-trips for every target, every scene fits WeChat's
 * limit, and no input whatsoever throws or names a target that does not exist.
 */
import fc from 'fast-check';
import { contentStore } from '../content-check/store';
import { GROUP_KEYS, PAY_TAB_KEYS, SECTION_KEYS } from '../miniprogram/services/entry-keys';
import {
  buildQrLink,
  EntryLinkError,
  parseEntry,
  parsePageQuery,
  parseQrLink,
  parseScene,
  PAGE_NAMES,
  PAGES,
  sameTarget,
  SCENE_MAX_LENGTH,
  targetPath,
  targetQuery,
  targetValue,
  type EntryTarget,
} from '../miniprogram/services/entry-link';
import { buildScene, codePage, shareableTargets, validateEntryKeys } from '../scripts/lib/entry-codes';
import { BAD_LINKS } from './helpers/bad-links';
import { cashierCards } from '../miniprogram/services/tools/cashier-cards';
import { REGISTER_LINE_IDS } from '../miniprogram/services/tools/register-line';

/** How WeChat hands a page query from a path: `a=1&b=2` → `{ a: '1', b: '2' }` (values as written). */
function queryOf(path: string): Record<string, string> {
  const query = path.includes('?') ? path.slice(path.indexOf('?') + 1) : path;
  return Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
}

/** Is this a target the app can show: a known page, and an id the content has. */
function exists(target: EntryTarget): boolean {
  if (!PAGE_NAMES.includes(target.page)) return false;
  const value = targetValue(target);
  if (target.page === 'guide') return contentStore.sections.some((section) => section.id === value);
  if (target.page === 'checklist') {
    return value === undefined || contentStore.checklistGroups.some((group) => group.id === value);
  }
  if (target.page === 'cashier') return value === undefined || cashierCards.some((card) => card.id === value);
  if (target.page === 'register')
    return value === undefined || (REGISTER_LINE_IDS as readonly string[]).includes(value);
  if (target.page === 'pay') return value === undefined || Object.keys(PAY_TAB_KEYS).includes(value);
  return value === undefined;
}

const targets = shareableTargets();
const named = targets.map((target) => [targetPath(target), target] as const);
const ALLOWED = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;

describe('entry links', () => {
  it('cover every page, section and checklist stage', () => {
    expect(targets).toHaveLength(
      PAGE_NAMES.length -
        1 +
        contentStore.sections.length +
        contentStore.checklistGroups.length +
        cashierCards.length +
        REGISTER_LINE_IDS.length +
        Object.keys(PAY_TAB_KEYS).length,
    );
    expect(targets).toContainEqual({ page: 'pay', tab: 'atm' });
    for (const card of cashierCards) expect(targets).toContainEqual({ page: 'cashier', card: card.id });
    expect(targets).toContainEqual({ page: 'register', line: 'mx-7' });
    expect(targets).toContainEqual({ page: 'register', line: 'esim' });
    for (const section of contentStore.sections) {
      expect(targets).toContainEqual({ page: 'guide', section: section.id });
    }
    for (const group of contentStore.checklistGroups) {
      expect(targets).toContainEqual({ page: 'checklist', group: group.id });
    }
  });

  it('has valid, unique short keys for every section, stage and page', () => {
    expect(validateEntryKeys()).toEqual([]);
    for (const section of contentStore.sections) expect(SECTION_KEYS[section.id]).toBeDefined();
    for (const group of contentStore.checklistGroups) expect(GROUP_KEYS[group.id]).toBeDefined();
  });

  it.each(named)('%s round-trips as a shared card and a Moments query', (_path, target) => {
    const path = targetPath(target);
    expect(path.startsWith(`${PAGES[target.page].path}`)).toBe(true);
    const fromCard = parsePageQuery(target.page, queryOf(path));
    expect(fromCard).toEqual({ target, source: 'query' });
    const fromMoments = parseEntry(target.page, queryOf(targetQuery(target)));
    expect(fromMoments).toEqual({ target, source: 'query' });
  });

  it.each(named)(
    '%s round-trips as a Mini Program code scene within 32 allowed characters',
    (_path, target) => {
      const scene = buildScene(target);
      expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
      expect(scene).toMatch(ALLOWED);
      expect(scene).not.toContain('%');
      // WeChat hands the scene over encoded; the page decodes it once. Codes may land on any page.
      for (const landing of PAGE_NAMES) {
        expect(parseEntry(landing, { scene: encodeURIComponent(scene) })).toEqual({
          target,
          source: 'scene',
        });
      }
      expect(parseScene(scene)).toEqual({ target, source: 'scene' });
      expect(codePage(target)).toBe(PAGES[target.page].path.slice(1));
    },
  );

  it.each(named)('%s round-trips as a normal QR link', (_path, target) => {
    const link = buildQrLink(target, 'https://guide.example.com/mp');
    expect(link).toMatch(/^https:\/\/guide\.example\.com\/mp\?to=[a-z]+/);
    expect(parseEntry('home', { q: encodeURIComponent(link), scancode_time: '1764000000' })).toEqual({
      target,
      source: 'q',
    });
  });

  it('gives every target its own scene', () => {
    const scenes = targets.map(buildScene);
    expect(new Set(scenes).size).toBe(scenes.length);
  });

  it('keeps a section short key when sections are reordered', () => {
    const paying = { page: 'guide', section: 'paying-in-mexico' } as const;
    const before = buildScene(paying);
    contentStore.sections.reverse();
    try {
      expect(buildScene(paying)).toBe(before);
      expect(parseScene(before).target).toEqual(paying);
    } finally {
      contentStore.sections.reverse();
    }
  });

  it('reads the documented examples', () => {
    expect(buildScene({ page: 'guide', section: 'paying-in-mexico' })).toBe('g.pay');
    expect(buildScene({ page: 'checklist', group: 'on-arrival' })).toBe('c.arr');
    expect(buildScene({ page: 'pay', tab: 'atm' })).toBe('tp.atm');
    expect(buildScene({ page: 'register', line: 'mx-8' })).toBe('r.m8');
    expect(buildScene({ page: 'checklist' })).toBe('c');
    expect(buildScene({ page: 'home' })).toBe('h');
    expect(buildQrLink({ page: 'guide', section: 'paying-in-mexico' })).toBe(
      'https://example.org/mp?to=guide&section=paying-in-mexico',
    );
    // Upper case and a link without `to` are forgiven: scanned text is sometimes retyped.
    expect(parseScene('G.PAY').target).toEqual({ page: 'guide', section: 'paying-in-mexico' });
    expect(parseQrLink(encodeURIComponent('https://example.org/mp'))).toEqual({
      target: { page: 'home' },
      source: 'q',
    });
    // A fragment is not part of the query.
    expect(parseQrLink(encodeURIComponent('https://example.org/mp?to=sources#top')).target).toEqual({
      page: 'sources',
    });
  });

  it('refuses to build links to targets that do not exist', () => {
    expect(() => buildScene({ page: 'guide', section: 'no-such-section' })).toThrow(EntryLinkError);
    expect(() => buildScene({ page: 'nowhere' } as unknown as EntryTarget)).toThrow(/Unknown page/);
    expect(() => buildQrLink({ page: 'home' }, 'http://example.org/mp')).toThrow(/https/);
    expect(() => buildQrLink({ page: 'home' }, 'https://example.org/mp?x=1')).toThrow(EntryLinkError);
  });

  it('opens the page itself when its link says nothing', () => {
    expect(parseEntry('guide', {})).toEqual({
      target: { page: 'guide', section: contentStore.sections[0]!.id },
      source: 'query',
    });
    expect(parseEntry('checklist', undefined)).toEqual({ target: { page: 'checklist' }, source: 'query' });
    expect(parseEntry('sources', { unrelated: 'x' })).toEqual({
      target: { page: 'sources' },
      source: 'query',
    });
    expect(parseEntry('home', 'not an object')).toEqual({ target: { page: 'home' }, source: 'query' });
  });

  it.each(BAD_LINKS.map((bad) => [bad.name, bad]))('lands %s on a sensible page', (_name, bad) => {
    const entry = parseEntry(bad.page, bad.query);
    expect(entry.target.page).toBe(bad.lands.page);
    expect(exists(entry.target)).toBe(true);
    if (bad.lands.value !== undefined) expect(targetValue(entry.target)).toBe(bad.lands.value);
    expect(entry.notice).toBe(bad.toast);
    expect(entry.problem).toBeDefined();
  });

  it('never throws and always names a target that exists, whatever arrives', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('%', '%E4%B8', '%zz', 'g.', '.', 'c.', 'g.pay', '__proto__', 'constructor', 'to=guide'),
      fc.webUrl({ withQueryParameters: true, withFragments: true }).map(encodeURIComponent),
      fc.anything(),
    );
    const query = fc.record(
      {
        scene: anyValue,
        q: anyValue,
        section: anyValue,
        group: anyValue,
        to: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...PAGE_NAMES), fc.oneof(query, fc.anything()), (page, input) => {
        const entry = parseEntry(page, input);
        expect(exists(entry.target)).toBe(true);
        if (entry.problem) expect(entry.notice).toMatch(/^.{2,24}$/);
        // A link meant for this page that was fine opens exactly what it said.
        if (!entry.problem && entry.source === 'query' && entry.target.page !== page) {
          throw new Error('a page query moved to another page');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('builds scenes that encoding leaves unchanged, so decoding once is always right', () => {
    for (const target of targets) {
      const scene = buildScene(target);
      // Our scenes use only characters encodeURIComponent leaves alone, so decoding once is always right.
      expect(encodeURIComponent(scene)).toBe(scene);
      expect(sameTarget(parseScene(encodeURIComponent(encodeURIComponent(scene))).target, target)).toBe(true);
    }
  });
});
