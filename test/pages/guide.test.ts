import { getGuideSection as getSection } from '../../miniprogram/pages/guide/sections/index';
import { contentStore } from '../../content-check/store';
import { blockTexts } from '../../content-check/validate';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage } from '../helpers/page';

jest.setTimeout(30_000); // cold WXML compiles on a busy machine; nothing here is timed

/** What a section shows as authored (a live block's text is worked out from the clock; tested in trust.test). */
const sectionTexts = (id: string): string[] =>
  getSection(id)!
    .blocks.filter((block) => !(block.kind === 'callout' && block.live))
    .flatMap(blockTexts);

describe('guide page', () => {
  it.each(contentStore.sections.map((section) => [section.id]))('renders every block of section %s', (id) => {
    const page = openPage('guide', { section: id });
    const text = page.text();
    expect(text).toContain(getSection(id)!.title);
    for (const piece of sectionTexts(id)) expect(text).toContain(piece);
    expect(text).toContain('内容核对于');
    expect(fakeWx.calls).toContain(`setNavigationBarTitle:${getSection(id)!.title}`);
  });

  it('renders each block kind with its component', () => {
    const kinds = new Map<string, string>();
    for (const section of contentStore.sections) {
      for (const block of section.blocks) if (!kinds.has(block.kind)) kinds.set(block.kind, section.id);
    }
    const stepsPage = openPage('guide', { section: kinds.get('steps') });
    expect(stepsPage.root.querySelector('step-list [aria-role="listitem"]')).not.toBeNull();
    const factsPage = openPage('guide', { section: kinds.get('facts') });
    expect(factsPage.root.querySelector('[class*="block--facts"] van-cell')).not.toBeNull();
    const tablePage = openPage('guide', { section: kinds.get('table') });
    expect(tablePage.root.querySelectorAll('[class*="block--table"] wx-view').length).toBeGreaterThan(1);
  });

  it('numbers the steps of a steps block, 1 to n, each beside its text, with a line down to the next', () => {
    const section = contentStore.sections.find((candidate) =>
      candidate.blocks.some((block) => block.kind === 'steps' && block.items.length > 2),
    )!;
    const block = section.blocks.find((candidate) => candidate.kind === 'steps')!;
    if (block.kind !== 'steps') throw new Error('not a steps block');
    const page = openPage('guide', { section: section.id });
    const list = page.root.querySelector('step-list [aria-role="list"]')!;
    const steps = [...list.querySelectorAll('[aria-role="listitem"]')];
    expect(
      steps.map((step) => ({
        number: step.querySelector('[class*="step__number"]')!.textContent,
        text: step.querySelector('[class*="step__text"]')!.textContent,
        line: step.querySelector('[class*="step__line"]') !== null,
      })),
    ).toEqual(
      block.items.map((text, index) => ({
        number: String(index + 1),
        text,
        line: index < block.items.length - 1,
      })),
    );
    // the number is drawn once, in its circle, not written into the text as well
    expect(steps[0]!.textContent).toBe(`1${block.items[0]}`);
  });

  it('opens the contents as a sheet over the page and closes it with 关闭 or a tap on the dimmed page', async () => {
    const first = contentStore.sections[0]!;
    const page = openPage('guide', { section: first.id });
    const sheet = () => page.root.querySelector('toc-sheet [aria-role="dialog"]');
    const overlay = () => page.root.querySelector('toc-sheet [class*="sheet-overlay"]');
    expect(sheet()).toBeNull();
    expect(overlay()).toBeNull();
    expect(findAll(page, '.toc-entry')).toHaveLength(0);

    await fire(findAll(page, '.toc-button')[0]!, 'click');
    expect(sheet()).not.toBeNull();
    expect(sheet()!.getAttribute('aria-modal')).toBe('true');
    expect(sheet()!.getAttribute('aria-label')).toBe('目录');
    expect(sheet()!.querySelector('[aria-role="heading"]')!.textContent).toBe('目录');
    expect(overlay()!.getAttribute('aria-hidden')).toBe('true');
    // every part, and the open part's sections with the one being read among them
    for (const part of contentStore.guideParts) expect(sheet()!.textContent).toContain(part.title);
    const samePart = contentStore.sections.filter((section) => section.part === first.part);
    expect(findAll(page, '.toc-entry').map((node) => node.dom!.textContent)).toEqual(
      samePart.map((section) => expect.stringContaining(section.title)),
    );

    const close = findAll(page, '.toc-sheet >>> .sheet__close')[0]!;
    expect(close.dom!.textContent).toBe('关闭');
    expect(close.dom!.getAttribute('aria-role')).toBe('button');
    await fire(close);
    expect(page.instance.data.tocOpen).toBe(false);
    expect(sheet()).toBeNull();
    expect(page.instance.data.sectionId).toBe(first.id);

    await fire(findAll(page, '.toc-button')[0]!, 'click');
    expect(sheet()).not.toBeNull();
    await fire(findAll(page, '.toc-sheet >>> .sheet-overlay')[0]!);
    expect(sheet()).toBeNull();
    expect(overlay()).toBeNull();
  });

  it('numbers the sources a section cites and marks weak claims', () => {
    const weak = contentStore.sections.find((section) =>
      section.blocks.some((block) => block.confidence === 'L'),
    )!;
    const page = openPage('guide', { section: weak.id });
    const text = page.text();
    expect(text).toContain('可信度低，请自行核实');
    expect(text).toMatch(/来源 1/);
    expect(text).toContain('本节来源');
  });

  it('opens the first section when the link names none or an unknown one', () => {
    const first = contentStore.sections[0]!;
    expect(openPage('guide').text()).toContain(
      first.blocks[0]!.kind === 'paragraph' ? first.blocks[0]!.text : first.title,
    );
    expect(fakeWx.toasts).toEqual([]);
    const page = openPage('guide', { section: 'no-such-section' });
    expect(page.instance.data.sectionId).toBe(first.id);
    expect(fakeWx.toasts).toEqual(['没找到这一节，先看第一节']);
  });

  it('moves to the next and previous section and back through the table of contents', async () => {
    const [first, second] = contentStore.sections;
    const page = openPage('guide', { section: first!.id });
    expect(findAll(page, '.pager-previous')).toHaveLength(0);
    await fire(findAll(page, '.pager-next')[0]!, 'click');
    expect(page.instance.data.sectionId).toBe(second!.id);
    expect(page.text()).toContain(second!.title);
    await fire(findAll(page, '.pager-previous')[0]!, 'click');
    expect(page.instance.data.sectionId).toBe(first!.id);

    await fire(findAll(page, '.toc-button')[0]!, 'click');
    expect(page.instance.data.tocOpen).toBe(true);
    const last = contentStore.sections[contentStore.sections.length - 1]!;
    // The contents open on the current section's part only; the last section is in another part.
    expect(page.text()).toContain(first!.title);
    expect(findAll(page, '.toc-entry').some((node) => node.dom!.textContent!.includes(last.title))).toBe(
      false,
    );
    await fire(findByText(page, '.toc-part', '入境、出行和安全'));
    expect(findAll(page, '.toc-entry').some((node) => node.dom!.textContent!.includes(first!.title))).toBe(
      false,
    );
    await fire(findByText(page, '.toc-entry', last.title), 'click');
    expect(page.instance.data.sectionId).toBe(last.id);
    expect(page.instance.data.tocOpen).toBe(false);
    expect(page.root.querySelector('toc-sheet [aria-role="dialog"]')).toBeNull();
    expect(findAll(page, '.pager-next')).toHaveLength(0);
  });

  it('searches body text from the contents and opens a section found in its blocks', async () => {
    const page = openPage('guide', { section: contentStore.sections[0]!.id });
    await fire(findAll(page, '.toc-button')[0]!, 'click');
    await fire(findAll(page, '.toc-search')[0]!, 'input', { value: 'KTGJDX' });
    const hits = findAll(page, '.toc-hit');
    expect(hits.length).toBeGreaterThan(0);
    expect(findAll(page, '.toc-part')).toHaveLength(0);
    expect(findAll(page, '.toc__result')[0]!.dom!.textContent).toMatch(/找到 \d+ 处含“KTGJDX”的内容/);
    const sectionHit = hits.find((node) => node.dom!.textContent!.startsWith('指南'))!;
    expect(sectionHit.dom!.textContent).toContain('KTGJDX');
    const target = contentStore.sections.find((section) =>
      sectionHit.dom!.textContent!.includes(section.title),
    )!;
    await fire(sectionHit);
    expect(page.instance.data.sectionId).toBe(target.id);
    expect(page.instance.data.tocOpen).toBe(false);

    await fire(findAll(page, '.toc-button')[0]!, 'click');
    await fire(findAll(page, '.toc-search')[0]!, 'input', { value: 'zzz没有这个词' });
    expect(findAll(page, '.toc-hit')).toHaveLength(0);
    expect(findAll(page, '.toc__result')[0]!.dom!.textContent).toContain('没有找到含“zzz没有这个词”的内容');
  });

  it('copies a source address instead of opening it', async () => {
    const section = contentStore.sections[0]!;
    const page = openPage('guide', { section: section.id });
    const firstSourceId = section.blocks.flatMap((block) => block.cites)[0]!;
    const source = contentStore.sources.find((candidate) => candidate.id === firstSourceId)!;
    await fire(findAll(page, '.source-link')[0]!, 'click');
    expect(fakeWx.clipboard).toEqual([source.url]);
    expect(fakeWx.toasts).toContain('链接已复制，可在浏览器打开');
  });

  it('shares the section being read', async () => {
    const [first, second] = contentStore.sections;
    const page = openPage('guide', { section: first!.id });
    await fire(findAll(page, '.pager-next')[0]!, 'click');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: expect.stringContaining(second!.title),
      path: `/pages/guide/index?section=${second!.id}`,
    });
    expect(page.instance.onShareTimeline!()).toEqual({
      title: second!.title,
      query: `section=${second!.id}`,
    });
  });
});
