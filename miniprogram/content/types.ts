/**
 * The content model. Everything a person reads in the app is data of these types, kept in this folder and
 * checked by `validate()`. Ids are stable strings: stored progress and shared links depend on them, so an id
 * is never reused for a different thing and never renamed casually.
 */

/** How sure we are of a source: H official or several agreeing, M one decent source, L weak (shown as such). */
export type Confidence = 'H' | 'M' | 'L';

/** A calendar date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (some sources only give a month or a year). */
export type IsoDate = string;

export interface Source {
  /** Stable id, e.g. `tencent-2024-overseas-numbers`. */
  id: string;
  /** Title as the source names itself (may be in any language). */
  title: string;
  /** Who published it, e.g. "腾讯" or "informador.mx". */
  publisher: string;
  /** Address to copy; the app never opens it. */
  url: string;
  /** Date of the source itself. A source that carries no date says so with `undated: true` instead. */
  published?: IsoDate;
  /** Set (and only set) when the source itself gives no date, so "undated" is a decision, not an omission. */
  undated?: true;
  /** When we last read it. */
  checked: IsoDate;
  confidence: Confidence;
  /** One short Chinese line on what this source supports or why it is weak. */
  note: string;
}

interface Cited {
  /** Source ids backing this block. Empty only for blocks that make no factual claim (see `claim`). */
  cites: string[];
  /** False for blocks that only guide the reader (no checkable claim); such blocks may cite nothing. */
  claim?: boolean;
}

export interface ParagraphBlock extends Cited {
  kind: 'paragraph';
  text: string;
}

export interface BulletsBlock extends Cited {
  kind: 'bullets';
  items: string[];
}

export interface StepsBlock extends Cited {
  kind: 'steps';
  items: string[];
}

export type CalloutTone = 'info' | 'warning' | 'danger';

export interface CalloutBlock extends Cited {
  kind: 'callout';
  tone: CalloutTone;
  title: string;
  text: string;
}

export interface FactRow {
  label: string;
  value: string;
}

export interface FactsBlock extends Cited {
  kind: 'facts';
  rows: FactRow[];
}

export interface TableBlock extends Cited {
  kind: 'table';
  /** Column headings; every row has exactly this many cells. */
  columns: string[];
  rows: string[][];
}

export type Block = ParagraphBlock | BulletsBlock | StepsBlock | CalloutBlock | FactsBlock | TableBlock;
export type BlockKind = Block['kind'];

export interface GuideSection {
  /** Stable id, lower-case kebab, e.g. `what-is-esim`. */
  id: string;
  title: string;
  /** One line shown in the table of contents. */
  summary: string;
  /** When an editor last checked this section against its sources. */
  checked: IsoDate;
  blocks: Block[];
  /** Checklist items this section leads to. */
  relatedItems: string[];
}

export type ChecklistGroupId = 'before-leaving' | 'on-arrival' | 'when-paying' | 'sending-home';

export interface ChecklistGroup {
  id: ChecklistGroupId;
  title: string;
  intro: string;
}

export interface ChecklistItem {
  /** Stable id; progress is stored under it. */
  id: string;
  group: ChecklistGroupId;
  title: string;
  /** Why it matters, one or two sentences. */
  why: string;
  /** How to do it, short steps. */
  how: string[];
  cites: string[];
  /** The guide section that explains it. */
  section: string;
}

/** `help`: emergency and consular numbers; `carrier`: Chinese carriers' service lines (weaker sources). */
export type EmergencyGroup = 'help' | 'carrier';

export interface EmergencyContact {
  id: string;
  group: EmergencyGroup;
  name: string;
  /** Digits to dial, with `+` for international numbers (what `wx.makePhoneCall` receives). */
  phone: string;
  /** The number as people write it. */
  display: string;
  note: string;
  cites: string[];
}

/** The short answer shown first on the home page. */
export interface ShortAnswer {
  title: string;
  sentences: string[];
  cites: string[];
}

// ---------------------------------------------------------------------------------------------------------
// "我的情况": the decision helper's questions and the points its result is made of.

/** Every question and the option ids it allows. Option ids are stable: stored answers depend on them. */
export interface SituationAnswerOptions {
  /** Does the phone take an eSIM, and is it free of a carrier lock? */
  phone: 'esim-ready' | 'no-esim';
  /** What the person uses for mobile service in Mexico. */
  'mexico-line': 'data-only' | 'mexican-number' | 'none';
  /** Is the Chinese SIM still alive and able to receive SMS? */
  'chinese-sim': 'active' | 'inactive';
  /** Does the person have a Chinese bank card and a Chinese ID? */
  'chinese-bank': 'card-and-id' | 'no-chinese-card';
  /** Short trip or living in Mexico. */
  stay: 'tourist' | 'resident';
}

export type SituationQuestionId = keyof SituationAnswerOptions;

/** A person's answers; any question may be left blank (absent). */
export type SituationAnswers = { [Q in SituationQuestionId]?: SituationAnswerOptions[Q] };

export interface SituationOption<Id extends string = string> {
  id: Id;
  label: string;
}

export interface SituationQuestionOf<Q extends SituationQuestionId> {
  id: Q;
  title: string;
  /** One line helping the person answer. */
  help: string;
  options: SituationOption<SituationAnswerOptions[Q]>[];
}

export type SituationQuestion = { [Q in SituationQuestionId]: SituationQuestionOf<Q> }[SituationQuestionId];

/** Where a point lands in the result. */
export type SituationPointKind = 'works' | 'fails' | 'todo';

/**
 * What a point is about. Within one result a topic never appears both as working and as failing: that is how
 * tests catch a contradiction such as "codes reach you" next to "codes cannot reach you".
 */
export type SituationTopic =
  | 'chat'
  | 'mobile-data'
  | 'codes-chinese-number'
  | 'codes-mexican-number'
  | 'line-register'
  | 'bank-card'
  | 'pay-china'
  | 'wallets-in-mexico'
  | 'cards-and-cash'
  | 'local-banking'
  | 'money-home'
  | 'safety';

/** Every point the decision helper can show; `decideSituation` picks among them. */
export type SituationPointId =
  | 'chat-keeps-working'
  | 'data-by-esim'
  | 'check-phone-esim'
  | 'esim-wont-install'
  | 'physical-sim-instead'
  | 'no-local-line'
  | 'choose-line'
  | 'codes-to-chinese-number'
  | 'keep-number-plan'
  | 'codes-chinese-number-lost'
  | 'restore-chinese-number'
  | 'check-chinese-sim'
  | 'mexican-number-sms'
  | 'esim-no-sms'
  | 'register-with-passport'
  | 'data-only-exempt'
  | 'pay-china-chinese-card'
  | 'add-card-needs-reserved-number'
  | 'add-card-fails'
  | 'foreign-card-wallet'
  | 'wallets-not-in-mexico'
  | 'cards-and-cash'
  | 'atm-fees'
  | 'resident-local-account'
  | 'money-home-routes'
  | 'save-emergency-numbers';

export interface SituationPoint extends Cited {
  id: SituationPointId;
  kind: SituationPointKind;
  topic: SituationTopic;
  title: string;
  /** What happens and why, or what to do, in one or two sentences. */
  text: string;
  /** Guide sections that explain it. */
  sections: string[];
  /** Checklist items that matter for it. */
  items: string[];
}

export interface SituationContent {
  /** When an editor last checked the points against their sources. */
  checked: IsoDate;
  questions: SituationQuestion[];
  points: SituationPoint[];
}

// ---------------------------------------------------------------------------------------------------------
// Payment options compared, and the Spanish phrases needed to pay.

/** How useful an option is for paying in Mexico, shown as a small rating. */
export type PaymentFit = 'good' | 'some' | 'poor' | 'avoid';

export type PaymentTagTone = 'good' | 'neutral' | 'bad';

export interface PaymentTag {
  label: string;
  tone: PaymentTagTone;
}

/** One field of a payment card; claims cite sources like blocks do. */
export interface PaymentFact extends Cited {
  text: string;
}

interface PaymentCardBase {
  /** Stable id, lower-kebab. */
  id: string;
  name: string;
  fit: PaymentFit;
  tags: PaymentTag[];
  /** The one-line verdict. */
  verdict: string;
  /** Short cells for the comparison table. */
  glance: { where: string; cost: string };
  /** Guide sections that explain it. */
  sections: string[];
}

export interface PaymentOptionCard extends PaymentCardBase {
  kind: 'option';
  /** Where in Mexico it is accepted (or what it is for). */
  where: PaymentFact;
  feesAndLimits: PaymentFact;
  /** What you need to set it up. */
  setup: PaymentFact;
  risks: PaymentFact;
}

/** An option the app warns against and does not explain (crypto, F7.1). */
export interface PaymentWarningCard extends PaymentCardBase {
  kind: 'warning';
  warning: PaymentFact;
}

export type PaymentCard = PaymentOptionCard | PaymentWarningCard;

/** A Spanish phrase for paying: a language aid, so it carries `claim: false` unless it states a fact. */
export interface PayPhrase extends Cited {
  id: string;
  /** When to say it, in Chinese. */
  when: string;
  spanish: string;
  /** What it means, in Chinese. */
  meaning: string;
  /** An easy reading aid: simple syllables, stress in capitals. */
  reading: string;
}

export interface PaymentsContent {
  checked: IsoDate;
  options: PaymentCard[];
  phrases: PayPhrase[];
}

export interface ContentStore {
  /** Bumped whenever content changes; shown on the sources page. */
  version: string;
  shortAnswer: ShortAnswer;
  sections: GuideSection[];
  checklistGroups: ChecklistGroup[];
  checklistItems: ChecklistItem[];
  emergencyContacts: EmergencyContact[];
  /** When the emergency numbers were last checked against their sources. */
  emergencyChecked: IsoDate;
  situation: SituationContent;
  payments: PaymentsContent;
  sources: Source[];
}
