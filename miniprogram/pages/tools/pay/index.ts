/**
 * 付款时刻: at the ATM and the card terminal. Four parts behind a segmented control: the conversion prompt (what
 * the screen says, which to press, how much more the other currency costs), an ATM withdrawal's real cost and
 * the SAFE daily limit, the tip, and the person's own exchange rate (stored with its day). The view is
 * `payView` (pay-view.ts); the page keeps what was typed while it is open and stores only the rate.
 */
import { appPage } from '../../../behaviors/app-page';
import { singlePageNotes } from '../content';
import { ownRate } from '../services/own-rate';
import type { FeeCurrency } from '../services/atm-cost';
import type { ScreenKind } from '../content';
import type { ShownCurrency } from '../services/dcc';
import { enterRate, type RateDirection } from '../services/exchange-rate';
import {
  PAY_TABS,
  TEXT_FIELDS,
  emptyInputs,
  payView,
  type PayField,
  type PayInputs,
  type PayTab,
} from './pay-view';

interface ChoiceEvent {
  currentTarget: { dataset: { id?: string } };
}
interface InputEvent {
  currentTarget: { dataset: { field?: string } };
  detail: { value?: unknown };
}

/** What each open page typed, kept apart from the template's data. */
const typed = new WeakMap<object, PayInputs>();
const inputsOf = (page: object): PayInputs => {
  let inputs = typed.get(page);
  if (!inputs) {
    inputs = emptyInputs();
    typed.set(page, inputs);
  }
  return inputs;
};

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

const initial = payView(emptyInputs(), undefined, new Date(0));
type View = typeof initial;

appPage({
  page: 'pay',
  stores: [ownRate],
  data: {
    /** What this tool cannot do when opened from Moments (shown only there). */
    singlePageNote: singlePageNotes['pay'] as string,
    tabs: [] as View['tabs'],
    tab: '' as string,
    values: {} as View['values'],
    rate: initial.rate,
    dcc: initial.dcc,
    atm: initial.atm,
    tip: initial.tip,
    rateForm: initial.rateForm,
  },
  view(target) {
    // The open tab is the page's target, so a shared card or Moments post opens the same tab (`?tab=atm`).
    const inputs = inputsOf(this);
    inputs.tab = oneOf<PayTab>(PAY_TABS, target.tab) ? target.tab : 'dcc';
    return payView(inputs, ownRate.get(), new Date());
  },
  share: { title: () => '在墨西哥刷卡、取现：选比索，别让机器替你换算' },
  methods: {
    onTab(event: ChoiceEvent) {
      const id = event.currentTarget.dataset.id;
      if (!oneOf<PayTab>(PAY_TABS, id)) return;
      this.show({ page: 'pay', tab: id });
    },
    onScreen(event: ChoiceEvent) {
      const id = event.currentTarget.dataset.id;
      if (!oneOf<ScreenKind>(['atm', 'terminal'], id)) return;
      inputsOf(this).screen = id;
      this.redraw();
    },
    onCurrency(event: ChoiceEvent) {
      const id = event.currentTarget.dataset.id;
      if (!oneOf<ShownCurrency>(['CNY', 'USD'], id)) return;
      inputsOf(this).dccCurrency = id;
      this.redraw();
    },
    onFeeCurrency(event: ChoiceEvent) {
      const id = event.currentTarget.dataset.id;
      if (!oneOf<FeeCurrency>(['CNY', 'MXN'], id)) return;
      inputsOf(this).cardFixedCurrency = id;
      this.redraw();
    },
    onDirection(event: ChoiceEvent) {
      const id = event.currentTarget.dataset.id;
      if (!oneOf<RateDirection>(['mxn-per-cny', 'cny-per-mxn'], id)) return;
      const inputs = inputsOf(this);
      inputs.rateDirection = id;
      inputs.rateHint = '';
      this.redraw();
    },
    /** Every number field: `data-field` names it; what was typed is kept as text, never as NaN. */
    onInput(event: InputEvent) {
      const field = event.currentTarget.dataset.field;
      if (!oneOf<PayField>(TEXT_FIELDS, field)) return;
      const value = event.detail.value;
      const inputs = inputsOf(this);
      inputs[field] = typeof value === 'string' ? value : '';
      if (field === 'rateText') inputs.rateHint = '';
      this.redraw();
    },
    onSaveRate() {
      const inputs = inputsOf(this);
      const entered = enterRate(inputs.rateText, inputs.rateDirection, new Date());
      if (!entered.ok) {
        inputs.rateHint = entered.hint;
        this.redraw();
        return;
      }
      inputs.rateHint = '';
      inputs.rateText = '';
      ownRate.set(entered.rate);
      wx.showToast({ title: '汇率已保存在这台手机上', icon: 'none' });
    },
    onClearRate() {
      ownRate.clear();
      wx.showToast({ title: '已删除你填的汇率', icon: 'none' });
    },
    onEditRate() {
      this.show({ page: 'pay', tab: 'rate' });
    },
  },
});
