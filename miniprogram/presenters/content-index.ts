/**
 * Keeps the lists of content easy to scan as they grow: the guide grouped by part (home and the table of
 * contents), sources grouped by the fact sheet's topics, and one search over titles and body text. Pure:
 * pages pass the store and the query; nothing here reads storage or `wx`.
 */
import { facts } from '../content/facts';
import { contentStore } from '../content/index';
import type { ContentStore, GuidePartId, Source } from '../content/types';
import { blockTexts } from '../content/validate';
import { sourceDateLabel, sourceTitle } from './content-view';

export interface GuideEntryView {
  id: string;
  /** e.g. "3. 验证码发到哪里": numbered through the whole guide, so numbers match "第 3 / 19 节". */
  title: string;
  summary: string;
}

export interface GuidePartView {
  id: GuidePartId;
  title: string;
  /** e.g. "5 节". */
  countLabel: string;
  sections: GuideEntryView[];
}

/**
 * Which part a collapsible list shows open: the one the reader opened, else the part holding the current
 * section, else the first.
 */
export function openPartId(
  options: { openPart?: GuidePartId; currentSection?: string } = {},
  store: ContentStore = contentStore,
): GuidePartId | undefined {
  const current = store.sections.find((section) => section.id === options.currentSection);
  return options.openPart ?? current?.part ?? store.guideParts[0]?.id;
}

/** The guide's sections grouped by part, in reading order; parts never come out empty. */
export function presentGuideParts(store: ContentStore = contentStore): GuidePartView[] {
  const numbered = store.sections.map((section, index) => ({ section, number: index + 1 }));
  return store.guideParts.flatMap((part) => {
    const members = numbered.filter(({ section }) => section.part === part.id);
    if (members.length === 0) return [];
    return [
      {
        id: part.id,
        title: part.title,
        countLabel: `${members.length} 节`,
        sections: members.map(({ section, number }) => ({
          id: section.id,
          title: `${number}. ${section.title}`,
          summary: section.summary,
        })),
      },
    ];
  });
}

/** The fact sheet's topics, for grouping sources (F1 … F15). */
export const SOURCE_TOPICS: readonly { prefix: string; title: string }[] = [
  { prefix: 'F1', title: '号码、eSIM 和验证码' },
  { prefix: 'F2', title: '微信支付' },
  { prefix: 'F3', title: '支付宝' },
  { prefix: 'F4', title: '墨西哥手机号登记' },
  { prefix: 'F5', title: '在墨西哥付钱' },
  { prefix: 'F6', title: '中墨之间转钱' },
  { prefix: 'F7', title: '虚拟货币' },
  { prefix: 'F8', title: '紧急求助' },
  { prefix: 'F9', title: '大陆买的手机' },
  { prefix: 'F10', title: '银联卡和取现' },
  { prefix: 'F11', title: '带现金出入境' },
  { prefix: 'F12', title: '入境墨西哥' },
  { prefix: 'F13', title: '游客退税' },
  { prefix: 'F14', title: '出行' },
  { prefix: 'F15', title: '安全和防骗' },
];

/** The topic of a source: that of the first fact (in sheet order) it supports. */
export function sourceTopic(sourceId: string): string {
  for (const [id, fact] of Object.entries(facts)) {
    if ((fact.sources as readonly string[]).includes(sourceId)) return id.split('.')[0]!;
  }
  return '';
}

export interface SourceTopicView {
  key: string;
  title: string;
  countLabel: string;
  sources: {
    id: string;
    number: number;
    title: string;
    publisher: string;
    url: string;
    dateLabel: string;
    note: string;
  }[];
}

/** Sources grouped by topic, numbered in the order shown; a query keeps only sources that match it. */
export function presentSourcesByTopic(sources: readonly Source[], query = ''): SourceTopicView[] {
  const needle = normalize(query);
  const matching = sources.filter((source) =>
    needle === ''
      ? true
      : normalize(
          [sourceTitle(source), source.publisher, source.note, source.url, source.description ?? ''].join(
            ' ',
          ),
        ).includes(needle),
  );
  let number = 0;
  return SOURCE_TOPICS.flatMap((topic) => {
    const members = matching.filter((source) => sourceTopic(source.id) === topic.prefix);
    if (members.length === 0) return [];
    return [
      {
        key: topic.prefix,
        title: topic.title,
        countLabel: `${members.length} 条`,
        sources: members.map((source) => ({
          id: source.id,
          number: (number += 1),
          title: sourceTitle(source),
          publisher: source.publisher,
          url: source.url,
          dateLabel: sourceDateLabel(source),
          note: source.note,
        })),
      },
    ];
  });
}

export type SearchHitKind = 'section' | 'item' | 'source';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  title: string;
  /** The matching text with a little context, e.g. "…发 KTGJDX 到 10086…". */
  snippet: string;
}

/** Lower-case, full-width letters and digits folded to ASCII, spaces dropped: "ＫＴＧＪ dx" finds "KTGJDX". */
function normalize(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/g, '');
}

function snippetOf(texts: readonly string[], needle: string): string | undefined {
  for (const text of texts) {
    const index = normalize(text).indexOf(needle);
    if (index < 0) continue;
    // Positions in the normalized text run ahead of the original by the spaces dropped; a little slack is fine.
    const start = Math.max(0, index - 12);
    const end = Math.min(text.length, index + needle.length + 24);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
  return undefined;
}

/** At most this many hits per kind, so a short query never produces a page too long to render. */
export const SEARCH_LIMIT_PER_KIND = 12;

/**
 * Finds sections, checklist items and sources whose title or body text contains the query (case, width and
 * spacing ignored). A blank query finds nothing.
 */
export function searchContent(query: string, store: ContentStore = contentStore): SearchHit[] {
  const needle = normalize(query);
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  const take = (kind: SearchHitKind, id: string, title: string, texts: readonly string[]) => {
    if (hits.filter((hit) => hit.kind === kind).length >= SEARCH_LIMIT_PER_KIND) return;
    const snippet = snippetOf([title, ...texts], needle);
    if (snippet !== undefined) hits.push({ kind, id, title, snippet });
  };
  for (const section of store.sections)
    take('section', section.id, section.title, [section.summary, ...section.blocks.flatMap(blockTexts)]);
  for (const item of store.checklistItems) take('item', item.id, item.title, [item.why, ...item.how]);
  for (const source of store.sources)
    take('source', source.id, sourceTitle(source), [source.publisher, source.note, source.description ?? '']);
  return hits;
}
