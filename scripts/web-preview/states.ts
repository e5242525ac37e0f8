/**
 * Which states of which pages the browser preview shows. Pages come from app.json, so a new page is previewed
 * (light and dark) as soon as it is registered there; the table below adds the states people care about.
 *
 * To add a state, add an entry under the page's folder name in PAGE_STATES:
 *   { id: 'situation--result', title: '…', query: { … }, storage: { key: value }, act: (page) => page.tap('.x') }
 * `id` names the files (preview/<id>.html and .png); keep it lower-kebab and unique.
 */
import * as fs from 'fs';
import * as path from 'path';
import { contentStore } from '../../content-check/store';
import type { BlockKind } from '../../miniprogram/content/types';
import { PROGRESS_KEY } from '../../miniprogram/services/checklist-progress';
import { LINES_KEY } from '../../miniprogram/pages/tools/services/emergency-card-lines';
import { OWN_RATE_KEY } from '../../miniprogram/pages/tools/services/own-rate';
import { calendarDay } from '../../miniprogram/pages/tools/services/exchange-rate';

export const MINIPROGRAM_ROOT = path.resolve(__dirname, '../../miniprogram');

/** What a state's `act` step may do to the rendered page before it is captured. */
export interface PreviewPageHandle {
  /** The page's script instance (`this` in its methods). */
  instance: Record<string, unknown> & { data: Record<string, unknown> };
  /** Taps the `index`-th node matching a class selector of the page's own template, as a person would. */
  tap(selector: string, index?: number): Promise<void>;
  /** Fires a vant-style event (`click`, `change`) with a detail on the `index`-th matching node. */
  fire(selector: string, eventName: string, detail?: unknown, index?: number): Promise<void>;
}

export interface PreviewStateSpec {
  /** File name and gallery id, e.g. `checklist--half`. */
  id: string;
  /** One line for the gallery, in English or Chinese. */
  title: string;
  /** The page's `onLoad` query. */
  query?: Record<string, string>;
  /** Storage as the page finds it on a cold start (key → value as `wx.setStorageSync` would keep it). */
  storage?: Record<string, unknown>;
  /** `SHARE_LINK_BASE` for this state (the app ships with none, which hides the share QR code). */
  linkBase?: string;
  dark?: boolean;
  /** Opened from Moments (朋友圈): WeChat's single-page mode, scene 1154. */
  moments?: boolean;
  /** Runs after onLoad/onShow/onReady, e.g. to open a popup or expand an item. */
  act?: (page: PreviewPageHandle) => Promise<void> | void;
}

export interface PreviewState extends PreviewStateSpec {
  /** Route as in app.json, e.g. `pages/home/index`. */
  route: string;
  /** The page's folder name, e.g. `home`. */
  page: string;
  dark: boolean;
}

interface AppJson {
  pages?: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
}

/** Every page route of app.json, main package first, then subpackages. */
export function appRoutes(root = MINIPROGRAM_ROOT): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson;
  const routes = [...(app.pages ?? [])];
  for (const sub of [...(app.subpackages ?? []), ...(app.subPackages ?? [])]) {
    for (const page of sub.pages) routes.push(path.posix.join(sub.root, page));
  }
  return routes;
}

/** `pages/home/index` → `home`; `pkg/pages/x/index` → `x`; a route not ending in index keeps its last name. */
export function pageName(route: string): string {
  const parts = route.split('/');
  const last = parts[parts.length - 1] ?? route;
  return last === 'index' && parts.length > 1 ? (parts[parts.length - 2] ?? last) : last;
}

/** Stored checklist progress with the given items ticked (the format the progress service reads). */
export function tickedStorage(itemIds: readonly string[]): Record<string, unknown> {
  const ticked: Record<string, number> = {};
  itemIds.forEach((id, index) => {
    ticked[id] = Date.UTC(2026, 10, 20) + index * 60_000;
  });
  return { [PROGRESS_KEY]: { version: 1, ticked } };
}

/** The fewest guide sections that together show every block kind (greedy cover, in guide order). */
export function sectionsCoveringEveryBlockKind(): { id: string; kinds: BlockKind[] }[] {
  const missing = new Set<BlockKind>(
    contentStore.sections.flatMap((section) => section.blocks.map((block) => block.kind)),
  );
  const picked: { id: string; kinds: BlockKind[] }[] = [];
  while (missing.size > 0) {
    let best: { id: string; kinds: BlockKind[] } | undefined;
    for (const section of contentStore.sections) {
      const kinds = [...new Set(section.blocks.map((block) => block.kind))].filter((kind) =>
        missing.has(kind),
      );
      if (kinds.length > (best?.kinds.length ?? 0)) best = { id: section.id, kinds };
    }
    if (!best) break;
    for (const kind of best.kinds) missing.delete(kind);
    picked.push(best);
  }
  return picked;
}

/**
 * Answers for the decision helper's result state: a traveller whose Chinese number no longer receives codes
 * and whose Mexican eSIM is data only (a result with something in every group), the rest left blank.
 */
export const SAMPLE_ANSWERS: Readonly<Record<string, string>> = {
  'chinese-sim': 'inactive',
  'mexico-line': 'data-only',
};

/** Taps each sample answer's button, as a person would (buttons are `.option-<question>` in option order). */
async function answerSample(page: PreviewPageHandle): Promise<void> {
  for (const [questionId, optionId] of Object.entries(SAMPLE_ANSWERS)) {
    const question = contentStore.situation.questions.find((candidate) => candidate.id === questionId);
    const index = question?.options.findIndex((option) => option.id === optionId) ?? -1;
    if (index < 0) throw new Error(`SAMPLE_ANSWERS: no option ${optionId} for question ${questionId}`);
    await page.tap(`.option-${questionId}`, index);
  }
}

const itemIds = contentStore.checklistItems.map((item) => item.id);
const halfTicked = itemIds.slice(0, Math.ceil(itemIds.length / 2));
const someTicked = itemIds.slice(0, Math.max(1, Math.round(itemIds.length / 3)));

/** A rate entered today (1 人民币 = 2.5 比索), as the pay tool stores it. */
const todaysRate = (): Record<string, unknown> => ({
  [OWN_RATE_KEY]: { version: 1, direction: 'mxn-per-cny', value: 2.5, enteredOn: calendarDay(new Date()) },
});

/** Types into the pay tool's fields, as a person would. */
const typeInto =
  (tab: string, fields: Record<string, string>) =>
  async (page: PreviewPageHandle): Promise<void> => {
    await page.tap(`.tab-${tab}`);
    for (const [selector, value] of Object.entries(fields)) await page.fire(selector, 'input', { value });
  };

/**
 * The states people care about, by page folder name. Every state is also shown in dark mode.
 * A page with no entry here is shown once as it opens with no query and nothing stored.
 */
export const PAGE_STATES: Record<string, PreviewStateSpec[]> = {
  home: [
    { id: 'home', title: 'Home, nothing ticked yet' },
    {
      id: 'home--share',
      title: 'Home with a link base set: the 面对面分享 line at the end',
      linkBase: 'https://guide.example.cn/mp',
    },
    {
      id: 'home--progress',
      title: `Home with checklist progress (${someTicked.length} ticked)`,
      storage: tickedStorage(someTicked),
    },
  ],
  guide: [
    ...sectionsCoveringEveryBlockKind().map(({ id, kinds }) => ({
      id: `guide--${id}`,
      title: `Guide section ${id} (blocks: ${kinds.join(', ')})`,
      query: { section: id },
    })),
    {
      id: 'guide--tools',
      title: 'Guide section paying-in-mexico, ending with its two 用小工具 rows',
      query: { section: 'paying-in-mexico' },
    },
    {
      id: 'guide--toc',
      title: 'Guide with the table of contents open',
      query: { section: contentStore.sections[0]?.id ?? '' },
      act: (page) => page.fire('.toc-button', 'click'),
    },
  ],
  checklist: [
    { id: 'checklist--empty', title: 'Checklist, nothing ticked' },
    {
      id: 'checklist--half',
      title: `Checklist half done (${halfTicked.length} of ${itemIds.length}), one item's steps open`,
      storage: tickedStorage(halfTicked),
      act: (page) => page.tap('.item-toggle', halfTicked.length),
    },
    {
      id: 'checklist--moments',
      title: 'Checklist of a stage opened from Moments (single-page mode: ticks not kept)',
      query: { group: 'on-arrival' },
      moments: true,
    },
  ],
  sources: [{ id: 'sources', title: 'Sources' }],
  situation: [
    { id: 'situation', title: 'Decision helper, nothing answered yet' },
    {
      id: 'situation--result',
      title: `Decision helper answered (${Object.keys(SAMPLE_ANSWERS).join(', ')}), its result`,
      act: answerSample,
    },
  ],
  cashier: [
    { id: 'cashier', title: '给店员看, first card' },
    { id: 'cashier--pesos', title: '给店员看, "pay in pesos" card', query: { card: 'pay-in-pesos' } },
  ],
  register: [
    { id: 'register', title: '我的号码要登记吗, nothing chosen' },
    {
      id: 'register--mx',
      title:
        '我的号码要登记吗, a Mexican number, digit not yet chosen (where the guide and checklist rows open it)',
      query: { line: 'mx' },
    },
    { id: 'register--mx-8', title: '我的号码要登记吗, Mexican number ending in 8', query: { line: 'mx-8' } },
    {
      id: 'register--mx-7',
      title: '我的号码要登记吗, ending in 7 (deadline passed)',
      query: { line: 'mx-7' },
    },
    { id: 'register--esim', title: '我的号码要登记吗, a foreign travel eSIM', query: { line: 'esim' } },
    {
      id: 'register--moments',
      title: '我的号码要登记吗 for a number ending in 3, opened from Moments',
      query: { line: 'mx-3' },
      moments: true,
    },
  ],
  'money-home': [
    { id: 'money-home', title: '钱怎么汇回国内, nothing answered' },
    {
      id: 'money-home--citizen',
      title: '钱怎么汇回国内: Mexican citizen, no USD account, recipient with ID and Alipay, 60,000 yuan',
      act: async (page) => {
        for (const index of [0, 4, 6, 9]) await page.tap('.option', index);
        await page.fire('.amount', 'input', { value: '60,000' });
      },
    },
  ],
  pay: [
    {
      id: 'pay--dcc',
      title: 'Pay: card terminal asks, 1,000 pesos or 420 yuan, with a rate of 2.5 pesos a yuan',
      storage: todaysRate(),
      act: typeInto('dcc', { '.dcc-pesos': '1,000', '.dcc-shown': '420' }),
    },
    {
      id: 'pay--atm',
      title: 'Pay: ATM cost of 3,000 pesos (ATM fee 50, card 15 yuan + 1%), 22,000 already taken today',
      storage: todaysRate(),
      act: typeInto('atm', {
        '.atm-pesos': '3000',
        '.atm-fee': '50',
        '.card-fixed': '15',
        '.card-percent': '1',
        '.day-before': '22000',
      }),
    },
    {
      id: 'pay--tip',
      title: 'Pay: tip on a bill of 847 pesos, own 12%',
      act: typeInto('tip', { '.tip-bill': '847', '.tip-own': '12' }),
    },
    {
      id: 'pay--rate',
      title: 'Pay: own rate stored today, a rate typed the wrong way round',
      storage: todaysRate(),
      act: typeInto('rate', { '.rate-input': '0.38' }),
    },
  ],
  share: [
    {
      id: 'share',
      title: '面对面分享: the QR code of a guide section, with a link base set as the owner would',
      linkBase: 'https://guide.example.cn/mp',
      query: {
        to: 'guide',
        section: 'paying-in-mexico',
        title: encodeURIComponent('在墨西哥怎么付钱：刷卡、现金和手机支付'),
      },
    },
    {
      id: 'share--no-base',
      title: '面对面分享 opened while no link base is set (as the app ships): no code, a notice',
      query: { to: 'home' },
    },
  ],
  'emergency-card': [
    {
      id: 'emergency-card',
      title: 'Emergency card with the person’s lines, "include my lines" ticked',
      storage: {
        [LINES_KEY]: {
          version: 1,
          lines: { 'name-pinyin': 'ZHANG San', hotel: 'Hotel Zócalo, Calle 5 de Mayo 61, CDMX' },
        },
      },
      act: (page) => page.tap('.include-mine'),
    },
    { id: 'emergency-card--empty', title: 'Emergency card, nothing typed' },
    {
      id: 'emergency-card--moments',
      title: 'Emergency card opened from Moments: no image there, and it says so',
      moments: true,
    },
  ],
};

/** Every state to render: each app.json page's states, then a dark twin of each (axe checks both themes). */
export function previewStates(routes = appRoutes()): PreviewState[] {
  const light: PreviewState[] = [];
  const dark: PreviewState[] = [];
  for (const route of routes) {
    const page = pageName(route);
    const specs = PAGE_STATES[page] ?? [{ id: page, title: `${page} as it opens` }];
    specs.forEach((spec) => {
      const state: PreviewState = { ...spec, route, page, dark: spec.dark ?? false };
      light.push(state);
      if (!state.dark) {
        dark.push({ ...state, id: `${spec.id}--dark`, title: `${spec.title} (dark mode)`, dark: true });
      }
    });
  }
  const states = [...light, ...dark];
  const seen = new Set<string>();
  for (const state of states) {
    if (seen.has(state.id)) throw new Error(`Two preview states are both named ${state.id}`);
    seen.add(state.id);
  }
  return states;
}
