import { getChecklistItem, getSection, getSource } from '../../miniprogram/content/index';
import { contentStore } from '../../content-check/store';
import type { SituationPointId } from '../../miniprogram/content/types';
import { ANSWERS_KEY } from '../../miniprogram/pages/situation/answers';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, findByText, fire, openPage, type LoadedPage } from '../helpers/page';

const { questions, points } = contentStore.situation;
const point = (id: SituationPointId) => points.find((candidate) => candidate.id === id)!;
const optionLabel = (questionId: string, optionId: string) =>
  questions.find((question) => question.id === questionId)!.options.find((option) => option.id === optionId)!
    .label;

/** Taps the option button with this label under the question, as a person would. */
async function answer(page: LoadedPage, questionId: string, optionId: string): Promise<void> {
  await fire(findByText(page, `.option-${questionId}`, optionLabel(questionId, optionId)), 'tap');
}

async function skip(page: LoadedPage, questionId: string): Promise<void> {
  await fire(findByText(page, `.option-${questionId}`, '不确定，先跳过'), 'tap');
}

/**
 * The option a person sees highlighted for a question, which must be the one a screen reader hears as the
 * checked radio (WeChat reads `aria-role` and `aria-checked` on the native view).
 */
function selectedLabels(page: LoadedPage, questionId: string): string[] {
  const options = findAll(page, `.option-${questionId}`).map((node) => node.dom!);
  const highlighted = options.filter((dom) => dom.classList.contains('main--option--on'));
  const checked = options.filter((dom) => dom.getAttribute('aria-checked') === 'true');
  expect(checked).toEqual(highlighted);
  return checked.map((dom) => (dom.textContent ?? '').trim());
}

function stored(): unknown {
  return fakeWx.storage.get(ANSWERS_KEY);
}

describe('我的情况 page', () => {
  it('asks every question with every option and a way to skip', () => {
    const page = openPage('situation');
    const text = page.text();
    for (const question of questions) {
      expect(text).toContain(question.title);
      expect(text).toContain(question.help);
      for (const option of question.options) expect(text).toContain(option.label);
      expect(selectedLabels(page, question.id)).toEqual(['不确定，先跳过']);
    }
    expect(fakeWx.calls).toEqual([]);
  });

  it('tells a screen reader each option is a radio in a labelled group, and which one is checked', async () => {
    const page = openPage('situation');
    const groups = findAll(page, '.options').map((node) => node.dom!);
    expect(groups).toHaveLength(questions.length);
    groups.forEach((group, index) => {
      expect(group.getAttribute('aria-role')).toBe('radiogroup');
      expect(group.getAttribute('aria-label')).toBe(questions[index]!.title);
    });
    const question = questions[0]!;
    const option = question.options[0]!;
    const radios = () => findAll(page, `.option-${question.id}`).map((node) => node.dom!);
    expect(radios()).toHaveLength(question.options.length + 1);
    for (const radio of radios()) expect(radio.getAttribute('aria-role')).toBe('radio');
    // nothing answered: the skip option is the checked one
    expect(radios().map((radio) => radio.getAttribute('aria-checked'))).toEqual([
      ...question.options.map(() => 'false'),
      'true',
    ]);
    await answer(page, question.id, option.id);
    expect(radios().map((radio) => radio.getAttribute('aria-checked'))).toEqual([
      'true',
      ...question.options.slice(1).map(() => 'false'),
      'false',
    ]);
    // the section titles are headings
    const titles = findAll(page, '.question__title').map((node) => node.dom!);
    expect(titles.map((title) => title.getAttribute('aria-role'))).toEqual(questions.map(() => 'heading'));
    expect(findAll(page, '.intro__title')[0]!.dom!.getAttribute('aria-level')).toBe('1');
    // the drawn marks beside the result groups say nothing
    for (const mark of findAll(page, '.result-group__mark'))
      expect(mark.dom!.getAttribute('aria-hidden')).toBe('true');
  });

  it('gives a full, sourced result with every question left blank', () => {
    const page = openPage('situation');
    const text = page.text();
    expect(text).toContain('还没回答任何问题');
    expect(text).toContain('能办成的');
    expect(text).toContain('会卡住的，以及原因');
    expect(text).toContain('要做的事');
    for (const id of [
      'chat-keeps-working',
      'wallets-not-in-mexico',
      'cards-and-cash',
      'check-chinese-sim',
    ] as const) {
      expect(text).toContain(point(id).title);
      expect(text).toContain(point(id).text);
    }
    expect(text).toMatch(/来源 \d/);
    expect(text).toContain('结果的来源');
    expect(findAll(page, '.source-link').length).toBeGreaterThan(0);
    expect(text).toContain('内容核对于2026年12月1日');
  });

  it('shows the result for an answer, stores it, and keeps it after a restart', async () => {
    const page = openPage('situation');
    await answer(page, 'chinese-sim', 'inactive');
    await answer(page, 'mexico-line', 'data-only');
    const text = page.text();
    expect(text).toContain(point('codes-chinese-number-lost').title);
    expect(text).toContain(point('esim-no-sms').title);
    expect(text).toContain(point('foreign-line-not-registered').title);
    expect(text).not.toContain(point('codes-to-chinese-number').title);
    expect(text).toContain('还有 5 个问题没回答');
    expect(stored()).toEqual({
      version: 1,
      answers: { 'chinese-sim': 'inactive', 'mexico-line': 'data-only' },
    });
    expect(selectedLabels(page, 'chinese-sim')).toEqual([optionLabel('chinese-sim', 'inactive')]);

    const reopened = openPage('situation');
    expect(selectedLabels(reopened, 'chinese-sim')).toEqual([optionLabel('chinese-sim', 'inactive')]);
    expect(selectedLabels(reopened, 'mexico-line')).toEqual([optionLabel('mexico-line', 'data-only')]);
    expect(reopened.text()).toContain(point('codes-chinese-number-lost').title);
  });

  it('changes an answer and goes back to blank', async () => {
    const page = openPage('situation');
    await answer(page, 'chinese-sim', 'inactive');
    await answer(page, 'chinese-sim', 'active');
    expect(page.text()).toContain(point('codes-to-chinese-number').title);
    expect(page.text()).not.toContain(point('codes-chinese-number-lost').title);
    expect(stored()).toEqual({ version: 1, answers: { 'chinese-sim': 'active' } });

    await skip(page, 'chinese-sim');
    // No answers left: storage.ts removes the key rather than keep an empty value.
    expect(stored()).toBeUndefined();
    expect(page.text()).toContain(point('check-chinese-sim').title);
    expect(selectedLabels(page, 'chinese-sim')).toEqual(['不确定，先跳过']);
    expect(openPage('situation').text()).toContain('还没回答任何问题');
  });

  it('answers everything: a resident with a Mexican number and no Chinese card', async () => {
    const page = openPage('situation');
    await answer(page, 'phone', 'esim-ready');
    await answer(page, 'mexico-line', 'mexican-number');
    await answer(page, 'chinese-sim', 'active');
    await answer(page, 'chinese-bank', 'no-chinese-card');
    await answer(page, 'stay', 'resident');
    await answer(page, 'phone-origin', 'hk-macau-abroad');
    await answer(page, 'roaming', 'on');
    const text = page.text();
    for (const id of [
      'data-by-esim',
      'mexican-number-sms',
      'register-with-passport',
      'foreign-card-wallet',
      'resident-local-account',
      'money-home-routes',
      'roaming-on',
    ] as const) {
      expect(text).toContain(point(id).title);
    }
    expect(text).not.toContain(point('turn-on-roaming').title);
    expect(text).not.toContain(point('mainland-phone-no-esim').title);
    expect(text).not.toContain('个问题没回答');
    expect(text).toContain(`指南：${getSection('line-register')!.title}`);
  });

  it('marks low-confidence points', async () => {
    const page = openPage('situation');
    expect(findAll(page, '.point-atm-fees')[0]!.dom?.textContent).toContain('可信度低，请自行核实');
    expect(findAll(page, '.point-cards-and-cash')[0]!.dom?.textContent).not.toContain('可信度低');
    await answer(page, 'chinese-sim', 'active');
    const keepNumber = findAll(page, '.point-keep-number-plan')[0]!;
    expect(keepNumber.dom?.textContent).toContain('可信度低，请自行核实');
    const codes = findAll(page, '.point-codes-to-chinese-number')[0]!;
    expect(codes.dom?.textContent).not.toContain('可信度低');
  });

  it('opens the guide section and the checklist stage a point links to', async () => {
    const page = openPage('situation');
    await answer(page, 'mexico-line', 'mexican-number');
    const register = findAll(page, '.point-register-with-passport')[0]!;
    const links = findAll(page, '.point-link').filter((node) => register.dom?.contains(node.dom ?? null));
    expect(links.length).toBeGreaterThanOrEqual(2);
    const sectionLink = links.find((node) => node.dom?.textContent?.startsWith('指南：'))!;
    await fire(sectionLink);
    expect(fakeWx.navigations).toEqual(['/pages/guide/index?section=line-register']);
    const itemLink = links.find((node) => node.dom?.textContent?.startsWith('清单：'))!;
    await fire(itemLink);
    const item = getChecklistItem('passport-for-mexican-sim')!;
    expect(fakeWx.navigations[1]).toBe(`/pages/checklist/index?group=${item.group}`);
  });

  it('copies a source address instead of opening it', async () => {
    const page = openPage('situation');
    await fire(findAll(page, '.source-link')[0]!, 'click');
    const sources = page.instance.data.sources as { id: string }[];
    expect(fakeWx.clipboard).toEqual([getSource(sources[0]!.id)!.url]);
    expect(fakeWx.navigations).toEqual([]);
  });

  it('survives corrupted storage and keeps well-formed unknown answers aside', async () => {
    fakeWx.corrupt(ANSWERS_KEY, {
      version: 1,
      answers: { phone: 'no-esim', stay: 12, 'old-question': 'kept-option', '<b>': 'x' },
    });
    const page = openPage('situation');
    expect(selectedLabels(page, 'phone')).toEqual([optionLabel('phone', 'no-esim')]);
    expect(selectedLabels(page, 'stay')).toEqual(['不确定，先跳过']);
    expect(fakeWx.toasts).toEqual(['部分答案读不出，其余已保留']);
    await answer(page, 'stay', 'tourist');
    expect(stored()).toEqual({
      version: 1,
      answers: { 'old-question': 'kept-option', phone: 'no-esim', stay: 'tourist' },
    });

    fakeWx.corrupt(ANSWERS_KEY, 'not json at all {');
    expect(openPage('situation').text()).toContain('还没回答任何问题');
  });

  it('keeps answers made while storage cannot be read, and adds them to what was stored', async () => {
    fakeWx.storage.set(ANSWERS_KEY, { version: 1, answers: { phone: 'no-esim' } });
    fakeWx.failReads();
    const page = openPage('situation');
    expect(fakeWx.toasts).toEqual([]); // said on the page instead
    expect(page.text()).toContain('暂时读不到之前保存的答案');
    await answer(page, 'stay', 'tourist');
    expect(selectedLabels(page, 'stay')).toEqual([optionLabel('stay', 'tourist')]);
    // Nothing is overwritten blind while the stored answers cannot be read.
    expect(stored()).toEqual({ version: 1, answers: { phone: 'no-esim' } });

    fakeWx.recoverReads();
    await answer(page, 'chinese-sim', 'active');
    expect(stored()).toEqual({
      version: 1,
      answers: { phone: 'no-esim', stay: 'tourist', 'chinese-sim': 'active' },
    });
    expect(selectedLabels(page, 'phone')).toEqual([optionLabel('phone', 'no-esim')]);
  });

  it('keeps answers on screen when storage is full, and says so once', async () => {
    const page = openPage('situation');
    fakeWx.failWrites();
    await answer(page, 'chinese-sim', 'inactive');
    await answer(page, 'stay', 'resident');
    expect(fakeWx.toasts).toEqual(['存储空间满了，答案没存上']);
    expect(page.text()).toContain('手机存储空间满了，答案没能存进手机');
    expect(page.text()).toContain(point('codes-chinese-number-lost').title);
    expect(page.text()).toContain(point('money-home-routes').title);
  });

  it('clears all answers', async () => {
    const page = openPage('situation');
    await answer(page, 'phone', 'esim-ready');
    await fire(findAll(page, '.clear-answers')[0]!, 'click');
    expect(stored()).toBeUndefined();
    expect(fakeWx.toasts).toEqual(['答案已清空']);
    expect(page.text()).toContain('还没回答任何问题');
  });

  it('shares itself, never the answers', async () => {
    const page = openPage('situation');
    await answer(page, 'chinese-sim', 'inactive');
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: expect.stringContaining('我的情况'),
      path: '/pages/situation/index',
    });
    expect(page.instance.onShareTimeline!()).toEqual({
      title: expect.stringContaining('我的情况'),
      query: '',
    });
  });

  it('stays well inside the WXML node budget with every question answered', async () => {
    const page = openPage('situation');
    await answer(page, 'phone', 'no-esim');
    await answer(page, 'mexico-line', 'data-only');
    await answer(page, 'chinese-sim', 'inactive');
    await answer(page, 'chinese-bank', 'card-and-id');
    await answer(page, 'stay', 'resident');
    const nodes = page.root.querySelectorAll('*').length;
    console.log(`situation page: ${nodes} nodes, data ${JSON.stringify(page.instance.data).length} bytes`);
    expect(nodes).toBeLessThan(1000);
  });
});
