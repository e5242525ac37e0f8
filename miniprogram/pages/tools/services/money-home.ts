/**
 * The money-home route finder: a few questions, each of which may be left blank, → the routes from Mexico to
 * China that exist for this person (limits, what each side prepares, how long, facts), and the routes that do
 * not work or are not confirmed, and why. Figures come from `data.ts`; where the sheet has none the text says
 * it is unknown.
 */
import { formatMoney } from './amount-input';
import {
  moneyHomeBlocks,
  moneyHomeLimits,
  moneyHomeRoutes,
  type BlockKind,
  type FactRef,
  type MoneyBlockId,
  type MoneyBlockText,
  type MoneyRouteId,
  type MoneyRouteText,
} from '../content';

/** A yes/no question left blank is `undefined`. */
export type Answer = 'yes' | 'no' | undefined;

export interface MoneyHomeAnswers {
  /** Are you a Mexican citizen with a valid INE? */
  mexicanCitizenWithIne?: Answer;
  /** Do you have a US-dollar account? */
  usdAccount?: Answer;
  /** Does the recipient have a Chinese national ID (居民身份证)? */
  recipientChineseId?: Answer;
  /** Does the recipient have a bank card bound to Weixin or Alipay? */
  recipientWallet?: Answer;
  /** About how much, in yuan (blank: undefined). */
  amountCny?: number;
}

export const MONEY_HOME_QUESTIONS: readonly {
  id: Exclude<keyof MoneyHomeAnswers, 'amountCny'>;
  text: string;
}[] = [
  { id: 'mexicanCitizenWithIne', text: '你是墨西哥公民，有有效的 INE 选民证吗？' },
  { id: 'usdAccount', text: '你有美元账户吗？' },
  { id: 'recipientChineseId', text: '收款人有中国居民身份证吗？' },
  { id: 'recipientWallet', text: '收款人的银行卡绑在微信或支付宝上了吗？' },
];

export type RouteId = MoneyRouteId;
export type BlockId = MoneyBlockId;

export interface FoundRoute extends MoneyRouteText {
  id: RouteId;
  /** `fits`: every condition is answered yes; `if`: some are blank and listed in `openConditions`. */
  fit: 'fits' | 'if';
  /** Conditions not yet answered, in Chinese ("你得是持 INE 的墨西哥公民"). */
  openConditions: string[];
  /** Notes for this person: where the money can land, and on the amount typed (transfers, yearly caps). */
  notes: string[];
}

export interface BlockedRoute extends MoneyBlockText {
  id: BlockId;
}

export interface MoneyHomeResult {
  routes: FoundRoute[];
  notAvailable: BlockedRoute[];
  /** A hint when the amount typed was not usable (it is then ignored). */
  amountHint?: string;
}

/** Largest amount considered, in yuan; above it the amount is ignored with a hint. */
export const MAX_AMOUNT_CNY = 10000000;

interface Condition {
  answer: Answer;
  open: string;
  block: BlockId;
}

function blocked(id: BlockId): BlockedRoute {
  return { id, ...moneyHomeBlocks[id], facts: [...moneyHomeBlocks[id].facts] as FactRef[] };
}

function transfersNeeded(amount: number, perTransfer: number): number {
  return Math.ceil(amount / perTransfer);
}

function wiseNotes(amount: number | undefined, wallet: Answer): string[] {
  const notes: string[] = [];
  if (wallet === 'yes') notes.push('收款人可以收到支付宝或银联卡上；到不了微信。');
  if (wallet === 'no') notes.push('收款人没绑支付宝，可以收到银联卡上。');
  if (amount === undefined) return notes;
  const alipay = moneyHomeLimits.wiseAlipayPerTransferCny;
  const unionPay = moneyHomeLimits.wiseUnionPayPerTransferCny;
  if (amount > alipay && wallet !== 'no')
    notes.push(`${formatMoney(amount)} 元到支付宝要分至少 ${transfersNeeded(amount, alipay)} 笔。`);
  if (amount > unionPay) {
    notes.push(`${formatMoney(amount)} 元到银联卡要分至少 ${transfersNeeded(amount, unionPay)} 笔。`);
  }
  if (amount > moneyHomeLimits.wiseAlipayPerYearLowCny && wallet !== 'no') {
    notes.push(
      amount > moneyHomeLimits.wiseAlipayPerYearHighCny
        ? '超过支付宝每年最多 60 万元的额度。'
        : '可能超过支付宝每年的额度（30 万–60 万元，因人而异）。',
    );
  }
  notes.push(
    `用比索汇出每月最多 ${formatMoney(moneyHomeLimits.wiseFromMxnUsdPerMonth)} 美元，按当天汇率看这笔钱要分几个月。`,
  );
  return notes;
}

function carryCashNotes(amount: number | undefined): string[] {
  if (amount === undefined) return [];
  return [
    `带现金出境：合计超过 ${formatMoney(moneyHomeLimits.cashDeclareUsd)} 美元等值就要申报，按当天汇率看这笔钱是否超过。`,
  ];
}

function found(id: RouteId, conditions: Condition[], notes: string[]): FoundRoute {
  const text = moneyHomeRoutes[id];
  const openConditions = conditions.filter((condition) => condition.answer === undefined).map((c) => c.open);
  return {
    id,
    ...text,
    limits: [...text.limits],
    senderPrepares: [...text.senderPrepares],
    recipientPrepares: [...text.recipientPrepares],
    facts: [...text.facts] as FactRef[],
    fit: openConditions.length === 0 ? 'fits' : 'if',
    openConditions,
    notes,
  };
}

const normalizeAnswer = (value: unknown): Answer => (value === 'yes' || value === 'no' ? value : undefined);

/** The routes for these answers. Never throws; answers other than 'yes'/'no' count as blank. */
export function findMoneyHomeRoutes(answers: MoneyHomeAnswers): MoneyHomeResult {
  const citizen = normalizeAnswer(answers.mexicanCitizenWithIne);
  const usd = normalizeAnswer(answers.usdAccount);
  const chineseId = normalizeAnswer(answers.recipientChineseId);
  const wallet = normalizeAnswer(answers.recipientWallet);
  let amount: number | undefined;
  let amountHint: string | undefined;
  if (answers.amountCny !== undefined) {
    const value = answers.amountCny;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT_CNY)
      amount = value;
    else amountHint = '金额没看懂，先按没填处理。';
  }

  const routes: FoundRoute[] = [];
  const notAvailable: BlockedRoute[] = [];

  const wiseConditions: Condition[] = [
    { answer: citizen, open: '你得是持 INE 选民证的墨西哥公民。', block: 'wiseNonCitizen' },
    { answer: chineseId, open: '收款人得有中国居民身份证。', block: 'wiseNoChineseId' },
  ];
  const wiseBlocks = wiseConditions.filter((condition) => condition.answer === 'no');
  if (wiseBlocks.length === 0) routes.push(found('wise', wiseConditions, wiseNotes(amount, wallet)));
  else for (const condition of wiseBlocks) notAvailable.push(blocked(condition.block));

  routes.push(found('carryCash', [], carryCashNotes(amount)));

  notAvailable.push(blocked('wiseToWeixin'));
  notAvailable.push(blocked('westernUnion'));
  if (usd !== 'no') notAvailable.push(blocked('usdAccount'));
  notAvailable.push(blocked('paypal'));
  notAvailable.push(blocked('crypto'));

  return { routes, notAvailable, ...(amountHint === undefined ? {} : { amountHint }) };
}

/** Kinds in the order a page lists them, with their Chinese headings. */
export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  'not-for-you': '你用不了',
  'not-from-mexico': '从墨西哥走不通',
  unconfirmed: '没有确认能用',
  'no-evidence': '没有可靠来源',
  illegal: '违法，别用',
};
