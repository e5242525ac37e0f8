/**
 * Fact sheet v2 (`shared/research/facts.md`, as of 2026-12-01), one entry per fact, by the sheet's own id.
 * Every claim in the content store names the facts it rests on (`on(...)` below); the sources a claim shows are
 * those facts' sources, and its confidence is the weakest of them unless the claim says otherwise (a source can
 * be strong for one part of a fact and weak for another, e.g. F2.2: H for the 3% fee, L for the waiver in 2026).
 * A test proves every fact is either used by some claim or listed in `factsLeftOut` with the reason.
 */
import type { SourceId } from './sources';
import type { Confidence, IsoDate } from './types';

export interface Fact {
  /** What the fact says, in a few English words (for editors; readers see our Chinese text). */
  about: string;
  /** The sheet's confidence for the fact's main point. */
  confidence: Confidence;
  /** Set when the sheet gives a weaker confidence for part of the fact (claims on that part say so). */
  weakestPart?: Confidence;
  /** Pages the fact rests on; empty when the sheet found none (such a fact is used only beside another). */
  sources: readonly SourceId[];
}

export const facts = {
  'F1.1': {
    about: 'WeChat takes +52 numbers; verified overseas users US$5,000/payment, US$50,000/year',
    confidence: 'H',
    sources: ['kalkine-tencent-visitors-2024'],
  },
  'F1.2': {
    about: 'new accounts may be asked for friend verification',
    confidence: 'L',
    sources: ['androidguias-wechat-verify'],
  },
  'F1.3': { about: 'changing the account number: content-farm how-tos only', confidence: 'L', sources: [] },
  'F1.4': {
    about: 'most travel eSIMs are data-only: no number, no SMS',
    confidence: 'M',
    sources: ['ontop-esim-help'],
  },
  'F1.5': {
    about: 'bank card binding codes go to the bank-reserved number; only the bank changes it',
    confidence: 'M',
    sources: ['hexun-bank-reserved-number-2025'],
  },
  'F1.6': {
    about: 'keep the home SIM for codes, a travel/local eSIM for data',
    confidence: 'M',
    sources: ['simology-banking-otp-2025'],
  },
  'F1.7': {
    about: 'keep-number plans: SMS abroad on them unknown; ask the carrier',
    confidence: 'L',
    sources: [],
  },
  'F1.8': {
    about: 'carrier hotlines from abroad (CM, CT official; CU repost)',
    confidence: 'H',
    weakestPart: 'M',
    sources: ['cmcc-roaming-faq', 'telecom-sh-roaming', 'cymth-unicom-notice-2019'],
  },
  'F1.9': {
    about: 'turn on international roaming before leaving; receiving roaming SMS free (CT)',
    confidence: 'M',
    weakestPart: 'L',
    sources: ['telecom-sn-roaming-sms-2012'],
  },
  'F1.10': { about: 'turn data roaming off on the Chinese SIM', confidence: 'L', sources: [] },
  'F1.11': {
    about: 'international SMS blocked by default in many provinces; KTGJDX to 10086/10010',
    confidence: 'M',
    sources: ['tftnews-intl-sms-block-2022'],
  },
  'F2.1': {
    about: 'foreign Visa/MC/JCB/Discover/Diners link to WeChat Pay since July 2023, mainland merchants',
    confidence: 'H',
    sources: ['beijing-gov-overseas-cards-2023'],
  },
  'F2.2': {
    about: 'cards issued outside mainland pay 3% above 200 CNY; waiver in 2026 unknown',
    confidence: 'H',
    weakestPart: 'L',
    sources: ['hk01-weixin-fee-2023', 'shine-weixin-incentives-2025'],
  },
  'F2.3': {
    about: 'WeChat Pay overseas-user limits as F1.1',
    confidence: 'H',
    sources: ['kalkine-tencent-visitors-2024'],
  },
  'F2.4': {
    about: 'a foreign card in WeChat Pay pays mainland merchants only',
    confidence: 'H',
    sources: ['beijing-gov-overseas-cards-2023'],
  },
  'F2.5': {
    about: 'Chinese accounts pay cross-border merchants in CNY; Mexico not on the list',
    confidence: 'M',
    sources: ['weixin-merchant-overseas'],
  },
  'F2.6': {
    about: 'no Mexican shop found taking WeChat Pay: say rare, not none',
    confidence: 'M',
    sources: [],
  },
  'F2.7': {
    about: 'Amex and overseas UnionPay link too; foreign-card fees never apply to a Chinese card',
    confidence: 'H',
    sources: ['ecns-unionpay-wallets-2024', 'shine-weixin-incentives-2025'],
  },
  'F3.1': {
    about: 'Alipay takes overseas numbers since 2019-11-05; Tour Pass status unknown, do not recommend',
    confidence: 'H',
    weakestPart: 'L',
    sources: ['nfcw-alipay-visitors-2019', 'alipay-tour-pass-agreement'],
  },
  'F3.2': {
    about: 'foreign cards link to Alipay since Aug 2023, mainland merchants',
    confidence: 'H',
    sources: ['nfcw-overseas-cards-2023'],
  },
  'F3.3': {
    about: 'Alipay overseas limits US$5,000/payment, US$50,000/year',
    confidence: 'H',
    sources: ['technode-alipay-limits-2024'],
  },
  'F3.4': {
    about: 'Alipay foreign-card fee: free ≤200 CNY, 3% above (2025)',
    confidence: 'M',
    weakestPart: 'L',
    sources: ['chinaservicesinfo-foreign-cards-2025'],
  },
  'F3.5': {
    about: 'Chinese users pay with Alipay at participating shops abroad',
    confidence: 'M',
    sources: ['medium-alipay-travellers-2019'],
  },
  'F3.6': {
    about: 'Mexico: 2018 Alipay–Openpay deal, nothing newer',
    confidence: 'L',
    sources: ['paymentweek-openpay-2018'],
  },
  'F3.7': {
    about: 'Amex links to Alipay from 2025-02-25',
    confidence: 'M',
    sources: ['infocus-amex-alipay-2025'],
  },
  'F4.1': {
    about: 'Telcel, AT&T, Movistar sell eSIM; 7.3% of lines eSIM end-2024',
    confidence: 'M',
    sources: ['mobiletime-esim-mexico-2025'],
  },
  'F4.2': {
    about: 'line register rules: DOF 2025-12-09, from 2026-01-09, passport, max 10 lines, SIM and eSIM',
    confidence: 'H',
    sources: ['informador-registro-2026'],
  },
  'F4.3': {
    about: 'lines sold since 2026-01-09 registered at purchase with ID',
    confidence: 'H',
    sources: ['informador-registro-2026'],
  },
  'F4.4': {
    about: 'calendar by last digit, 0 Aug 15 … 9 Dec 31 2026 (as reported)',
    confidence: 'H',
    sources: ['mixvale-register-calendar-2026', 'observatorial-jornada-2026'],
  },
  'F4.5': {
    about: 'suspension ~72 h after the deadline; emergency numbers still work; registering restores',
    confidence: 'H',
    sources: ['mixvale-register-calendar-2026', 'observatorial-jornada-2026'],
  },
  'F4.6': {
    about: 'only Mexican lines registered; exemption is for IoT-type SIMs',
    confidence: 'H',
    sources: ['excelsior-exempt-lines', 'informador-exempt-lines-2026'],
  },
  'F4.7': {
    about:
      'roaming visitors outside the register; any Mexican number incl. Telcel tourist eSIM needs a passport',
    confidence: 'H',
    weakestPart: 'M',
    sources: ['lavoz-tourist-chip-2026', 'telcel-esim-turista'],
  },
  'F4.8': {
    about: 'state on 2026-12-01 derived from F4.4–F4.7',
    confidence: 'H',
    sources: ['mixvale-register-calendar-2026', 'observatorial-jornada-2026', 'lavoz-tourist-chip-2026'],
  },
  'F5.1': {
    about: 'cash dominates; ENIF 2024 CoDi/DiMo figures',
    confidence: 'H',
    sources: ['inegi-enif-2024', 'nvinoticias-enif-2025'],
  },
  'F5.2': {
    about: 'SPEI, CoDi, DiMo need a Mexican account',
    confidence: 'H',
    sources: ['eleconomista-dimo-2025'],
  },
  'F5.3': {
    about: 'Visa/MC widely taken in tourist areas; small shops cash only',
    confidence: 'M',
    sources: ['arizonaguide-pay-mexico'],
  },
  'F5.4': {
    about: '8.62–40 MXN is the domestic other-bank ATM fee, not the foreign-card fee',
    confidence: 'H',
    sources: ['condusef-atm-page'],
  },
  'F5.5': {
    about: 'OXXO takes cash for online orders, small fee',
    confidence: 'M',
    sources: ['credito-oxxo-pay-2024'],
  },
  'F5.6': {
    about: 'tips voluntary (Profeco); ~10% customary',
    confidence: 'H',
    weakestPart: 'M',
    sources: ['alcalorpolitico-propinas-2023'],
  },
  'F5.7': {
    about: 'foreign-card ATM fee shown on screen; reports ~30 to 197.20 MXN',
    confidence: 'L',
    sources: ['expatsinmexico-atm-fees', 'worldsurf-atm-fees-2024'],
  },
  'F5.8': {
    about: 'DCC at ATMs and terminals with a markup; decline, pay in pesos',
    confidence: 'M',
    sources: ['qroo-atm-dcc-2019'],
  },
  'F6.1': {
    about: 'Wise from MXN: Mexican citizens with INE only',
    confidence: 'H',
    sources: ['wise-mxn-guide'],
  },
  'F6.2': {
    about: 'Wise to CNY: Chinese ID; Alipay/Weixin 50,000 per transfer; yearly limits vary',
    confidence: 'H',
    sources: ['wise-cny-guide'],
  },
  'F6.3': {
    about: 'Western Union into Weixin or bank accounts; from Mexico not confirmed',
    confidence: 'H',
    weakestPart: 'L',
    sources: ['tencent-net-western-union-2024', 'westernunion-cn-receive'],
  },
  'F6.4': { about: 'no reliable source for PayPal China↔Mexico', confidence: 'L', sources: [] },
  'F6.5': {
    about: 'personal FX quota US$50,000 a year',
    confidence: 'H',
    sources: ['ce-fx-quota-2018'],
  },
  'F6.6': { about: 'no Wise route from Mexico to Weixin', confidence: 'H', sources: ['wise-weixin-es'] },
  'F7.1': {
    about: 'crypto business illegal in mainland China since 2021-09-24',
    confidence: 'H',
    sources: ['france24-crypto-2021'],
  },
  'F8.1': { about: 'Mexico emergency 911', confidence: 'H', sources: ['mfa-mexico-alert-2022'] },
  'F8.2': {
    about: 'embassy +52 55 5616 2129; Tijuana +52 664 492 0455; old number outdated',
    confidence: 'H',
    sources: ['mfa-mexico-alert-2022', 'cctv-embassy-safety-2026'],
  },
  'F8.3': {
    about: '12308 hotline +86-10-12308; backup +86-10-65612308',
    confidence: 'H',
    weakestPart: 'M',
    sources: ['cwan-embassy-notice-2023', 'bole66-uk-embassy-scam-2025'],
  },
  'F8.4': {
    about: 'current alerts in the 中国领事 app and the embassy WeChat account',
    confidence: 'H',
    sources: ['cctv-embassy-safety-2026'],
  },
  'F8.5': {
    about: 'Tijuana consular district: BC, BCS, Sonora, Chihuahua',
    confidence: 'M',
    sources: ['vdocuments-tijuana-district-2019'],
  },
  'F9.1': {
    about: 'mainland iPhones: two physical SIM slots, no eSIM',
    confidence: 'H',
    sources: ['techcrunch-dual-sim-2018', 'newsbytes-iphone-air-2025'],
  },
  'F9.2': {
    about: 'eSIM-only iPhone Air on sale in China from 2025-10-22',
    confidence: 'H',
    sources: ['chinadaily-iphone-air-2025', 'caixin-iphone-air-2025'],
  },
  'F9.3': {
    about: 'mainland iPhone Air abroad: roam or local eSIM (Apple staff); untested',
    confidence: 'M',
    sources: ['36kr-iphone-air-2025'],
  },
  'F9.4': {
    about: 'most mainland Android phones have no eSIM; some 2026 models do',
    confidence: 'M',
    sources: ['netease-esim-android-2026'],
  },
  'F9.5': {
    about: 'check for an EID; no eSIM: Mexican SIM in slot 2, or roaming',
    confidence: 'M',
    sources: ['microesim-eid'],
  },
  'F10.1': {
    about: 'most Mexican ATMs take UnionPay (90% 2019; later "over 80%")',
    confidence: 'M',
    sources: ['unionpayintl-pymnts-2019', 'unionpayintl-latam'],
  },
  'F10.2': {
    about: 'dual-brand cards may miss the UnionPay route; a 62 card is safer',
    confidence: 'H',
    sources: ['unionpayintl-atm-abroad'],
  },
  'F10.3': {
    about: 'SAFE: ≤10,000 CNY per card per day, ≤100,000 CNY per person per year abroad',
    confidence: 'H',
    sources: ['safe-cash-abroad-2018'],
  },
  'F11.1': {
    about: 'Mexico: declare over US$10,000 on entry and exit',
    confidence: 'H',
    sources: ['elclarinete-cash-2025'],
  },
  'F11.2': {
    about: 'China exit: declare over 20,000 CNY or US$5,000 in foreign cash',
    confidence: 'H',
    sources: ['discoverbeijing-exit-rules', 'ppfocus-airport-customs'],
  },
  'F12.1': {
    about: 'PRC passports need a visa unless a valid multiple-entry US/CA/JP/UK/Schengen visa or residence',
    confidence: 'H',
    sources: ['embamex-japan-visas'],
  },
  'F12.2': {
    about: 'carry paper copies of bookings; passport valid 6+ months',
    confidence: 'M',
    sources: ['kantie-embassy-entry-2023'],
  },
  'F13.1': {
    about: 'tourist VAT refund by air or sea, goods only, ≥1,200 MXN per invoice',
    confidence: 'H',
    sources: ['justia-liva-chapter6'],
  },
  'F13.2': {
    about: 'MoneyBack desks and documents; 2026 unconfirmed',
    confidence: 'M',
    weakestPart: 'L',
    sources: ['vatupdate-mexico-refund-2025'],
  },
  'F14.1': {
    about: 'CDMX airport: app rides may not pick up inside; authorised taxis ~415–425 MXN',
    confidence: 'M',
    sources: ['expansion-aicm-taxi-2026'],
  },
  'F14.2': {
    about: 'Uber/DiDi take in-app cards; cash in some places',
    confidence: 'M',
    sources: ['uber-mx-cash-trips', 'anyonecantravel-cdmx-rides'],
  },
  'F15.1': {
    about: 'embassy never asks for money or details by phone; hang up and call back',
    confidence: 'M',
    sources: ['zwgw-embassy-scam'],
  },
  'F15.2': { about: 'ATM skimming precautions', confidence: 'H', sources: ['condusef-atm-page'] },
  'F15.3': {
    about: 'accident and medical insurance; copies of passport, visa, entry stamp',
    confidence: 'M',
    sources: ['hanyutai-tijuana-summer-2024'],
  },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;

/** Facts of the sheet the app does not state, each with the reason. */
export const factsLeftOut: { readonly [Id in FactId]?: string } = {
  'F1.3':
    'Only content-farm how-tos describe changing the number; the advice it leads to (keep the old number reachable) is made from F1.5/F1.6.',
};

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
