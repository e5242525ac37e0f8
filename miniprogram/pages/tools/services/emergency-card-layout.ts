/**
 * The emergency card as a pure layout: from the card's content, a width and a text-measuring function, a list
 * of draw operations (rects, then text lines with position, font size and colour) and the card's height. The
 * page replays the operations on a `<canvas type="2d">` (with `textBaseline = 'top'` and the same font for
 * measuring and drawing); tests and the browser preview inject their own measure.
 *
 * Text wraps inside the card's padding: Chinese breaks between any two characters (closing punctuation stays
 * with the character before it), Latin text at spaces, and a word wider than the card is broken by
 * characters, so no line ever overflows. Phone numbers, also inside a sentence, stay on one line when they fit.
 *
 * The optional personal lines (name in pinyin, emergency contact, where you stay) appear only when the person
 * chose to include them.
 */
import { emergencyCardData, type EmergencyCardEntry, type SpanishSentence } from '../content';

/** Width of `text` drawn at `fontSize` px (bold or not), in px. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

export interface PersonalLines {
  namePinyin?: string;
  emergencyContact?: string;
  hotel?: string;
}

export type PersonalKey = keyof PersonalLines;
export const PERSONAL_KEYS: readonly PersonalKey[] = ['namePinyin', 'emergencyContact', 'hotel'];

/** Longest personal line kept, in characters. */
export const MAX_PERSONAL_CHARS = 80;

export interface PersonalLine {
  key: PersonalKey;
  label: string;
  labelEs: string;
  value: string;
}

export interface EmergencyCardContent {
  title: string;
  titleEs: string;
  entries: readonly EmergencyCardEntry[];
  sentences: readonly SpanishSentence[];
  personal: PersonalLine[];
  footer: string;
}

/** One line as typed: no control characters, no line breaks, single spaces, at most `MAX_PERSONAL_CHARS`. */
export function cleanPersonalLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  const visible = Array.from(value.slice(0, MAX_PERSONAL_CHARS * 8), (char) => {
    const code = char.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 ? ' ' : char;
  }).join('');
  const flat = visible.replace(/\s+/g, ' ').trim();
  return Array.from(flat).slice(0, MAX_PERSONAL_CHARS).join('').trim();
}

/**
 * The card's content. Personal lines are included only when `includePersonal` is true, and then only those
 * that are not empty.
 */
export function emergencyCardContent(
  personal: PersonalLines,
  includePersonal: boolean,
): EmergencyCardContent {
  const lines: PersonalLine[] = [];
  if (includePersonal) {
    for (const key of PERSONAL_KEYS) {
      const value = cleanPersonalLine(personal[key]);
      if (value) lines.push({ key, ...emergencyCardData.personalLabels[key], value });
    }
  }
  return {
    title: emergencyCardData.title,
    titleEs: emergencyCardData.titleEs,
    entries: emergencyCardData.entries,
    sentences: emergencyCardData.sentences,
    personal: lines,
    footer: emergencyCardData.footer,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Wrapping

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u{20000}-\u{2fa1f}]/u;
/** Punctuation that may not start a line; it stays with what comes before it. */
const CLOSING = /[，。、；：？！）」』》〉】”’…,.;:?!)\]]/;

/** A phone number written with spaces or hyphens ("+52 55 5616 2129"): kept on one line when it fits. */
const PHONE = /^\+?\d{1,4}(?:[ -]\d{2,4}){2,5}(?![\d])/;

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

/** Splits text into unbreakable pieces: one CJK character (with its closing punctuation), a Latin word, a space. */
export function breakUnits(text: string): string[] {
  const chars = Array.from(text);
  const units: string[] = [];
  let index = 0;
  while (index < chars.length) {
    const char = chars[index]!;
    if (isSpace(char)) {
      while (index < chars.length && isSpace(chars[index]!)) index += 1;
      units.push(' ');
      continue;
    }
    const phone = PHONE.exec(chars.slice(index, index + 40).join(''));
    let unit = phone ? phone[0] : char;
    index += phone ? Array.from(phone[0]).length : 1;
    if (!phone && !CJK.test(char)) {
      while (index < chars.length && !isSpace(chars[index]!) && !CJK.test(chars[index]!)) {
        unit += chars[index]!;
        index += 1;
      }
    }
    while (index < chars.length && CLOSING.test(chars[index]!)) {
      unit += chars[index]!;
      index += 1;
    }
    units.push(unit);
  }
  return units;
}

/** Breaks a piece wider than the line by characters; the last part is returned to continue the line with. */
function splitWide(unit: string, fits: (text: string) => boolean, lines: string[]): string {
  let current = '';
  for (const char of Array.from(unit)) {
    if (current && !fits(current + char)) {
      lines.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  return current;
}

/**
 * Wraps `text` into lines no wider than `maxWidth`. With `keepTogether`, the text is one piece (a phone
 * number), broken by characters only if it cannot fit on one line. Lines never start or end with a space.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  measure: MeasureText,
  keepTogether = false,
): string[] {
  const fits = (candidate: string) => measure(candidate, fontSize, bold) <= maxWidth;
  const units = keepTogether ? [text.replace(/\s+/g, ' ').trim()] : breakUnits(text);
  const lines: string[] = [];
  let line = '';
  let pendingSpace = false;
  for (const unit of units) {
    if (unit === ' ' || unit === '') {
      pendingSpace = line.length > 0;
      continue;
    }
    const candidate = line + (pendingSpace ? ' ' : '') + unit;
    pendingSpace = false;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = fits(unit) ? unit : splitWide(unit, fits, lines);
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------------------------------------------------
// Layout

export type TextRole =
  | 'title'
  | 'title-es'
  | 'label'
  | 'label-es'
  | 'number'
  | 'sentence-es'
  | 'sentence-zh'
  | 'personal-label'
  | 'personal'
  | 'footer';

export interface TextOp {
  kind: 'text';
  role: TextRole;
  text: string;
  /** Left edge, px. */
  x: number;
  /** Top of the line box, px (draw with `textBaseline = 'top'`). */
  y: number;
  fontSize: number;
  bold: boolean;
  color: string;
  /** Height of the line box, px. */
  lineHeight: number;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  radius: number;
}

export type DrawOp = RectOp | TextOp;

export interface CardLayout {
  width: number;
  height: number;
  /** The rect or text's padding inside the card, px. */
  padding: number;
  ops: DrawOp[];
}

/** The layout is designed at 375 px and scaled; narrower cards are laid out at this width. */
export const DESIGN_WIDTH = 375;
export const MIN_WIDTH = 240;
export const MAX_WIDTH = 2400;

export const CARD_COLORS = {
  background: '#ffffff',
  header: '#b3261e',
  onHeader: '#ffffff',
  text: '#1a1a1a',
  muted: '#5c5c5c',
  sentenceBackground: '#fff3e0',
  divider: '#e0e0e0',
  personalBackground: '#f2f5fa',
} as const;

const SIZES: Record<TextRole, { size: number; bold: boolean; color: string }> = {
  title: { size: 22, bold: true, color: CARD_COLORS.onHeader },
  'title-es': { size: 14, bold: false, color: CARD_COLORS.onHeader },
  label: { size: 14, bold: false, color: CARD_COLORS.muted },
  'label-es': { size: 12, bold: false, color: CARD_COLORS.muted },
  number: { size: 24, bold: true, color: CARD_COLORS.text },
  'sentence-es': { size: 17, bold: true, color: CARD_COLORS.text },
  'sentence-zh': { size: 13, bold: false, color: CARD_COLORS.muted },
  'personal-label': { size: 12, bold: false, color: CARD_COLORS.muted },
  personal: { size: 16, bold: true, color: CARD_COLORS.text },
  footer: { size: 11, bold: false, color: CARD_COLORS.muted },
};

const LINE_HEIGHT = 1.35;

/** Lays out the card for `width` px (clamped to MIN_WIDTH–MAX_WIDTH; the canvas takes `layout.width`). */
export function layoutEmergencyCard(
  content: EmergencyCardContent,
  width: number,
  measure: MeasureText,
): CardLayout {
  const cardWidth = Math.round(
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number.isFinite(width) ? width : DESIGN_WIDTH)),
  );
  const scale = cardWidth / DESIGN_WIDTH;
  const px = (value: number) => Math.round(value * scale * 10) / 10;
  const padding = px(20);
  const inner = cardWidth - 2 * padding;
  const rects: RectOp[] = [];
  const texts: TextOp[] = [];
  let y = 0;

  const write = (role: TextRole, text: string, options: { indent?: number; keepTogether?: boolean } = {}) => {
    const style = SIZES[role];
    const fontSize = px(style.size);
    const lineHeight = Math.ceil(fontSize * LINE_HEIGHT);
    const indent = options.indent ?? 0;
    for (const line of wrapText(
      text,
      inner - 2 * indent,
      fontSize,
      style.bold,
      measure,
      options.keepTogether,
    )) {
      texts.push({
        kind: 'text',
        role,
        text: line,
        x: padding + indent,
        y,
        fontSize,
        bold: style.bold,
        color: style.color,
        lineHeight,
      });
      y += lineHeight;
    }
  };
  const gap = (value: number) => {
    y += px(value);
  };
  const box = (top: number, color: string) =>
    rects.push({
      kind: 'rect',
      x: padding / 2,
      y: top,
      width: cardWidth - padding,
      height: y - top,
      color,
      radius: px(8),
    });

  // Header band.
  gap(16);
  write('title', content.title);
  write('title-es', content.titleEs);
  gap(14);
  rects.push({ kind: 'rect', x: 0, y: 0, width: cardWidth, height: y, color: CARD_COLORS.header, radius: 0 });

  // Numbers.
  content.entries.forEach((entry, index) => {
    if (index > 0) {
      rects.push({
        kind: 'rect',
        x: padding,
        y: y + px(6),
        width: inner,
        height: Math.max(1, px(1)),
        color: CARD_COLORS.divider,
        radius: 0,
      });
      gap(12);
    } else {
      gap(14);
    }
    write('label', entry.label);
    write('label-es', entry.labelEs);
    write('number', entry.number, { keepTogether: true });
  });

  // Sentences a stranger can act on.
  gap(16);
  for (const sentence of content.sentences) {
    const top = y;
    gap(10);
    write('sentence-es', sentence.spanish, { indent: px(8) });
    gap(2);
    write('sentence-zh', sentence.chinese, { indent: px(8) });
    gap(10);
    box(top, CARD_COLORS.sentenceBackground);
    gap(8);
  }

  // Personal lines, only those the person chose to include.
  if (content.personal.length > 0) {
    const top = y;
    gap(8);
    for (const line of content.personal) {
      write('personal-label', `${line.label} · ${line.labelEs}`, { indent: px(8) });
      write('personal', line.value, { indent: px(8) });
      gap(6);
    }
    gap(4);
    box(top, CARD_COLORS.personalBackground);
    gap(8);
  }

  gap(6);
  write('footer', content.footer);
  gap(16);

  const height = Math.ceil(y);
  const background: RectOp = {
    kind: 'rect',
    x: 0,
    y: 0,
    width: cardWidth,
    height,
    color: CARD_COLORS.background,
    radius: 0,
  };
  return { width: cardWidth, height, padding, ops: [background, ...rects, ...texts] };
}

/** Every line of text on the card, in drawing order (what a screen reader or a test reads). */
export function cardText(layout: CardLayout): string[] {
  return layout.ops.filter((op): op is TextOp => op.kind === 'text').map((op) => op.text);
}
