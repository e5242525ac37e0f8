/**
 * Sources: every source with its date, grouped by the fact sheet's topics. One topic is open at a time so the list
 * stays short; typing filters by title, publisher, note and address and opens every topic with a match. Tapping a
 * source copies the address; the app opens no web pages.
 */
import { appPage } from '../../behaviors/app-page';
import { contentStore } from '../../content/index';
import { copyText, SOURCE_COPIED } from '../../services/clipboard';
import { presentSourcesByTopic, withNotes, type SourceTopicView } from './sources-index';

type SourceTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { url: string }
>;
type TopicTapEvent = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  { key: string }
>;
type InputEvent = WechatMiniprogram.Input;

interface TopicView extends SourceTopicView {
  open: boolean;
}

const sources = withNotes(contentStore.sources);

appPage({
  page: 'sources',
  data: {
    topics: [] as TopicView[],
    version: '',
    overview: '',
    query: '',
    resultLabel: '',
  },
  view() {
    const counts = { H: 0, M: 0, L: 0 };
    for (const source of contentStore.sources) counts[source.confidence] += 1;
    const query = this.data.query.trim();
    const openTopic = this.data.topics.find((topic) => topic.open)?.key;
    const topics = presentSourcesByTopic(sources, query).map((topic) => ({
      ...topic,
      open: query !== '' || topic.key === openTopic,
    }));
    const found = topics.reduce((sum, topic) => sum + topic.sources.length, 0);
    return {
      topics,
      version: contentStore.version,
      overview: `共 ${contentStore.sources.length} 条：可信度高 ${counts.H} 条，中 ${counts.M} 条，低 ${counts.L} 条。`,
      resultLabel:
        query === ''
          ? ''
          : found === 0
            ? `没有找到含“${query}”的来源，换个词试试。`
            : `找到 ${found} 条含“${query}”的来源。`,
    };
  },
  share: { title: () => '墨西哥 eSIM 与支付指南：资料来源' },
  methods: {
    onCopy(event: SourceTapEvent) {
      copyText(event.currentTarget.dataset.url, SOURCE_COPIED);
    },
    onToggleTopic(event: TopicTapEvent) {
      const { key } = event.currentTarget.dataset;
      this.setData({
        topics: this.data.topics.map((topic) => ({ ...topic, open: topic.key === key && !topic.open })),
      });
    },
    onSearch(event: InputEvent) {
      this.setData({ query: event.detail.value });
      this.redraw();
    },
  },
});
