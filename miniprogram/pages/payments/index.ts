/**
 * 付款方式对比: every payment option at a glance (rating, tags, a compact table), one card each with where
 * it works, fees and limits, what it takes and its risks, plus the Spanish phrases needed to pay.
 */
import { appPage } from '../../behaviors/app-page';
import { payments } from './content';
import { freshness } from '../../presenters/content-view';
import { presentPayments, type PaymentsView } from './payments-view';
import { copyText } from '../../services/clipboard';

interface TapEvent {
  currentTarget: { dataset: { id?: string } };
}

const EMPTY: PaymentsView = { columns: [], rows: [], cards: [], phrases: [], sources: [] };

appPage({
  page: 'payments',
  data: { ...EMPTY, checkedLabel: '', staleNotice: '' },
  view() {
    return { ...presentPayments(), ...freshness(payments.checked, new Date()) };
  },
  share: { title: () => '在墨西哥怎么付钱：银行卡、现金、微信支付、支付宝对比' },
  methods: {
    onCopyPhrase(event: TapEvent) {
      const phrase = this.data.phrases.find((view) => view.id === event.currentTarget.dataset.id);
      if (phrase) copyText(phrase.spanish, '西语已复制，可以给对方看');
    },
  },
});
