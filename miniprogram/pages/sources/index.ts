/**
 * Sources: every source with its date and confidence. Tapping copies the address; the app opens no web pages.
 */
import { contentStore } from '../../content/index';
import { presentSourceGroups } from '../../presenters/content-view';
import { targetPath, targetQuery } from '../../services/entry-link';
import { enterPage } from '../../services/page-entry';
import { copyText, SOURCE_COPIED } from '../../services/clipboard';

type SourceTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { url: string }
>;

const counts = { H: 0, M: 0, L: 0 };
for (const source of contentStore.sources) counts[source.confidence] += 1;

Component({
  data: {
    groups: presentSourceGroups(contentStore.sources),
    version: contentStore.version,
    singlePage: false,
    overview: `共 ${contentStore.sources.length} 条：可信度高 ${counts.H} 条，中 ${counts.M} 条，低 ${counts.L} 条。`,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const entry = enterPage('sources', query);
      if (entry.singlePage) this.setData({ singlePage: true });
    },
    onCopy(event: SourceTapEvent) {
      const url = event.currentTarget.dataset.url;
      copyText(url, SOURCE_COPIED);
    },
    onShareAppMessage() {
      return { title: '墨西哥 eSIM 与支付指南：资料来源', path: targetPath({ page: 'sources' }) };
    },
    onShareTimeline() {
      return { title: '墨西哥 eSIM 与支付指南：资料来源', query: targetQuery({ page: 'sources' }) };
    },
  },
});
