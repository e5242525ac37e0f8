/**
 * Checks the content store the way an editor would want before shipping: ids unique and well-formed, every
 * reference resolves, every claim cites a source, no empty text, dates real, and nothing promotional.
 * Tests and `npm start` run it on the whole store (`store.ts`: every package's content) and on broken fixtures.
 * It lives outside `miniprogram/` because no package of the app loads it.
 */
import { facts, isStrongerThan, type Fact } from '../miniprogram/content/facts';
import type {
  Cited,
  ContentStore,
  PaymentFact,
  SituationPointKind,
  SituationTopic,
} from '../miniprogram/content/types';
import { blockTexts } from '../miniprogram/pages/guide/sections/block-texts';

export { blockTexts };

export interface ValidationProblem {
  /** Where, e.g. `sections[2].blocks[1].cites[0]`. */
  path: string;
  message: string;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POINT_KINDS: readonly SituationPointKind[] = ['works', 'fails', 'todo'];
const TOPICS: readonly SituationTopic[] = [
  'chat',
  'mobile-data',
  'codes-chinese-number',
  'codes-mexican-number',
  'sms-abroad',
  'line-register',
  'bank-card',
  'pay-china',
  'wallets-in-mexico',
  'cards-and-cash',
  'local-banking',
  'money-home',
  'safety',
];
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Text that must never reach a reader: messaging-app handles and links, "add me" lines, account-selling
 * services. The seed article ended with such a line; this keeps it, and anything like it, out.
 */
const PROMOTIONAL_PATTERNS: readonly RegExp[] = [
  /t\.me\//i,
  /tele\s*gram/i,
  /whats\s*app|wa\.me\//i,
  /line\.me\//i,
  /加\s*(?:微信|[vV]信?|qq|QQ)/,
  /(?:微信号|[vV][xX]号?|[wW][xX]号|[qQ]{2}号|[qQ]{2}群)\s*[:：]/,
  /代\s*(?:注\s*册|实\s*名|开\s*户|办\s*卡)|私信|扫码加好友|客服微信|联系方式[:：]/,
  /(?:^|[\s(（])@[A-Za-z0-9_]{3,}/,
  /jx\s*0703/i,
];

/** Content farms the fact sheet names: never cited, even where they repeat a fact. */
export const CONTENT_FARMS: readonly string[] = [
  '10100.com',
  'masons-aupair.com',
  'glarity.app',
  'gzjll',
  'sboyo',
  '9m8m.com',
  'aliyunyouhui.com',
];

/**
 * Why an address cannot be cited, or undefined when it is a page a reader can open: an http(s) address of a
 * specific page (a site's root `/` with no query is a homepage), not on a content farm.
 */
export function sourceAddressProblem(url: string): string | undefined {
  const match = /^(https?):\/\/([^\s/?#]+\.[^\s/?#]+)(\/[^\s?#]*)?(\?[^\s#]*)?(#\S*)?$/.exec(url);
  if (!match) return `not a web address: "${url}"`;
  const host = match[2]!.toLowerCase();
  const farm = CONTENT_FARMS.find((name) => host.includes(name));
  if (farm) return `content farm "${farm}" is never cited`;
  const path = match[3] ?? '/';
  const query = match[4] ?? '';
  if (path === '/' && query.length <= 1) return `a homepage, not a page: "${url}"`;
  return undefined;
}

/** URLs belong in sources only; reader text never carries a link. */
const LINK_PATTERN = /(?:https?:\/\/|www\.)\S+/i;

/** A real calendar date in one of the accepted precisions. */
export function isWellFormedDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1990 || year > 2100) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export function findPromotionalText(text: string): string | undefined {
  for (const pattern of PROMOTIONAL_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  const link = LINK_PATTERN.exec(text);
  return link ? link[0] : undefined;
}

export function validate(store: ContentStore): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const checkText = (path: string, text: unknown) => {
    if (typeof text !== 'string' || text.trim() === '') {
      report(path, 'empty text');
      return;
    }
    const promotional = findPromotionalText(text);
    if (promotional) report(path, `promotional or contact text: "${promotional}"`);
  };

  const checkIds = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (!ID_PATTERN.test(id)) report(`${kind}[${index}].id`, `id "${id}" is not lower-kebab-case`);
      if (seen.has(id)) report(`${kind}[${index}].id`, `duplicate id "${id}"`);
      seen.add(id);
    });
  };

  const sourceIds = new Set<string>(store.sources.map((source) => source.id));
  const sectionIds = new Set<string>(store.sections.map((section) => section.id));
  const itemIds = new Set<string>(store.checklistItems.map((item) => item.id));
  const groupIds = new Set<string>(store.checklistGroups.map((group) => group.id));

  const checkCites = (path: string, cites: readonly string[], required: boolean) => {
    if (required && cites.length === 0) report(`${path}.cites`, 'a claim must cite at least one source');
    cites.forEach((id, index) => {
      if (!sourceIds.has(id)) report(`${path}.cites[${index}]`, `unknown source "${id}"`);
    });
  };

  /** A claim's footing: known facts, sources among theirs, a confidence no fact allows to be stronger. */
  const checkClaim = (path: string, cited: Cited) => {
    const isClaim = cited.claim !== false;
    checkCites(path, cited.cites, isClaim);
    const factIds = (cited.facts ?? []) as readonly string[];
    if (isClaim && factIds.length === 0) report(`${path}.facts`, 'a claim must name the facts it rests on');
    const known: Fact[] = [];
    factIds.forEach((id, index) => {
      const fact = (facts as Record<string, Fact>)[id];
      if (fact) known.push(fact);
      else report(`${path}.facts[${index}]`, `unknown fact "${id}"`);
    });
    if (!['H', 'M', 'L'].includes(cited.confidence)) {
      report(`${path}.confidence`, 'confidence must be H, M or L');
    } else if (isClaim) {
      const ceiling = known.find((fact) => isStrongerThan(cited.confidence, fact.confidence));
      if (ceiling) report(`${path}.confidence`, `stronger than a fact it rests on (${ceiling.confidence})`);
    }
    if (isClaim) {
      const allowed = new Set<string>(known.flatMap((fact) => fact.sources));
      cited.cites.forEach((id, index) => {
        if (sourceIds.has(id) && !allowed.has(id))
          report(`${path}.cites[${index}]`, `source "${id}" backs none of the claim's facts`);
      });
    }
    if (cited.reviewBy !== undefined && !isWellFormedDate(cited.reviewBy)) {
      report(`${path}.reviewBy`, `malformed date "${cited.reviewBy}"`);
    }
  };

  checkIds(
    'sources',
    store.sources.map((source) => source.id),
  );
  checkIds(
    'sections',
    store.sections.map((section) => section.id),
  );
  checkIds(
    'checklistGroups',
    store.checklistGroups.map((group) => group.id),
  );
  checkIds(
    'checklistItems',
    store.checklistItems.map((item) => item.id),
  );
  checkIds(
    'emergencyContacts',
    store.emergencyContacts.map((contact) => contact.id),
  );

  if (!isWellFormedDate(store.version.replace(/\./g, '-')))
    report('version', 'version must be a date like 2026.11.25');

  checkText('shortAnswer.title', store.shortAnswer.title);
  if (store.shortAnswer.sentences.length === 0) report('shortAnswer.sentences', 'the short answer is empty');
  store.shortAnswer.sentences.forEach((text, index) => checkText(`shortAnswer.sentences[${index}]`, text));
  checkClaim('shortAnswer', store.shortAnswer);

  store.sources.forEach((source, index) => {
    const path = `sources[${index}]`;
    if (source.untitled === true) {
      if (source.title !== undefined) report(`${path}.title`, 'an untitled page has no title');
      checkText(`${path}.description`, source.description);
    } else {
      checkText(`${path}.title`, source.title);
      if (source.untitled !== undefined) report(`${path}.untitled`, 'untitled must be true or absent');
    }
    checkText(`${path}.publisher`, source.publisher);
    checkText(`${path}.note`, source.note);
    const addressProblem = sourceAddressProblem(source.url);
    if (addressProblem) report(`${path}.url`, addressProblem);
    if (source.published === undefined && source.undated !== true) {
      report(`${path}.published`, 'give the date the source carries, or mark it undated: true');
    }
    if (source.published !== undefined && source.undated !== undefined) {
      report(`${path}.undated`, 'a source with a published date is not undated');
    }
    if (source.published !== undefined && !isWellFormedDate(source.published)) {
      report(`${path}.published`, `malformed date "${source.published}"`);
    }
    if (!isWellFormedDate(source.checked)) report(`${path}.checked`, `malformed date "${source.checked}"`);
    if (source.published !== undefined && source.published.slice(0, 10) > source.checked) {
      report(`${path}.published`, 'published after it was checked');
    }
    if (!['H', 'M', 'L'].includes(source.confidence))
      report(`${path}.confidence`, 'confidence must be H, M or L');
  });

  if (store.sections.length === 0) report('sections', 'the guide has no sections');
  store.sections.forEach((section, sectionIndex) => {
    const path = `sections[${sectionIndex}]`;
    checkText(`${path}.title`, section.title);
    checkText(`${path}.summary`, section.summary);
    if (!isWellFormedDate(section.checked)) report(`${path}.checked`, `malformed date "${section.checked}"`);
    if (section.blocks.length === 0) report(`${path}.blocks`, 'a section needs at least one block');
    section.blocks.forEach((block, blockIndex) => {
      const blockPath = `${path}.blocks[${blockIndex}]`;
      const texts = blockTexts(block);
      if (texts.length === 0) report(blockPath, 'block has no text');
      texts.forEach((text, textIndex) => checkText(`${blockPath}.text[${textIndex}]`, text));
      checkClaim(blockPath, block);
      if (block.kind === 'table') {
        block.rows.forEach((row, rowIndex) => {
          if (row.length !== block.columns.length) {
            report(
              `${blockPath}.rows[${rowIndex}]`,
              `row has ${row.length} cells for ${block.columns.length} columns`,
            );
          }
        });
      }
    });
    if (!store.guideParts.some((part) => part.id === section.part))
      report(`${path}.part`, `unknown part "${String(section.part)}"`);
    section.relatedItems.forEach((id, index) => {
      if (!itemIds.has(id)) report(`${path}.relatedItems[${index}]`, `unknown checklist item "${id}"`);
    });
  });

  store.checklistGroups.forEach((group, index) => {
    checkText(`checklistGroups[${index}].title`, group.title);
    checkText(`checklistGroups[${index}].intro`, group.intro);
    if (!store.checklistItems.some((item) => item.group === group.id)) {
      report(`checklistGroups[${index}]`, `group "${group.id}" has no items`);
    }
  });

  store.checklistItems.forEach((item, index) => {
    const path = `checklistItems[${index}]`;
    checkText(`${path}.title`, item.title);
    checkText(`${path}.why`, item.why);
    if (item.how.length === 0) report(`${path}.how`, 'an item needs at least one step');
    item.how.forEach((text, stepIndex) => checkText(`${path}.how[${stepIndex}]`, text));
    checkClaim(path, item);
    if (!groupIds.has(item.group)) report(`${path}.group`, `unknown group "${item.group}"`);
    if (!sectionIds.has(item.section)) report(`${path}.section`, `unknown section "${item.section}"`);
  });

  store.emergencyContacts.forEach((contact, index) => {
    const path = `emergencyContacts[${index}]`;
    checkText(`${path}.name`, contact.name);
    checkText(`${path}.display`, contact.display);
    checkText(`${path}.note`, contact.note);
    if (!/^\+?\d{3,15}$/.test(contact.phone))
      report(`${path}.phone`, `not a dialable number "${contact.phone}"`);
    checkClaim(path, contact);
    if (contact.group !== 'help' && contact.group !== 'carrier') {
      report(`${path}.group`, `unknown group "${String(contact.group)}"`);
    }
  });
  if (!isWellFormedDate(store.emergencyChecked)) {
    report('emergencyChecked', `malformed date "${store.emergencyChecked}"`);
  }

  const checkLinks = (path: string, sections: readonly string[], items: readonly string[]) => {
    sections.forEach((id, index) => {
      if (!sectionIds.has(id)) report(`${path}.sections[${index}]`, `unknown section "${id}"`);
    });
    items.forEach((id, index) => {
      if (!itemIds.has(id)) report(`${path}.items[${index}]`, `unknown checklist item "${id}"`);
    });
  };

  // The decision helper: questions with unique ids and options, points that cite and link to what exists.
  const { situation } = store;
  if (!isWellFormedDate(situation.checked))
    report('situation.checked', `malformed date "${situation.checked}"`);
  if (situation.questions.length === 0) report('situation.questions', 'the decision helper has no questions');
  checkIds(
    'situation.questions',
    situation.questions.map((question) => question.id),
  );
  situation.questions.forEach((question, index) => {
    const path = `situation.questions[${index}]`;
    checkText(`${path}.title`, question.title);
    checkText(`${path}.help`, question.help);
    if (question.options.length < 2) report(`${path}.options`, 'a question needs at least two options');
    checkIds(
      `${path}.options`,
      question.options.map((option) => option.id),
    );
    question.options.forEach((option, optionIndex) =>
      checkText(`${path}.options[${optionIndex}].label`, option.label),
    );
  });
  checkIds(
    'situation.points',
    situation.points.map((point) => point.id),
  );
  situation.points.forEach((point, index) => {
    const path = `situation.points[${index}]`;
    checkText(`${path}.title`, point.title);
    checkText(`${path}.text`, point.text);
    if (!POINT_KINDS.includes(point.kind)) report(`${path}.kind`, `unknown kind "${String(point.kind)}"`);
    if (!TOPICS.includes(point.topic)) report(`${path}.topic`, `unknown topic "${String(point.topic)}"`);
    checkClaim(path, point);
    if (point.sections.length === 0) report(`${path}.sections`, 'a point must link to a guide section');
    checkLinks(path, point.sections, point.items);
  });

  // Payment options and the phrase card.
  const { payments } = store;
  if (!isWellFormedDate(payments.checked)) report('payments.checked', `malformed date "${payments.checked}"`);
  if (payments.options.length === 0) report('payments.options', 'no payment options');
  checkIds(
    'payments.options',
    payments.options.map((option) => option.id),
  );
  const checkFact = (path: string, fact: PaymentFact | undefined) => {
    if (!fact) {
      report(path, 'missing');
      return;
    }
    checkText(`${path}.text`, fact.text);
    checkClaim(path, fact);
  };
  payments.options.forEach((option, index) => {
    const path = `payments.options[${index}]`;
    checkText(`${path}.name`, option.name);
    checkText(`${path}.verdict`, option.verdict);
    checkText(`${path}.glance.where`, option.glance.where);
    checkText(`${path}.glance.cost`, option.glance.cost);
    if (!['good', 'some', 'poor', 'avoid'].includes(option.fit))
      report(`${path}.fit`, `unknown fit "${String(option.fit)}"`);
    if (option.tags.length === 0) report(`${path}.tags`, 'an option needs at least one tag');
    option.tags.forEach((tag, tagIndex) => {
      checkText(`${path}.tags[${tagIndex}].label`, tag.label);
      if (!['good', 'neutral', 'bad'].includes(tag.tone))
        report(`${path}.tags[${tagIndex}].tone`, `unknown tone "${String(tag.tone)}"`);
    });
    if (option.sections.length === 0) report(`${path}.sections`, 'an option must link to a guide section');
    checkLinks(path, option.sections, []);
    if (option.kind === 'option') {
      checkFact(`${path}.where`, option.where);
      checkFact(`${path}.feesAndLimits`, option.feesAndLimits);
      checkFact(`${path}.setup`, option.setup);
      checkFact(`${path}.risks`, option.risks);
    } else {
      checkFact(`${path}.warning`, option.warning);
      if (option.fit !== 'avoid') report(`${path}.fit`, 'a warning card must be rated "avoid"');
    }
  });
  if (payments.phrases.length === 0) report('payments.phrases', 'the phrase card is empty');
  checkIds(
    'payments.phrases',
    payments.phrases.map((phrase) => phrase.id),
  );
  payments.phrases.forEach((phrase, index) => {
    const path = `payments.phrases[${index}]`;
    checkText(`${path}.when`, phrase.when);
    checkText(`${path}.spanish`, phrase.spanish);
    checkText(`${path}.meaning`, phrase.meaning);
    checkText(`${path}.reading`, phrase.reading);
    checkClaim(path, phrase);
  });

  // The tools' content (pages/tools/content.ts): every string a reader may see, every fact it rests on.
  const { tools } = store;
  if (!isWellFormedDate(tools.asOf)) report('tools.asOf', `malformed date "${tools.asOf}"`);
  for (const [path, text] of toolTexts(tools)) checkText(`tools.${path}`, text);
  for (const path of spanishWithoutAid(tools))
    report(`tools.${path}`, 'Spanish must be marked as a language aid (languageAid: true)');
  for (const [path, ids] of toolFactLists(tools)) {
    if (!Array.isArray(ids)) {
      report(`tools.${path}`, 'facts is not a list');
      continue;
    }
    ids.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !Object.prototype.hasOwnProperty.call(facts, id))
        report(`tools.${path}[${index}]`, `unknown fact "${String(id)}"`);
    });
  }

  return problems;
}

/** Every string under the tools' content, with its path (numbers, flags and fact ids left out). */
export function toolTexts(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => toolTexts(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'facts' || key === 'asOf' || key === 'id' || key === 'kind' || key === 'choice'
      ? []
      : toolTexts(item, path ? `${path}.${key}` : key),
  );
}

/** Paths of the objects under the tools' content that carry `spanish` without `languageAid: true`. */
export function spanishWithoutAid(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => spanishWithoutAid(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = Object.prototype.hasOwnProperty.call(record, 'spanish') && record.languageAid !== true;
  return [
    ...(own ? [path] : []),
    ...Object.entries(record).flatMap(([key, item]) =>
      spanishWithoutAid(item, path ? `${path}.${key}` : key),
    ),
  ];
}

/** Every `facts` list under the tools' content, with its path. */
export function toolFactLists(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => toolFactLists(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]): [string, unknown][] => {
    const where = path ? `${path}.${key}` : key;
    return key === 'facts' ? [[where, item]] : toolFactLists(item, where);
  });
}
