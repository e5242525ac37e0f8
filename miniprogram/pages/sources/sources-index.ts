/**
 * The sources page's list: sources grouped by the fact sheet's topics, numbered in the order shown, filtered by
 * a query. Sources subpackage (only this page reads it). Pure.
 */
import { facts } from '../../content/facts';
import type { NotedSource, Source } from '../../content/types';
import { sourceDateLabel, sourceTitle } from '../../presenters/content-view';
import { normalize } from '../../presenters/content-index';
import { sourceNotes } from './notes';

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

/** A source as the sources page lists it: numbered in the order shown, with its note. */
export interface SourceListView {
  id: string;
  number: number;
  title: string;
  publisher: string;
  url: string;
  dateLabel: string;
  note: string;
}

export interface SourceTopicView {
  key: string;
  title: string;
  countLabel: string;
  sources: SourceListView[];
}

/** Sources with their notes (the notes are this subpackage's, `notes.ts`). */
export function withNotes(sources: readonly Source[]): NotedSource[] {
  return sources.map((source) => ({ ...source, note: sourceNotes[source.id] }));
}

/** Sources grouped by topic, numbered in the order shown; a query keeps only sources that match it. */
export function presentSourcesByTopic(sources: readonly NotedSource[], query = ''): SourceTopicView[] {
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
