/**
 * The tools (issue 12) as every page links to them: id (its page in the page table), title, one-line purpose,
 * and which guide sections and checklist items each serves. Ids are typed, so a tool, section or item that does
 * not exist does not compile. Titles and purposes only: the tools' own content is in pages/tools/content.ts.
 *
 * A tool whose link carries a state (付款时刻's tab, the register checker's line, the cashier's card) names, for
 * every section and item it serves, the state its row opens at: `{ id: 'unionpay-and-atm', tab: 'atm' }`. The
 * state is typed by the tool, so a tab, line or card the tool does not have does not compile.
 */
import type { PageName } from '../services/entry-link';
import type { PayTab } from '../services/entry-keys';
import type { CashierCardId } from '../services/tools/cashier-cards';
import type { RegisterLineId } from '../services/tools/register-line';
import type { ItemId, SectionId } from './types';

export type ToolId = Extract<PageName, 'cashier' | 'pay' | 'register' | 'money-home' | 'emergency-card'>;

/** What each tool's link can carry, under the name of its query key. */
interface ToolStates {
  pay: { tab: PayTab };
  register: { line: RegisterLineId };
  cashier: { card: CashierCardId };
}

/** A section or item a tool serves: with the tool's state when its link carries one, else the bare id. */
type Serves<T extends ToolId, Id> = T extends keyof ToolStates ? { id: Id } & ToolStates[T] : Id;

interface ToolOf<T extends ToolId> {
  readonly id: T;
  readonly title: string;
  /** One line under the title on home. */
  readonly purpose: string;
  readonly sections: readonly Serves<T, SectionId>[];
  /** An item is served by one tool at most (its row shows one tool). */
  readonly items: readonly Serves<T, ItemId>[];
}

export type Tool = { [T in ToolId]: ToolOf<T> }[ToolId];

/** In home's order. */
export const tools: readonly Tool[] = [
  {
    id: 'cashier',
    title: '给店员看',
    purpose: '大字西语卡片：能刷卡吗、用比索收、结账、找取款机',
    sections: [
      { id: 'paying-in-mexico', card: 'take-cards' },
      { id: 'conversion-prompts', card: 'pay-in-pesos' },
    ],
    items: [{ id: 'dont-count-on-wallets', card: 'take-cards' }],
  },
  {
    id: 'pay',
    title: '付款时刻',
    purpose: '刷卡、取现时屏幕问要不要换算，按哪个；取款手续费、小费、我的汇率',
    // Paying by card: the conversion prompt (its card-terminal screen); cash: the ATM's cost; tipping: the tip.
    sections: [
      { id: 'paying-in-mexico', tab: 'dcc' },
      { id: 'conversion-prompts', tab: 'dcc' },
      { id: 'unionpay-and-atm', tab: 'atm' },
    ],
    items: [
      { id: 'choose-pesos', tab: 'dcc' },
      { id: 'mind-atm-fees', tab: 'atm' },
      { id: 'mind-withdrawal-limit', tab: 'atm' },
      { id: 'tip-voluntarily', tab: 'tip' },
    ],
  },
  {
    id: 'register',
    title: '我的号码要登记吗',
    purpose: '按号码尾号看登记截止日、还剩几天、要做什么',
    // The register is about Mexican numbers: the checker opens there, at its ten-key pad.
    sections: [{ id: 'line-register', line: 'mx' }],
    items: [{ id: 'passport-for-mexican-sim', line: 'mx' }],
  },
  {
    id: 'money-home',
    title: '钱怎么汇回国内',
    purpose: '回答几个问题，看哪条路走得通、要准备什么',
    sections: ['money-home'],
    items: ['wise-needs-chinese-id', 'check-wise-mxn-rules', 'western-union-weixin'],
  },
  {
    id: 'emergency-card',
    title: '紧急联系卡',
    purpose: '出发前存一张图：911、使馆、12308，和两句求助西语',
    sections: ['help-and-safety'],
    items: ['save-emergency-numbers'],
  },
];

/**
 * What a "用小工具：<title> ›" row needs: where it goes (`data-page`, and `data-tab` / `data-line` / `data-card`
 * when it opens the tool at a state) and what it says.
 */
export interface ToolLinkView {
  page: ToolId;
  title: string;
  tab?: PayTab;
  line?: RegisterLineId;
  card?: CashierCardId;
}

type Entry = SectionId | ItemId | ({ id: string } & Partial<ToolStates[keyof ToolStates]>);

const idOf = (entry: Entry): string => (typeof entry === 'string' ? entry : entry.id);

/** The row for a tool, opening at the state this entry names (a bare id: the tool's start). */
function link(tool: Tool, entry: Entry): ToolLinkView {
  const view: ToolLinkView & { id?: string } = { page: tool.id, title: tool.title };
  if (typeof entry === 'object') Object.assign(view, entry);
  delete view.id;
  return view;
}

export function toolsForSection(section: string): ToolLinkView[] {
  return toolsServing([section], []);
}

/** The tool a checklist item's row shows, or null. */
export function toolForItem(item: string): ToolLinkView | null {
  return toolsServing([], [item])[0] ?? null;
}

/**
 * The tools serving any of these sections or items, in registry order; each opens at the state of its first
 * entry served (its sections first).
 */
export function toolsServing(sections: readonly string[], items: readonly string[]): ToolLinkView[] {
  return tools.flatMap((tool) => {
    const first =
      (tool.sections as readonly Entry[]).find((entry) => sections.includes(idOf(entry))) ??
      (tool.items as readonly Entry[]).find((entry) => items.includes(idOf(entry)));
    return first === undefined ? [] : [link(tool, first)];
  });
}
