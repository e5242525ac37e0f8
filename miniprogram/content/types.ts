import type { ItemId } from './checklist';
import type { FactId } from './facts';
import type { SectionId } from './guide';
import type { SourceId } from './sources';

export type { FactId, ItemId, SectionId, SourceId };

/**
 * The content model. Everything a person reads in the app is data of these types, kept in this folder and
 * checked by `validate()`. Ids are stable strings: stored progress and shared links depend on them, so an id
 * is never reused for a different thing and never renamed casually.
 */

/** How sure we are of a source: H official or several agreeing, M one decent source, L weak (shown as such). */
export type Confidence = 'H' | 'M' | 'L';

/** A calendar date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (some sources only give a month or a year). */
export type IsoDate = string;

/** A source as authored in `sources.ts` (keyed by its id there). */
export interface SourceBody {
  /** Title as the page names itself (any language). Absent only for an untitled page. */
  title?: string;
  /** Set (and only set) when the stored page shows no headline: we never invent a title. */
  untitled?: true;
  /** For an untitled page: what the page is, in a few Chinese words. */
  description?: string;
  /** Who published it, e.g. "腾讯" or "El Informador". */
  publisher: string;
  /** The page's full address (never a homepage); the app never opens it, readers copy it. */
  url: string;
  /** Date of the page itself. A page that carries no date says so with `undated: true` instead. */
  published?: IsoDate;
  /** Set (and only set) when the page itself gives no date, so "undated" is a decision, not an omission. */
  undated?: true;
  /** When we last read it. */
  checked: IsoDate;
  /** The best confidence the fact sheet gives for anything this page supports (claims carry their own). */
  confidence: Confidence;
}

export interface Source extends SourceBody {
  id: SourceId;
}

/** A source with its note, as the sources page shows it (notes live in the sources subpackage, `notes.ts`). */
export interface NotedSource extends Source {
  /** One short Chinese line on what this page supports or why it is weak. */
  note: string;
}

export interface Cited {
  /** Sources backing the claim: the sources of its facts (see `on()` in facts.ts). */
  cites: readonly SourceId[];
  /** Facts of the sheet the claim rests on, by id. */
  facts: readonly FactId[];
  /** How sure the claim is; the low-confidence mark follows this, not the sources. */
  confidence: Confidence;
  /** False for blocks that only guide the reader (no checkable claim); such blocks may cite nothing. */
  claim?: boolean;
  /** After this day (device date) the claim is shown with a gentle "这条可能已有变化". */
  reviewBy?: IsoDate;
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
  /** Text worked out at display time from the device's clock (the line register's state today). */
  live?: 'line-register';
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

/** A guide section's head as authored in `guide.ts` (keyed by its id there); main-package content. */
export interface SectionHead {
  title: string;
  /** One line shown in the table of contents. */
  summary: string;
  /** Which part of the guide it belongs to (home and the table of contents group by it). */
  part: GuidePartId;
  /** When an editor last checked this section against its sources. */
  checked: IsoDate;
}

/** A whole section: its head (main package) and its blocks (the guide subpackage's `sections/` folder). */
export interface SectionBody extends SectionHead {
  blocks: readonly Block[];
}

export type GuidePartId = 'phone' | 'pay' | 'money' | 'trip';

/** A section as the main package knows it: no blocks (those are the guide subpackage's). */
export interface GuideSectionHead extends SectionHead {
  /** Stable id, lower-case kebab, e.g. `what-is-esim`. */
  id: SectionId;
  /** Checklist items this section leads to: worked out from each item's `section` (stored once, there). */
  relatedItems: ItemId[];
}

/** A section with its blocks, as the guide page (and validate()) sees it. */
export interface GuideSection extends GuideSectionHead {
  blocks: readonly Block[];
}

export type ChecklistGroupId = 'before-leaving' | 'on-arrival' | 'when-paying' | 'sending-home';

export interface ChecklistGroup {
  id: ChecklistGroupId;
  title: string;
}

/** A stage with its intro, as the checklist page shows it (intros live in its subpackage, `texts.ts`). */
export interface ChecklistGroupWithIntro extends ChecklistGroup {
  intro: string;
}

/** A checklist item as authored in `checklist.ts` (keyed by its id there). */
export interface ItemBody extends Cited {
  group: ChecklistGroupId;
  title: string;
  /** The guide section that explains it (the only place the section-item link is stored). */
  section: SectionId;
}

export interface ChecklistItem extends ItemBody {
  /** Stable id; progress is stored under it. */
  id: ItemId;
}

/** What only the checklist page shows about an item (in its subpackage: `texts.ts` beside the page). */
export interface ItemTexts {
  /** Why it matters, one or two sentences. */
  why: string;
  /** How to do it, short steps. */
  how: readonly string[];
}

export interface ChecklistItemWithTexts extends ChecklistItem, ItemTexts {}

/** `help`: emergency and consular numbers; `carrier`: Chinese carriers' service lines (weaker sources). */
export type EmergencyGroup = 'help' | 'carrier';

export interface EmergencyContact extends Cited {
  id: string;
  group: EmergencyGroup;
  name: string;
  /** Digits to dial, with `+` for international numbers (what `wx.makePhoneCall` receives). */
  phone: string;
  /** The number as people write it. */
  display: string;
  note: string;
}

/** The short answer shown first on the home page. */
export interface ShortAnswer extends Cited {
  title: string;
  sentences: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------
// "我的情况": the decision helper's questions and the points its result is made of.

/** Every question and the option ids it allows. Option ids are stable: stored answers depend on them. */
export interface SituationAnswerOptions {
  /** Where the phone was bought: mainland models mostly take no eSIM. */
  'phone-origin': 'mainland' | 'hk-macau-abroad' | 'unsure';
  /** Does the phone take an eSIM, and is it free of a carrier lock? */
  phone: 'esim-ready' | 'no-esim';
  /** What the person uses for mobile service in Mexico. */
  'mexico-line': 'data-only' | 'mexican-number' | 'none';
  /** Is the Chinese SIM still alive and able to receive SMS? */
  'chinese-sim': 'active' | 'inactive';
  /** Is international roaming on for the Chinese SIM (needed to receive SMS abroad)? */
  roaming: 'on' | 'off';
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
  | 'sms-abroad'
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
  | 'mainland-phone-no-esim'
  | 'check-eid'
  | 'esim-wont-install'
  | 'physical-sim-instead'
  | 'no-local-line'
  | 'choose-line'
  | 'codes-to-chinese-number'
  | 'keep-number-plan'
  | 'codes-chinese-number-lost'
  | 'restore-chinese-number'
  | 'check-chinese-sim'
  | 'roaming-on'
  | 'turn-on-roaming'
  | 'data-roaming-off'
  | 'mexican-number-sms'
  | 'esim-no-sms'
  | 'register-with-passport'
  | 'foreign-line-not-registered'
  | 'pay-china-chinese-card'
  | 'add-card-needs-reserved-number'
  | 'add-card-fails'
  | 'unionpay-in-mexico'
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
  sections: readonly SectionId[];
  /** Checklist items that matter for it. */
  items: readonly ItemId[];
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
  sections: readonly SectionId[];
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

export interface GuidePart {
  id: GuidePartId;
  title: string;
}

/**
 * What the main package holds (`content/index.ts`): everything the main-package pages (home, checklist,
 * emergency) and the shell read, and what several packages share. Subpackage content lives beside its page.
 */
export interface MainContent {
  /** Bumped whenever content changes; shown on the sources page. */
  version: string;
  shortAnswer: ShortAnswer;
  /** The parts the guide is grouped into, in order. */
  guideParts: GuidePart[];
  sections: GuideSectionHead[];
  checklistGroups: ChecklistGroup[];
  checklistItems: ChecklistItem[];
  emergencyContacts: EmergencyContact[];
  /** When the emergency numbers were last checked against their sources. */
  emergencyChecked: IsoDate;
  sources: Source[];
}

/**
 * The whole content store: the main package's content and every subpackage's, joined. Only tests, validate()
 * and build scripts see it whole (`content-check/store.ts`); the app never loads it in one piece.
 */
export interface ContentStore extends MainContent {
  checklistGroups: ChecklistGroupWithIntro[];
  checklistItems: ChecklistItemWithTexts[];
  sources: NotedSource[];
  sections: GuideSection[];
  situation: SituationContent;
  payments: PaymentsContent;
  /**
   * The tools' content (pages/tools/content.ts), walked whole: every string is reader text, every `facts` list
   * names fact-sheet ids. Typed loosely here so the main package's types never reach into a subpackage.
   */
  tools: ToolsContentShape;
}

/** What validate() and the facts test need of the tools' content. */
export interface ToolsContentShape {
  asOf: IsoDate;
  [part: string]: unknown;
}
