/**
 * Scanning a growing guide: parts with open/closed state, sources by topic, and a search over body text.
 */
import { contentStore } from '../content-check/store';
import { openPartId, presentGuideParts } from '../miniprogram/presenters/content-index';
import { searchContent, SEARCH_LIMIT_PER_KIND } from '../miniprogram/pages/guide/search';
import { presentSourcesByTopic, sourceTopic } from '../miniprogram/pages/sources/sources-index';

describe('the guide grouped by part', () => {
  it('puts every section in exactly one part, numbered through the whole guide', () => {
    const parts = presentGuideParts();
    const listed = parts.flatMap((part) => part.sections.map((section) => section.id));
    expect(listed).toEqual(contentStore.sections.map((section) => section.id));
    expect(parts.flatMap((part) => part.sections.map((section) => section.title))[2]).toMatch(/^3\. /);
    for (const part of parts) expect(part.countLabel).toBe(`${part.sections.length} 节`);
    expect(parts.every((part) => part.sections.length > 0 && part.sections.length <= 8)).toBe(true);
  });

  it('opens the first part by default, the current section’s part, or the part asked for', () => {
    expect(openPartId()).toBe('phone');
    expect(openPartId({ currentSection: 'vat-refund' })).toBe('pay');
    expect(openPartId({ openPart: 'trip', currentSection: 'vat-refund' })).toBe('trip');
  });
});

describe('sources grouped by topic', () => {
  it('lists every source once, numbered in order, under its sheet topic', () => {
    const groups = presentSourcesByTopic(contentStore.sources);
    const ids = groups.flatMap((group) => group.sources.map((source) => source.id));
    expect(ids.sort()).toEqual(contentStore.sources.map((source) => source.id).sort());
    const numbers = groups.flatMap((group) => group.sources.map((source) => source.number));
    expect(numbers).toEqual(numbers.map((_n, index) => index + 1));
    expect(contentStore.sources.every((source) => sourceTopic(source.id) !== '')).toBe(true);
    expect(groups.every((group) => group.sources.length <= 60)).toBe(true);
  });

  it('filters by a query over title, publisher and note', () => {
    const groups = presentSourcesByTopic(contentStore.sources, '银联');
    expect(groups.length).toBeGreaterThan(0);
    for (const source of groups.flatMap((group) => group.sources))
      expect(`${source.title}${source.publisher}${source.note}`).toContain('银联');
    expect(presentSourcesByTopic(contentStore.sources, 'no such words anywhere')).toEqual([]);
  });
});

describe('search over titles and body text', () => {
  it('finds a section by words only in its body, with the words in the snippet', () => {
    const hits = searchContent('KTGJDX');
    const section = hits.find((hit) => hit.kind === 'section');
    expect(section?.id).toBe('sms-abroad');
    expect(section?.snippet).toContain('KTGJDX');
  });

  it('ignores case, full-width letters and spaces', () => {
    const plain = searchContent('ktgjdx').map((hit) => hit.id);
    expect(searchContent('ＫＴＧＪ DX').map((hit) => hit.id)).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });

  it('finds sources by publisher and checklist items by title (their notes and steps are other packages’)', () => {
    expect(
      searchContent('中国移动')
        .filter((hit) => hit.kind === 'source')
        .map((hit) => hit.id),
    ).toContain('cmcc-roaming-faq');
    expect(
      searchContent('境外短信')
        .filter((hit) => hit.kind === 'item')
        .map((hit) => hit.id),
    ).toContain('open-intl-sms');
  });

  it('finds nothing for a blank query and caps each kind', () => {
    expect(searchContent('   ')).toEqual([]);
    const many = searchContent('的');
    for (const kind of ['section', 'item', 'source'] as const)
      expect(many.filter((hit) => hit.kind === kind).length).toBeLessThanOrEqual(SEARCH_LIMIT_PER_KIND);
  });
});
