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
  /** Date of the source itself; undefined when the source carries no date. */
  published?: IsoDate;
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

export interface EmergencyContact {
  id: string;
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

export interface ContentStore {
  /** Bumped whenever content changes; shown on the sources page. */
  version: string;
  shortAnswer: ShortAnswer;
  sections: GuideSection[];
  checklistGroups: ChecklistGroup[];
  checklistItems: ChecklistItem[];
  emergencyContacts: EmergencyContact[];
  sources: Source[];
}
