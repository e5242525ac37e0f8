/**
 * The house rule for reader-facing Chinese: a space between Chinese and Latin letters or digits, except inside
 * a date written 2026年12月31日. Returns the offending pairs (empty when the text follows the rule).
 */
const UNSPACED = /[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/g;
const DATE_PART = /^(\d[年月日]|[年月]\d)$/;

export function unspacedPairs(text: string): string[] {
  return (text.match(UNSPACED) ?? []).filter((pair) => !DATE_PART.test(pair));
}
