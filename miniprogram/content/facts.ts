/**
 * Fact sheet v2 (`shared/research/facts.md`, as of 2026-12-01), one entry per fact, by the sheet's own id.
 * Every claim in the content store names the facts it rests on (`on(...)` below); the sources a claim shows are
 * those facts' sources, and its confidence is the weakest of them unless the claim says otherwise (a source can
 * be strong for one part of a fact and weak for another, e.g. F2.2: H for the 3% fee, L for the waiver in 2026).
 * What each fact says (for editors) and the facts the app leaves out are in `content-check/fact-notes.ts`: no
 * page shows them, so they stay out of the package. A test proves every fact is either used by some claim or
 * listed there as left out, with the reason.
 */
import type { SourceId } from './sources';
import type { Confidence, IsoDate } from './types';

export interface Fact {
  /** The sheet's confidence for the fact's main point. */
  confidence: Confidence;
  /** Set when the sheet gives a weaker confidence for part of the fact (claims on that part say so). */
  weakestPart?: Confidence;
  /** Pages the fact rests on; empty when the sheet found none (such a fact is used only beside another). */
  sources: readonly SourceId[];
}

export const facts = {
  'F1.1': {
    confidence: 'H',
    sources: ['kalkine-tencent-visitors-2024'],
  },
  'F1.2': {
    confidence: 'L',
    sources: ['androidguias-wechat-verify'],
  },
  'F1.3': { confidence: 'L', sources: [] },
  'F1.4': {
    confidence: 'M',
    sources: ['ontop-esim-help'],
  },
  'F1.5': {
    confidence: 'M',
    sources: ['hexun-bank-reserved-number-2025'],
  },
  'F1.6': {
    confidence: 'M',
    sources: ['simology-banking-otp-2025'],
  },
  'F1.7': {
    confidence: 'L',
    sources: [],
  },
  'F1.8': {
    confidence: 'H',
    weakestPart: 'M',
    sources: ['cmcc-roaming-faq', 'telecom-sh-roaming', 'cymth-unicom-notice-2019'],
  },
  'F1.9': {
    confidence: 'M',
    weakestPart: 'L',
    sources: ['telecom-sn-roaming-sms-2012'],
  },
  'F1.10': { confidence: 'L', sources: [] },
  'F1.11': {
    confidence: 'M',
    sources: ['tftnews-intl-sms-block-2022'],
  },
  'F2.1': {
    confidence: 'H',
    sources: ['beijing-gov-overseas-cards-2023'],
  },
  'F2.2': {
    confidence: 'H',
    weakestPart: 'L',
    sources: ['hk01-weixin-fee-2023', 'shine-weixin-incentives-2025'],
  },
  'F2.3': {
    confidence: 'H',
    sources: ['kalkine-tencent-visitors-2024'],
  },
  'F2.4': {
    confidence: 'H',
    sources: ['beijing-gov-overseas-cards-2023'],
  },
  'F2.5': {
    confidence: 'M',
    sources: ['weixin-merchant-overseas'],
  },
  'F2.6': {
    confidence: 'M',
    sources: [],
  },
  'F2.7': {
    confidence: 'H',
    sources: ['ecns-unionpay-wallets-2024', 'shine-weixin-incentives-2025'],
  },
  'F3.1': {
    confidence: 'H',
    weakestPart: 'L',
    sources: ['nfcw-alipay-visitors-2019', 'alipay-tour-pass-agreement'],
  },
  'F3.2': {
    confidence: 'H',
    sources: ['nfcw-overseas-cards-2023'],
  },
  'F3.3': {
    confidence: 'H',
    sources: ['technode-alipay-limits-2024'],
  },
  'F3.4': {
    confidence: 'M',
    weakestPart: 'L',
    sources: ['chinaservicesinfo-foreign-cards-2025'],
  },
  'F3.5': {
    confidence: 'M',
    sources: ['medium-alipay-travellers-2019'],
  },
  'F3.6': {
    confidence: 'L',
    sources: ['paymentweek-openpay-2018'],
  },
  'F3.7': {
    confidence: 'M',
    sources: ['infocus-amex-alipay-2025'],
  },
  'F4.1': {
    confidence: 'M',
    sources: ['mobiletime-esim-mexico-2025'],
  },
  'F4.2': {
    confidence: 'H',
    sources: ['informador-registro-2026'],
  },
  'F4.3': {
    confidence: 'H',
    sources: ['informador-registro-2026'],
  },
  'F4.4': {
    confidence: 'H',
    sources: ['mixvale-register-calendar-2026', 'observatorial-jornada-2026'],
  },
  'F4.5': {
    confidence: 'H',
    sources: ['mixvale-register-calendar-2026', 'observatorial-jornada-2026'],
  },
  'F4.6': {
    confidence: 'H',
    sources: ['excelsior-exempt-lines', 'informador-exempt-lines-2026'],
  },
  'F4.7': {
    confidence: 'H',
    weakestPart: 'M',
    sources: ['lavoz-tourist-chip-2026', 'telcel-esim-turista'],
  },
  'F4.8': {
    confidence: 'H',
    sources: ['mixvale-register-calendar-2026', 'observatorial-jornada-2026', 'lavoz-tourist-chip-2026'],
  },
  'F5.1': {
    confidence: 'H',
    sources: ['inegi-enif-2024', 'nvinoticias-enif-2025'],
  },
  'F5.2': {
    confidence: 'H',
    sources: ['eleconomista-dimo-2025'],
  },
  'F5.3': {
    confidence: 'M',
    sources: ['arizonaguide-pay-mexico'],
  },
  'F5.4': {
    confidence: 'H',
    sources: ['condusef-atm-page'],
  },
  'F5.5': {
    confidence: 'M',
    sources: ['credito-oxxo-pay-2024'],
  },
  'F5.6': {
    confidence: 'H',
    weakestPart: 'M',
    sources: ['alcalorpolitico-propinas-2023'],
  },
  'F5.7': {
    confidence: 'L',
    sources: ['expatsinmexico-atm-fees', 'worldsurf-atm-fees-2024'],
  },
  'F5.8': {
    confidence: 'M',
    sources: ['qroo-atm-dcc-2019'],
  },
  'F6.1': {
    confidence: 'H',
    sources: ['wise-mxn-guide'],
  },
  'F6.2': {
    confidence: 'H',
    sources: ['wise-cny-guide'],
  },
  'F6.3': {
    confidence: 'H',
    weakestPart: 'L',
    sources: ['tencent-net-western-union-2024', 'westernunion-cn-receive'],
  },
  'F6.4': { confidence: 'L', sources: [] },
  'F6.5': {
    confidence: 'H',
    sources: ['ce-fx-quota-2018'],
  },
  'F6.6': { confidence: 'H', sources: ['wise-weixin-es'] },
  'F7.1': {
    confidence: 'H',
    sources: ['france24-crypto-2021'],
  },
  'F8.1': { confidence: 'H', sources: ['mfa-mexico-alert-2022'] },
  'F8.2': {
    confidence: 'H',
    sources: ['mfa-mexico-alert-2022', 'cctv-embassy-safety-2026'],
  },
  'F8.3': {
    confidence: 'H',
    weakestPart: 'M',
    sources: ['cwan-embassy-notice-2023', 'bole66-uk-embassy-scam-2025'],
  },
  'F8.4': {
    confidence: 'H',
    sources: ['cctv-embassy-safety-2026'],
  },
  'F8.5': {
    confidence: 'M',
    sources: ['vdocuments-tijuana-district-2019'],
  },
  'F9.1': {
    confidence: 'H',
    sources: ['techcrunch-dual-sim-2018', 'newsbytes-iphone-air-2025'],
  },
  'F9.2': {
    confidence: 'H',
    sources: ['chinadaily-iphone-air-2025', 'caixin-iphone-air-2025'],
  },
  'F9.3': {
    confidence: 'M',
    sources: ['36kr-iphone-air-2025'],
  },
  'F9.4': {
    confidence: 'M',
    sources: ['netease-esim-android-2026'],
  },
  'F9.5': {
    confidence: 'M',
    sources: ['microesim-eid'],
  },
  'F10.1': {
    confidence: 'M',
    sources: ['unionpayintl-pymnts-2019', 'unionpayintl-latam'],
  },
  'F10.2': {
    confidence: 'H',
    sources: ['unionpayintl-atm-abroad'],
  },
  'F10.3': {
    confidence: 'H',
    sources: ['safe-cash-abroad-2018'],
  },
  'F11.1': {
    confidence: 'H',
    sources: ['elclarinete-cash-2025'],
  },
  'F11.2': {
    confidence: 'H',
    sources: ['discoverbeijing-exit-rules', 'ppfocus-airport-customs'],
  },
  'F12.1': {
    confidence: 'H',
    sources: ['embamex-japan-visas'],
  },
  'F12.2': {
    confidence: 'M',
    sources: ['kantie-embassy-entry-2023'],
  },
  'F13.1': {
    confidence: 'H',
    sources: ['justia-liva-chapter6'],
  },
  'F13.2': {
    confidence: 'M',
    weakestPart: 'L',
    sources: ['vatupdate-mexico-refund-2025'],
  },
  'F14.1': {
    confidence: 'M',
    sources: ['expansion-aicm-taxi-2026'],
  },
  'F14.2': {
    confidence: 'M',
    sources: ['uber-mx-cash-trips', 'anyonecantravel-cdmx-rides'],
  },
  'F15.1': {
    confidence: 'M',
    sources: ['zwgw-embassy-scam'],
  },
  'F15.2': { confidence: 'H', sources: ['condusef-atm-page'] },
  'F15.3': {
    confidence: 'M',
    sources: ['hanyutai-tijuana-summer-2024'],
  },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;

const RANK: Record<Confidence, number> = { L: 0, M: 1, H: 2 };

export function weaker(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isStrongerThan(a: Confidence, b: Confidence): boolean {
  return RANK[a] > RANK[b];
}

/** What a claim records about its footing. */
export interface Footing {
  facts: readonly FactId[];
  cites: readonly SourceId[];
  confidence: Confidence;
  /** After this day the claim may have changed (deadlines, promotions); the app then says so gently. */
  reviewBy?: IsoDate;
}

/**
 * The footing of a claim: the facts it rests on, their sources (in order, no repeats) and the claim's
 * confidence, the weakest main confidence of its facts unless `options.confidence` names the claim's own
 * (never stronger than a fact allows; `validate()` checks).
 */
export function on(
  factIds: readonly FactId[],
  options: { confidence?: Confidence; reviewBy?: IsoDate } = {},
): Footing {
  const cites: SourceId[] = [];
  let confidence: Confidence = 'H';
  for (const id of factIds) {
    const fact: Fact = facts[id];
    confidence = weaker(confidence, fact.confidence);
    for (const source of fact.sources) if (!cites.includes(source)) cites.push(source);
  }
  const footing: Footing = { facts: factIds, cites, confidence: options.confidence ?? confidence };
  if (options.reviewBy) footing.reviewBy = options.reviewBy;
  return footing;
}

/** A block that only guides the reader and states no fact (it may still point at facts it sums up). */
export function guidance(factIds: readonly FactId[] = []): Footing & { claim: false } {
  return { ...on(factIds), cites: [], claim: false };
}
