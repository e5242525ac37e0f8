/**
 * The emergency card's layout with a fixed, injected measure: what the card says, how lines wrap, that nothing
 * overflows at any width, and that personal lines appear only when the person chose to include them.
 */
import fc from 'fast-check';
import {
  MAX_PERSONAL_CHARS,
  MIN_WIDTH,
  breakUnits,
  cardText,
  cleanPersonalLine,
  emergencyCardContent,
  layoutEmergencyCard,
  wrapText,
  type CardLayout,
  type MeasureText,
  type PersonalLines,
  type TextOp,
} from '../../miniprogram/pages/tools/services/emergency-card-layout';

const RUNS = 150;

/** A fixed measure: a CJK or full-width character is one em, anything else 0.6 em; bold is 10 % wider. */
const measure: MeasureText = (text, fontSize, bold) => {
  let width = 0;
  for (const char of text)
    width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.6;
  return width * fontSize * (bold ? 1.1 : 1);
};

const personal: PersonalLines = {
  namePinyin: 'ZHANG WEI',
  emergencyContact: '李娜 +86 138 0000 0000',
  hotel: 'Hotel Ejemplo, Av. Reforma 100, Ciudad de México',
};

const texts = (layout: CardLayout) => layout.ops.filter((op): op is TextOp => op.kind === 'text');
const joined = (layout: CardLayout) => cardText(layout).join('\n');

function expectNoOverflow(layout: CardLayout): void {
  for (const op of layout.ops) {
    if (op.kind === 'rect') {
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.x + op.width).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(op.y + op.height).toBeLessThanOrEqual(layout.height + 1e-9);
    } else {
      expect(op.text.length).toBeGreaterThan(0);
      expect(op.text).toBe(op.text.trim());
      expect(op.x).toBeGreaterThanOrEqual(layout.padding);
      expect(op.x + measure(op.text, op.fontSize, op.bold)).toBeLessThanOrEqual(
        layout.width - layout.padding + 1e-9,
      );
      expect(op.y + op.lineHeight).toBeLessThanOrEqual(layout.height);
    }
  }
  // Lines never overlap: each text starts at or below the previous one's bottom.
  const lines = texts(layout);
  for (let index = 1; index < lines.length; index += 1) {
    expect(lines[index]!.y).toBeGreaterThanOrEqual(lines[index - 1]!.y + lines[index - 1]!.lineHeight);
  }
}

describe('what the card says', () => {
  const layout = layoutEmergencyCard(emergencyCardContent({}, false), 375, measure);
  const all = joined(layout);

  it('carries 911, the embassy, the Tijuana consulate with its district, and 12308', () => {
    const numbers = texts(layout)
      .filter((op) => op.role === 'number')
      .map((op) => op.text);
    expect(numbers).toEqual(['911', '+52 55 5616 2129', '+52 664 492 0455', '+86-10-12308']);
    const flat = all.replace(/\n/g, '');
    for (const state of ['下加利福尼亚州', '南下加利福尼亚州', '索诺拉州', '奇瓦瓦州'])
      expect(flat).toContain(state);
    expect(all.replace(/\n/g, ' ')).toContain('Baja California, Baja California Sur, Sonora, Chihuahua');
  });

  it('has two Spanish sentences a stranger can act on, each with Chinese beneath', () => {
    const spanish = texts(layout)
      .filter((op) => op.role === 'sentence-es')
      .map((op) => op.text)
      .join(' ');
    expect(spanish).toContain('Por favor, llame a la Embajada de China: +52 55 5616 2129.');
    expect(spanish).toContain('Por favor, llame al 911.');
    expect(texts(layout).filter((op) => op.role === 'sentence-zh').length).toBeGreaterThanOrEqual(2);
  });

  it('draws the header first and the text on top, and fits at 375 px', () => {
    expect(layout.ops[0]).toMatchObject({ kind: 'rect', x: 0, y: 0, width: 375, height: layout.height });
    const firstText = layout.ops.findIndex((op) => op.kind === 'text');
    expect(layout.ops.slice(firstText).every((op) => op.kind === 'text')).toBe(true);
    expect(texts(layout)[0]).toMatchObject({ role: 'title', text: '紧急联系卡', color: '#ffffff' });
    expectNoOverflow(layout);
  });
});

describe('personal lines', () => {
  it('are absent unless the person opted in, even when typed', () => {
    const without = joined(layoutEmergencyCard(emergencyCardContent(personal, false), 375, measure));
    for (const value of ['ZHANG', '李娜', '138', 'Ejemplo', '姓名', '紧急联系人', '住处'])
      expect(without).not.toContain(value);
  });

  it('appear, labelled in Chinese and Spanish, when the person opted in', () => {
    const layout = layoutEmergencyCard(emergencyCardContent(personal, true), 375, measure);
    const all = joined(layout).replace(/\n/g, ' ');
    expect(all).toContain('姓名（拼音） · Nombre');
    expect(all).toContain('ZHANG WEI');
    expect(all).toContain('李娜 +86 138 0000 0000');
    expect(all).toContain('Hotel Ejemplo, Av. Reforma 100,');
    expectNoOverflow(layout);
  });

  it('leaves out empty ones and cleans what was typed', () => {
    const content = emergencyCardContent(
      { namePinyin: '  LI\nNA\t ', hotel: '   ', emergencyContact: undefined },
      true,
    );
    expect(content.personal).toEqual([
      { key: 'namePinyin', label: '姓名（拼音）', labelEs: 'Nombre', value: 'LI NA' },
    ]);
    expect(cleanPersonalLine('a\u0000b\u2028c')).toBe('a b c');
    expect(cleanPersonalLine(42)).toBe('');
    expect(Array.from(cleanPersonalLine('字'.repeat(500)))).toHaveLength(MAX_PERSONAL_CHARS);
  });

  it('make the card taller', () => {
    const short = layoutEmergencyCard(emergencyCardContent(personal, false), 375, measure);
    const tall = layoutEmergencyCard(emergencyCardContent(personal, true), 375, measure);
    expect(tall.height).toBeGreaterThan(short.height);
  });
});

describe('wrapping', () => {
  it('breaks Chinese between any two characters, keeping closing punctuation with the one before', () => {
    const lines = wrapText('我是中国公民，请帮我打电话。', 5 * 10, 10, false, measure);
    expect(lines.join('')).toBe('我是中国公民，请帮我打电话。');
    for (const line of lines) expect(measure(line, 10, false)).toBeLessThanOrEqual(50);
    for (const line of lines) expect(line).not.toMatch(/^[，。]/);
    expect(breakUnits('公民，请')).toEqual(['公', '民，', '请']);
  });

  it('keeps a phone number inside a sentence on one line', () => {
    expect(breakUnits('llame al +52 55 5616 2129.')).toEqual(['llame', ' ', 'al', ' ', '+52 55 5616 2129.']);
    expect(breakUnits('大使馆：+52 55 5616 2129。')).toEqual(['大', '使', '馆：', '+52 55 5616 2129。']);
    for (const width of [240, 300, 375, 414, 600]) {
      const layout = layoutEmergencyCard(emergencyCardContent({}, false), width, measure);
      const sentenceLines = texts(layout).filter(
        (op) => op.role === 'sentence-es' || op.role === 'sentence-zh',
      );
      expect(sentenceLines.some((op) => op.text.includes('+52 55 5616 2129'))).toBe(true);
      expect(sentenceLines.filter((op) => /\+52 55$|^5616/.test(op.text))).toEqual([]);
    }
  });

  it('breaks Latin text at spaces only', () => {
    const text = 'Por favor, llame a la Embajada de China.';
    const lines = wrapText(text, 12 * 6, 10, false, measure);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines)
      expect(line.split(' ').every((word) => text.split(' ').includes(word))).toBe(true);
  });

  it('breaks a word wider than the line by characters, and keeps a phone number whole when it fits', () => {
    const lines = wrapText('Supercalifragilistico', 5 * 6, 10, false, measure);
    expect(lines.join('')).toBe('Supercalifragilistico');
    for (const line of lines) expect(measure(line, 10, false)).toBeLessThanOrEqual(30);
    expect(wrapText('+52 664 492 0455', 200, 10, false, measure, true)).toEqual(['+52 664 492 0455']);
    expect(wrapText('+52 664 492 0455', 60, 10, false, measure, true).join('')).toBe('+52 664 492 0455');
  });

  it('mixed text keeps every non-space character, in order, within the width', () => {
    const pieces = fc.array(
      fc.oneof(
        fc.constantFrom(
          '中',
          '国',
          '公',
          '民',
          '，',
          '。',
          '（',
          '）',
          ' ',
          ' ',
          'a',
          'b',
          'Z',
          '9',
          '+',
          '-',
          '.',
          ',',
        ),
        fc.stringMatching(/^[A-Za-z]{1,20}$/),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(pieces, fc.integer({ min: 20, max: 400 }), fc.boolean(), (parts, maxWidth, bold) => {
        const text = parts.join('');
        const lines = wrapText(text, maxWidth, 10, bold, measure);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) {
          expect(line.length).toBeGreaterThan(0);
          expect(line).toBe(line.trim());
          expect(measure(line, 10, bold)).toBeLessThanOrEqual(maxWidth);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('any width and any personal lines', () => {
  const typed = fc.option(
    fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 120 })),
    {
      nil: undefined,
    },
  );

  it('never overflows, and carries personal lines only when included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.record({ namePinyin: typed, emergencyContact: typed, hotel: typed }),
        fc.boolean(),
        (width, lines, include) => {
          const layout = layoutEmergencyCard(emergencyCardContent(lines, include), width, measure);
          expect(layout.width).toBe(Math.min(2400, Math.max(MIN_WIDTH, width)));
          expectNoOverflow(layout);
          const personalOps = texts(layout).filter(
            (op) => op.role === 'personal' || op.role === 'personal-label',
          );
          if (!include) expect(personalOps).toHaveLength(0);
          const typedCount = Object.values(lines).filter((value) => cleanPersonalLine(value) !== '').length;
          expect(texts(layout).filter((op) => op.role === 'personal-label').length).toBe(
            include ? typedCount : 0,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('is the same for the same input', () => {
    const content = emergencyCardContent(personal, true);
    expect(layoutEmergencyCard(content, 600, measure)).toEqual(layoutEmergencyCard(content, 600, measure));
  });
});
