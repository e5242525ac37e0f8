/**
 * The tools (issue 12) as every page links to them: id (its page in the page table), title, one-line purpose,
 * and which guide sections and checklist items each serves. Ids are typed, so a tool, section or item that does
 * not exist does not compile. Titles and purposes only: the tools' own content is in pages/tools/content.ts.
 */
import type { PageName } from '../services/entry-link';
import type { ItemId, SectionId } from './types';

export interface Tool {
  readonly id: ToolId;
  readonly title: string;
  /** One line under the title on home. */
  readonly purpose: string;
  readonly sections: readonly SectionId[];
  /** An item is served by one tool at most (its row shows one tool). */
  readonly items: readonly ItemId[];
}

export type ToolId = Extract<PageName, 'cashier' | 'pay' | 'register' | 'money-home' | 'emergency-card'>;

/** In home's order. */
export const tools: readonly Tool[] = [
  {
    id: 'cashier',
    title: '给店员看',
    purpose: '大字西语卡片：能刷卡吗、用比索收、结账、找取款机',
    sections: ['paying-in-mexico', 'conversion-prompts'],
    items: ['dont-count-on-wallets'],
  },
  {
    id: 'pay',
    title: '付款时刻',
    purpose: '刷卡、取现时屏幕问要不要换算，按哪个；取款手续费、小费、我的汇率',
    sections: ['paying-in-mexico', 'conversion-prompts', 'unionpay-and-atm'],
    items: ['choose-pesos', 'mind-atm-fees', 'mind-withdrawal-limit', 'tip-voluntarily'],
  },
  {
    id: 'register',
    title: '我的号码要登记吗',
    purpose: '按号码尾号看登记截止日、还剩几天、要做什么',
    sections: ['line-register'],
    items: ['passport-for-mexican-sim'],
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

/** What a "用小工具：<title> ›" row needs: where it goes (`data-page`) and what it says. */
export interface ToolLinkView {
  page: ToolId;
  title: string;
}

const link = (tool: Tool): ToolLinkView => ({ page: tool.id, title: tool.title });

export function toolsForSection(section: string): ToolLinkView[] {
  return tools.filter((tool) => (tool.sections as readonly string[]).includes(section)).map(link);
}

/** The tool a checklist item's row shows, or null. */
export function toolForItem(item: string): ToolLinkView | null {
  const tool = tools.find((candidate) => (candidate.items as readonly string[]).includes(item));
  return tool ? link(tool) : null;
}

/** The tools serving any of these sections or items, in registry order. */
export function toolsServing(sections: readonly string[], items: readonly string[]): ToolLinkView[] {
  return tools
    .filter(
      (tool) =>
        tool.sections.some((id) => sections.includes(id)) || tool.items.some((id) => items.includes(id)),
    )
    .map(link);
}
