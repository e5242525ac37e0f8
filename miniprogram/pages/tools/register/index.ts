/**
 * 我的号码要登记吗: which line, and for a Mexican number its last digit (a ten-key pad, or a pasted number) →
 * deadline, days left against the phone's date, state and what to do. The choice is the page's target, so a
 * shared card or Moments post opens the same digit; nothing is stored.
 */
import { appPage } from '../../../behaviors/app-page';
import { singlePageNotes } from '../content';
import { lastDigitOfNumber } from '../services/pasted-number';
import { parseRegisterLine, registerLineId, type RegisterLineKind } from './line-choice';
import { presentRegister, registerFacts, registerShareTitle, type RegisterView } from './register-view';
import { factSources, type FactSourceView } from '../fact-sources';

interface TapEvent {
  currentTarget: { dataset: { kind?: string; digit?: number | string } };
}

interface InputEvent {
  detail: { value?: string };
}

/** The paste field's text and hint (page state, not stored). */
const pasted = new WeakMap<object, { text: string; hint: string }>();
const pasteOf = (page: object) => pasted.get(page) ?? { text: '', hint: '' };

appPage({
  page: 'register',
  data: {
    /** What this tool cannot do when opened from Moments (shown only there). */
    singlePageNote: singlePageNotes['register'] as string,
    lines: [] as RegisterView['lines'],
    digits: [] as RegisterView['digits'],
    showPad: false,
    result: null as RegisterView['result'],
    foreign: null as RegisterView['foreign'],
    calendarOverNote: '',
    pasteText: '',
    pasteHint: '',
    sources: [] as FactSourceView[],
  },
  view(target) {
    const { text, hint } = pasteOf(this);
    const choice = parseRegisterLine(target.line);
    return {
      ...presentRegister(choice, Date.now()),
      pasteText: text,
      pasteHint: hint,
      sources: factSources(registerFacts(choice)),
    };
  },
  share: {
    title() {
      return registerShareTitle(parseRegisterLine(this.target.line));
    },
  },
  methods: {
    onLine(event: TapEvent) {
      const kind = event.currentTarget.dataset.kind as RegisterLineKind;
      const current = parseRegisterLine(this.target.line);
      if (current.kind === kind) return;
      const line = registerLineId(parseRegisterLine(kind));
      if (line) this.show({ page: 'register', line });
    },
    onDigit(event: TapEvent) {
      const line = registerLineId(parseRegisterLine(`mx-${event.currentTarget.dataset.digit}`));
      if (!line) return;
      pasted.set(this, { text: pasteOf(this).text, hint: '' });
      this.show({ page: 'register', line });
    },
    onPaste(event: InputEvent) {
      const text = String(event.detail.value ?? '');
      if (text.trim() === '') {
        pasted.set(this, { text, hint: '' });
        this.redraw();
        return;
      }
      const read = lastDigitOfNumber(text);
      // A number that cannot be read keeps the digit already chosen; the hint says why.
      pasted.set(this, { text, hint: read.ok ? `尾号是 ${read.digit}` : read.hint });
      if (read.ok) this.show({ page: 'register', line: `mx-${read.digit}` });
      else this.redraw();
    },
  },
});
