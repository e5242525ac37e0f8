/**
 * The decision helper, exhaustively: every combination of answers (each question answered with each of its
 * options, or left blank) gives a non-empty, consistent result whose links and sources all exist.
 */
import { getChecklistItem, getSection, getSource } from '../miniprogram/content/index';
import { contentStore } from '../content-check/store';
import type { SituationAnswers, SituationPoint, SituationPointId } from '../miniprogram/content/types';
import { decideSituation, normalizeAnswers, situationPointIds } from '../miniprogram/pages/situation/decide';

const { questions, points } = contentStore.situation;

/** Every combination of answers, blanks included: the cartesian product of (options + blank). */
function allCombinations(): SituationAnswers[] {
  let combos: Record<string, string>[] = [{}];
  for (const question of questions) {
    const next: Record<string, string>[] = [];
    for (const combo of combos) {
      next.push({ ...combo });
      for (const option of question.options) next.push({ ...combo, [question.id]: option.id });
    }
    combos = next;
  }
  return combos as SituationAnswers[];
}

const COMBINATIONS = allCombinations();
const EXPECTED_COUNT = questions.reduce((product, question) => product * (question.options.length + 1), 1);

const ids = (list: readonly SituationPoint[]) => list.map((point) => point.id);
const label = (value: unknown) => JSON.stringify(value);

/**
 * Consistency rules a reader would expect; each returns a problem message or nothing. They state what must or
 * must not appear for an answer, independently of how decideSituation is written.
 */
type Rule = (
  answers: SituationAnswers,
  all: SituationPointId[],
  result: ReturnType<typeof decideSituation>,
) => string[];

const rules: Rule[] = [
  // A topic never appears both as working and as failing.
  (_answers, _all, result) => {
    const working = new Set(result.works.map((point) => point.topic));
    return result.fails
      .filter((point) => working.has(point.topic))
      .map((point) => `topic ${point.topic} both works and fails`);
  },
  // Chinese SIM inactive: nothing may say codes reach the Chinese number or that adding a card will go through.
  (answers, all, result) => {
    if (answers['chinese-sim'] !== 'inactive') return [];
    const problems: string[] = [];
    for (const id of [
      'codes-to-chinese-number',
      'add-card-needs-reserved-number',
      'pay-china-chinese-card',
    ] as const)
      if (all.includes(id)) problems.push(`inactive SIM but shows ${id}`);
    if (!all.includes('codes-chinese-number-lost')) problems.push('inactive SIM but no failing-codes point');
    if (result.works.some((point) => point.topic === 'codes-chinese-number'))
      problems.push('codes to Chinese number "work"');
    if (answers['chinese-bank'] === 'card-and-id' && !all.includes('add-card-fails'))
      problems.push('card and inactive SIM, but adding a card is not shown failing');
    return problems;
  },
  // The brief's example: inactive Chinese SIM with a data-only eSIM: no SMS code works anywhere.
  (answers, _all, result) =>
    answers['chinese-sim'] === 'inactive' && answers['mexico-line'] === 'data-only'
      ? result.works
          .filter(
            (point) => point.topic.startsWith('codes-') || /验证码.{0,6}(照常|能收|收得到)/.test(point.text),
          )
          .map((point) => `no number can receive codes, yet ${point.id} says they work`)
      : [],
  // Chinese SIM active: codes reach it, and nothing says they cannot.
  (answers, all) =>
    answers['chinese-sim'] === 'active'
      ? [
          ...(all.includes('codes-to-chinese-number') ? [] : ['active SIM without the codes point']),
          ...(all.includes('codes-chinese-number-lost') ? ['active SIM but codes shown lost'] : []),
        ]
      : [],
  // Data-only travel eSIM: no number, no SMS, a foreign line outside the register; never told to register.
  (answers, all) => {
    if (answers['mexico-line'] !== 'data-only') return [];
    const problems: string[] = [];
    for (const id of ['esim-no-sms', 'foreign-line-not-registered'] as const)
      if (!all.includes(id)) problems.push(`data-only eSIM without ${id}`);
    for (const id of ['register-with-passport', 'mexican-number-sms'] as const)
      if (all.includes(id)) problems.push(`data-only eSIM but shows ${id}`);
    return problems;
  },
  // A Mexican number: registration with a passport, linked to the line-register section.
  (answers, all, result) => {
    if (answers['mexico-line'] !== 'mexican-number') return [];
    const problems: string[] = [];
    if (!all.includes('register-with-passport')) problems.push('number line without the register point');
    if (all.includes('foreign-line-not-registered') || all.includes('esim-no-sms'))
      problems.push('number line shown as data-only');
    if (!result.sections.includes('line-register')) problems.push('number line does not link line-register');
    return problems;
  },
  // A phone that cannot take an eSIM never gets "use an eSIM"; a data-only eSIM then cannot be installed.
  (answers, all) => {
    if (answers.phone !== 'no-esim') return [];
    const problems: string[] = [];
    if (all.includes('data-by-esim')) problems.push('no eSIM phone told to use an eSIM');
    if (answers['mexico-line'] === 'data-only' && !all.includes('esim-wont-install'))
      problems.push('data-only eSIM on a phone without eSIM not shown failing');
    return problems;
  },
  // A phone bought in mainland China: told it most likely takes no eSIM, unless the person found it does.
  (answers, all) => {
    const problems: string[] = [];
    const mainland = answers['phone-origin'] === 'mainland';
    if (mainland && answers.phone !== 'esim-ready' && !all.includes('mainland-phone-no-esim'))
      problems.push('mainland phone not warned about eSIM');
    if (!mainland && all.includes('mainland-phone-no-esim'))
      problems.push('mainland warning for another phone');
    if (answers.phone === 'esim-ready' && all.includes('mainland-phone-no-esim'))
      problems.push('eSIM phone told it has no eSIM');
    if (answers['phone-origin'] === 'unsure' && answers.phone === undefined && !all.includes('check-eid'))
      problems.push('unsure where the phone is from, but not told to look for the EID');
    return problems;
  },
  // Roaming: off (or unknown) means "turn it on" before codes can arrive abroad; on means it is not asked.
  (answers, all) => {
    if (answers['chinese-sim'] === 'inactive') return [];
    const problems: string[] = [];
    if (answers.roaming === 'on' && all.includes('turn-on-roaming'))
      problems.push('roaming on, told to turn it on');
    if (answers.roaming === 'on' && !all.includes('roaming-on')) problems.push('roaming on, not confirmed');
    if (answers.roaming !== 'on' && !all.includes('turn-on-roaming')) problems.push('roaming off, not told');
    if (answers.roaming !== 'on' && all.includes('roaming-on')) problems.push('roaming off, shown as on');
    return problems;
  },
  // A Chinese bank card: UnionPay in Mexico is shown; a foreign-card person never sees it.
  (answers, all) =>
    (answers['chinese-bank'] === 'card-and-id') === all.includes('unionpay-in-mexico')
      ? []
      : ['UnionPay point does not follow the bank-card answer'],
  // Paying Mexican shops with WeChat/Alipay is always shown as failing, cards and cash always as working.
  (_answers, all, result) => [
    ...(ids(result.fails).includes('wallets-not-in-mexico') ? [] : ['wallets in Mexico not shown failing']),
    ...(ids(result.works).includes('cards-and-cash') ? [] : ['cards and cash not shown']),
    ...(all.includes('save-emergency-numbers') ? [] : ['no emergency numbers point']),
  ],
  // Residents are pointed at the money-home section (and its crypto warning), never at crypto as a route.
  (answers, _all, result) =>
    answers.stay === 'resident' && !result.sections.includes('money-home')
      ? ['resident without money-home']
      : [],
];

describe('decideSituation over every combination of answers', () => {
  it(`covers all ${EXPECTED_COUNT} combinations (each question answered or blank)`, () => {
    expect(COMBINATIONS).toHaveLength(EXPECTED_COUNT);
    expect(new Set(COMBINATIONS.map(label)).size).toBe(EXPECTED_COUNT);
    expect(EXPECTED_COUNT).toBeGreaterThanOrEqual(3 ** 7);
  });

  it('gives every combination a non-empty result in each part', () => {
    const empty = COMBINATIONS.filter((answers) => {
      const result = decideSituation(answers);
      return result.works.length === 0 || result.fails.length === 0 || result.todo.length === 0;
    });
    expect(empty.map(label)).toEqual([]);
  });

  it('cites existing sources and links existing guide sections and checklist items, every time', () => {
    const problems: string[] = [];
    for (const answers of COMBINATIONS) {
      const result = decideSituation(answers);
      const all = [...result.works, ...result.fails, ...result.todo];
      if (new Set(ids(all)).size !== all.length) problems.push(`${label(answers)}: a point appears twice`);
      for (const point of all) {
        if (point.claim !== false && point.cites.length === 0)
          problems.push(`${point.id}: claim without source`);
        if (point.sections.length === 0) problems.push(`${point.id}: no guide link`);
      }
      for (const id of result.sources) if (!getSource(id)) problems.push(`${label(answers)}: source ${id}`);
      for (const id of result.sections)
        if (!getSection(id)) problems.push(`${label(answers)}: section ${id}`);
      for (const id of result.items)
        if (!getChecklistItem(id)) problems.push(`${label(answers)}: item ${id}`);
      if (result.sources.length === 0 || result.sections.length === 0 || result.items.length === 0)
        problems.push(`${label(answers)}: result without sources or links`);
    }
    expect(problems).toEqual([]);
  });

  it('never contradicts itself', () => {
    const problems: string[] = [];
    for (const answers of COMBINATIONS) {
      const all = situationPointIds(answers);
      const result = decideSituation(answers);
      for (const rule of rules)
        for (const problem of rule(answers, all, result)) problems.push(`${label(answers)}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('reports which questions were left blank', () => {
    for (const answers of COMBINATIONS) {
      const blank = questions.map((question) => question.id).filter((id) => answers[id] === undefined);
      expect(decideSituation(answers).unanswered).toEqual(blank);
    }
  });

  it('lets every question change the result, and uses every point somewhere', () => {
    const shown = new Set<string>();
    for (const answers of COMBINATIONS) for (const id of situationPointIds(answers)) shown.add(id);
    expect([...shown].sort()).toEqual(points.map((point) => point.id).sort());

    for (const question of questions) {
      const differs = COMBINATIONS.some((answers) =>
        question.options.some((option) => {
          const changed = { ...answers, [question.id]: option.id } as SituationAnswers;
          return label(situationPointIds(changed)) !== label(situationPointIds(answers));
        }),
      );
      expect({ question: question.id, differs }).toEqual({ question: question.id, differs: true });
    }
  });

  it('keeps all sections of the result in the order works, fails, todo with their own kind', () => {
    for (const answers of COMBINATIONS) {
      const result = decideSituation(answers);
      expect(result.works.every((point) => point.kind === 'works')).toBe(true);
      expect(result.fails.every((point) => point.kind === 'fails')).toBe(true);
      expect(result.todo.every((point) => point.kind === 'todo')).toBe(true);
    }
  });
});

describe('decideSituation with answers that are not answers', () => {
  const blank = decideSituation({});

  it.each([
    ['null', null],
    ['an array', ['phone', 'esim-ready']],
    ['a string', 'phone=esim-ready'],
    ['unknown options', { phone: 'maybe', 'mexico-line': 42, stay: null }],
    ['unknown questions', { colour: 'blue', 'chinese-sim-v2': 'active' }],
    ['a prototype trick', JSON.parse('{"__proto__": {"phone": "no-esim"}, "constructor": "x"}')],
  ])('treats %s as blank', (_label, raw) => {
    expect(() => decideSituation(raw as Record<string, unknown>)).not.toThrow();
    expect(decideSituation(raw as Record<string, unknown>)).toEqual(blank);
  });

  it('keeps the valid answers of a mixed bag', () => {
    expect(normalizeAnswers({ phone: 'esim-ready', stay: 'forever', 'chinese-sim': 'inactive' })).toEqual({
      phone: 'esim-ready',
      'chinese-sim': 'inactive',
    });
  });
});
