/**
 * Turns store content into the plain data templates render: labels worked out here, not in WXML.
 * Nothing here reads storage or `wx`.
 */
import { getSources, weakestConfidence } from '../content/index';
import type { Cited, Confidence, Source } from '../content/types';

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  H: '可信度高',
  M: '可信度中',
  L: '可信度低，请自行核实',
};

export const CONFIDENCE_TAG_TYPE: Record<Confidence, 'success' | 'primary' | 'warning'> = {
  H: 'success',
  M: 'primary',
  L: 'warning',
};

export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return `${year}年${Number(month)}月${Number(day)}日`;
  if (month !== undefined) return `${year}年${Number(month)}月`;
  return `${year}年`;
}

/** Calendar parts of an `IsoDate`; a month or year alone counts from its first day. */
function dateParts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/** Months after which a checked date is shown as possibly out of date. */
export const STALE_AFTER_MONTHS = 6;

/**
 * True when `checked` lies more than six months before `today` (the device's date, by the device's calendar).
 * Pure: pages pass `new Date()`, tests pass any date.
 */
export function isOutOfDate(checked: string, today: Date): boolean {
  const [year, month, day] = dateParts(checked);
  const months = (today.getFullYear() - year) * 12 + (today.getMonth() + 1 - month);
  return months > STALE_AFTER_MONTHS || (months === STALE_AFTER_MONTHS && today.getDate() > day);
}

/**
 * "内容核对于…" and, when that is more than six months ago, a gentle out-of-date notice (else '').
 * `subject` names what was checked, e.g. "号码" on the emergency page.
 */
export function freshness(
  checked: string,
  today: Date,
  subject = '内容',
): { checkedLabel: string; staleNotice: string } {
  return {
    checkedLabel: `${subject}核对于${formatDate(checked)}`,
    staleNotice: isOutOfDate(checked, today)
      ? '内容可能已过时：这部分核对至今已超过半年，请以来源的最新说明为准。'
      : '',
  };
}

/** The words shown beside a claim whose review-by date has passed on the device. */
export const MAY_HAVE_CHANGED = '这条可能已有变化';

/** The device's calendar day as `YYYY-MM-DD` (local time, as the person reads their own calendar). */
export function localDay(today: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

/** True once the device's date is past a claim's review-by date (a claim without one never expires). */
export function isPastReview(reviewBy: string | undefined, today: Date): boolean {
  if (reviewBy === undefined) return false;
  const [year, month = 12, day] = reviewBy.split('-').map(Number) as [number, number?, number?];
  const lastDay = day ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return localDay(today) > `${year}-${pad(month)}-${pad(lastDay)}`;
}

/** How a claim is marked: low confidence follows the claim, "may have changed" follows its review date. */
export function claimMarks(
  cited: Pick<Cited, 'confidence' | 'reviewBy'> & { claim?: boolean },
  today: Date,
): { low: boolean; changed: string } {
  const isClaim = cited.claim !== false;
  return {
    low: isClaim && cited.confidence === 'L',
    changed: isClaim && isPastReview(cited.reviewBy, today) ? MAY_HAVE_CHANGED : '',
  };
}

/** A source's title as shown: its own title, or for an untitled page "无标题页面：" and what it is. */
export function sourceTitle(source: Source): string {
  return source.title ?? `无标题页面：${source.description ?? source.publisher}`;
}

/** "发布于2024年4月15日", or "未注明日期" for an undated source. */
export function sourceDateLabel(source: Source): string {
  return source.published ? `发布于${formatDate(source.published)}` : '未注明日期';
}

/**
 * A source as a page lists it below what cites it (a guide section, the decision helper's result, the
 * payments and emergency pages): numbered, with no address (copying looks it up by id), nothing unshown.
 */
export interface CitedSourceView {
  id: string;
  number: number;
  title: string;
  publisher: string;
  dateLabel: string;
  confidenceLabel: string;
}

export function presentCitedSource(source: Source, number: number): CitedSourceView {
  return {
    id: source.id,
    number,
    title: sourceTitle(source),
    publisher: source.publisher,
    dateLabel: sourceDateLabel(source),
    confidenceLabel: CONFIDENCE_LABEL[source.confidence],
  };
}

/**
 * Numbers the sources a page cites (in order of first use) and labels each cited thing with its numbers,
 * e.g. "来源 2、5", plus whether a cited source is low-confidence.
 */
export function numberSources(
  ids: readonly string[],
  today: Date = new Date(),
): {
  sources: CitedSourceView[];
  /** The label carries "这条可能已有变化" in front of the numbers once a claim is past its review date. */
  cite(cited: readonly string[] | (Pick<Cited, 'cites' | 'confidence' | 'reviewBy'> & { claim?: boolean })): {
    citeLabel: string;
    low: boolean;
  };
} {
  const sources = getSources(ids).map((source, index) => presentCitedSource(source, index + 1));
  const numberOf = new Map(sources.map((view) => [view.id, view.number]));
  return {
    sources,
    cite(cited) {
      const claim = isCitedArray(cited) ? undefined : cited;
      const cites = isCitedArray(cited) ? cited : cited.cites;
      const numbers = cites.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined);
      const marks = claim ? claimMarks(claim, today) : { low: weakestConfidence(cites) === 'L', changed: '' };
      const label = numbers.length > 0 ? `来源 ${numbers.join('、')}` : '';
      return {
        citeLabel: marks.changed && label ? `${marks.changed} · ${label}` : label || marks.changed,
        low: marks.low,
      };
    },
  };
}

function isCitedArray(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

/** Short line naming an item's sources, e.g. "来源：腾讯（2024年4月15日）等 2 项". */
export function citeSummary(ids: readonly string[]): string {
  const sources = getSources(ids);
  const first = sources[0];
  if (!first) return '';
  const date = first.published ? `（${formatDate(first.published)}）` : '';
  const more = sources.length > 1 ? ` 等 ${sources.length} 项` : '';
  return `来源：${first.publisher}${date}${more}`;
}
