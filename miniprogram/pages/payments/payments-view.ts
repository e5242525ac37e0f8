/**
 * Turns the payment options and the phrase card into what the payments page renders: at-a-glance tags,
 * a small rating, a compact comparison table, each card's fields with their sources and confidence.
 */
import { collectSourceIds, getSection } from '../../content/index';
import { payments } from './content';
import type { PaymentCard, PaymentFact, PaymentFit, PaymentTagTone } from '../../content/types';
import { numberSources, type CitedSourceView } from '../../presenters/content-view';

/** The small rating: how useful the option is for paying in Mexico. */
export const FIT_LABEL: Record<PaymentFit, { stars: string; label: string; tagType: string }> = {
  good: { stars: '★★★', label: '墨西哥常用', tagType: 'success' },
  some: { stars: '★★☆', label: '有时用得上', tagType: 'primary' },
  poor: { stars: '★☆☆', label: '墨西哥基本用不上', tagType: 'default' },
  avoid: { stars: '✕', label: '不要用', tagType: 'danger' },
};

const TAG_TYPE: Record<PaymentTagTone, string> = { good: 'success', neutral: 'default', bad: 'danger' };

export interface PaymentFieldView {
  key: string;
  label: string;
  text: string;
  low: boolean;
  citeLabel: string;
}

export interface PaymentCardView {
  id: string;
  name: string;
  warning: boolean;
  stars: string;
  fitLabel: string;
  fitTagType: string;
  tags: { key: string; label: string; tagType: string }[];
  verdict: string;
  fields: PaymentFieldView[];
  sections: { id: string; label: string }[];
}

export interface PaymentTableRowView {
  key: string;
  cells: { key: string; text: string }[];
}

export interface PaymentsView {
  columns: string[];
  rows: PaymentTableRowView[];
  cards: PaymentCardView[];
  phrases: { id: string; when: string; spanish: string; meaning: string; reading: string }[];
  sources: CitedSourceView[];
}

function cardFacts(card: PaymentCard): [string, string, PaymentFact][] {
  if (card.kind === 'warning') return [['warning', '警告', card.warning]];
  return [
    ['where', '哪里收', card.where],
    ['fees', '费用和限额', card.feesAndLimits],
    ['setup', '要准备什么', card.setup],
    ['risks', '风险', card.risks],
  ];
}

export function presentPayments(): PaymentsView {
  const { options, phrases } = payments;
  const allFacts = options.flatMap((card) => cardFacts(card).map(([, , fact]) => fact));
  const { sources, cite } = numberSources(collectSourceIds([...allFacts, ...phrases]));
  return {
    columns: ['方式', '墨西哥店里', '费用', '好用'],
    rows: options.map((card) => ({
      key: card.id,
      cells: [
        { key: 'name', text: card.name },
        { key: 'where', text: card.glance.where },
        { key: 'cost', text: card.glance.cost },
        { key: 'fit', text: FIT_LABEL[card.fit].stars },
      ],
    })),
    cards: options.map((card) => ({
      id: card.id,
      name: card.name,
      warning: card.kind === 'warning',
      stars: FIT_LABEL[card.fit].stars,
      fitLabel: FIT_LABEL[card.fit].label,
      fitTagType: FIT_LABEL[card.fit].tagType,
      tags: card.tags.map((tag, index) => ({
        key: `t${index}`,
        label: tag.label,
        tagType: TAG_TYPE[tag.tone],
      })),
      verdict: card.verdict,
      fields: cardFacts(card).map(([key, label, fact]) => ({
        key,
        label,
        text: fact.text,
        ...cite(fact),
      })),
      sections: card.sections.flatMap((id) => {
        const section = getSection(id);
        return section ? [{ id, label: `指南：${section.title}` }] : [];
      }),
    })),
    phrases: phrases.map(({ id, when, spanish, meaning, reading }) => ({
      id,
      when,
      spanish,
      meaning,
      reading,
    })),
    sources,
  };
}
