/**
 * Sources: every source with its date and confidence. Tapping copies the address; the app opens no web pages.
 */
import { appPage } from '../../behaviors/app-page';
import { contentStore } from '../../content/index';
import { presentSourceGroups, type SourceGroupView } from '../../presenters/content-view';
import { copyText, SOURCE_COPIED } from '../../services/clipboard';

type SourceTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { url: string }
>;

appPage({
  page: 'sources',
  data: { groups: [] as SourceGroupView[], version: '', overview: '' },
  view() {
    const counts = { H: 0, M: 0, L: 0 };
    for (const source of contentStore.sources) counts[source.confidence] += 1;
    return {
      groups: presentSourceGroups(contentStore.sources),
      version: contentStore.version,
      overview: `共 ${contentStore.sources.length} 条：可信度高 ${counts.H} 条，中 ${counts.M} 条，低 ${counts.L} 条。`,
    };
  },
  share: { title: () => '墨西哥 eSIM 与支付指南：资料来源' },
  methods: {
    onCopy(event: SourceTapEvent) {
      copyText(event.currentTarget.dataset.url, SOURCE_COPIED);
    },
  },
});
