/**
 * 付款方式对比: every payment option at a glance (rating, tags, a compact table), one card each with where
 * it works, fees and limits, what it takes and its risks, plus the Spanish phrases needed to pay.
 */
import { contentStore } from '../../content/index';
import { freshness } from '../../presenters/content-view';
import { presentPayments } from '../../presenters/payments-view';
import { targetPath, targetQuery } from '../../services/entry-link';
import { openTarget } from '../../services/navigation';
import { enterPage } from '../../services/page-entry';
import { copySourceAddress, copyText } from '../../services/clipboard';

interface TapEvent {
  currentTarget: { dataset: { id?: string } };
}

const SHARE_TITLE = '在墨西哥怎么付钱：银行卡、现金、微信支付、支付宝对比';

Component({
  data: {
    ...presentPayments(),
    checkedLabel: '',
    staleNotice: '',
    singlePage: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const entry = enterPage('payments', query);
      this.setData({
        ...freshness(contentStore.payments.checked, new Date()),
        singlePage: entry.singlePage,
      });
    },
    onOpenSection(event: TapEvent) {
      const id = event.currentTarget.dataset.id;
      if (id) openTarget({ page: 'guide', section: id });
    },
    onCopyPhrase(event: TapEvent) {
      const phrase = this.data.phrases.find((view) => view.id === event.currentTarget.dataset.id);
      if (!phrase) return;
      copyText(phrase.spanish, '西语已复制，可以给对方看');
    },
    onCopySource(event: TapEvent) {
      // The address is looked up in the store, not sent to the template, which never shows it.
      copySourceAddress(event.currentTarget.dataset.id);
    },
    onShareAppMessage() {
      return { title: SHARE_TITLE, path: targetPath({ page: 'payments' }) };
    },
    onShareTimeline() {
      return { title: SHARE_TITLE, query: targetQuery({ page: 'payments' }) };
    },
  },
});
