/**
 * The guide's sections keyed by id (so `SectionId` is a type), in reading order, each in one part of the guide:
 * title, summary, part and date check only. This is main-package content (home, the checklist, situation and
 * payments name sections); the section bodies (blocks) live in the guide subpackage (its `sections/` folder),
 * typed so that every section here has blocks there and nothing else does. Which checklist items a section
 * leads to is stored on the items.
 */
import { on } from './facts';
import type { GuidePart, SectionHead, ShortAnswer } from './types';

export const guideParts: GuidePart[] = [
  { id: 'phone', title: '手机、号码和验证码' },
  { id: 'pay', title: '在墨西哥付钱' },
  { id: 'money', title: '转钱和带现金' },
  { id: 'trip', title: '入境、出行和安全' },
];

export const shortAnswer: ShortAnswer = {
  title: '墨西哥 eSIM 能用微信、支付宝吗？',
  sentences: [
    '能用来上网。有了墨西哥卡或旅行 eSIM 的流量，微信能照常聊天、视频，微信支付和支付宝也能照常付国内的账、给家里转账。',
    '但旅行 eSIM 大多只有流量、没有号码，登录和绑卡的验证码还是发到你的中国号码。所以国内手机卡要留着，出发前开通国际漫游。',
    '大陆买的手机多数装不了 eSIM，先在设置里找 EID 看一眼。',
    '在墨西哥的商店里，微信支付和支付宝很少见。带一张银联卡或 Visa、Mastercard，再备些比索现金；刷卡、取现问到货币时选比索。',
  ],
  ...on(['F1.4', 'F1.5', 'F1.6', 'F1.9', 'F2.5', 'F2.6', 'F9.1', 'F9.5', 'F5.3', 'F10.1', 'F5.8']),
};

export const sectionsById = {
  // —— 手机、号码和验证码 ——
  'what-is-esim': {
    title: 'eSIM 是什么',
    summary: 'eSIM 是装在手机里的电子卡；旅行 eSIM 大多只有流量，没有号码。',
    part: 'phone',
    checked: '2026-12-01',
  },
  'mainland-phones': {
    title: '国内买的手机能装 eSIM 吗',
    summary: '大陆版 iPhone 和多数国产安卓手机没有 eSIM；先找 EID，没有就插墨西哥实体卡。',
    part: 'phone',
    checked: '2026-12-01',
  },
  'numbers-and-codes': {
    title: '验证码发到哪里',
    summary: '换了 eSIM，账号和银行卡的验证码仍然发到你的中国号码。',
    part: 'phone',
    checked: '2026-12-01',
  },
  'sms-abroad': {
    title: '在墨西哥收国内短信',
    summary: '出发前开通国际漫游；收短信不花钱，数据漫游记得关。',
    part: 'phone',
    checked: '2026-12-01',
  },
  'line-register': {
    title: '墨西哥手机号登记（2026）',
    summary: '墨西哥号码要用护照登记，按尾数分期截止；国内卡漫游和外国旅行 eSIM 不用登记。',
    part: 'phone',
    checked: '2026-12-01',
  },
  // —— 在墨西哥付钱 ——
  'wechat-in-mexico': {
    title: '微信和微信支付在墨西哥',
    summary: '聊天、付国内的账都没问题；墨西哥的商店里很少见微信支付。',
    part: 'pay',
    checked: '2026-12-01',
  },
  'alipay-in-mexico': {
    title: '支付宝在墨西哥',
    summary: '和微信差不多：国内的账照常能付，墨西哥的商店里很难用上。',
    part: 'pay',
    checked: '2026-12-01',
  },
  'paying-in-mexico': {
    title: '在墨西哥怎么付钱',
    summary: '旅游区刷卡，小店付现金；小费自愿。',
    part: 'pay',
    checked: '2026-12-01',
  },
  'unionpay-and-atm': {
    title: '银联卡和取现',
    summary: '多数 ATM 收银联卡；62开头的单银联卡更稳，境外取现有额度。',
    part: 'pay',
    checked: '2026-12-01',
  },
  'conversion-prompts': {
    title: '刷卡、取现时选比索',
    summary: 'ATM 和刷卡机会问要不要换算成你的货币：选比索，别接受换算。',
    part: 'pay',
    checked: '2026-12-01',
  },
  'vat-refund': {
    title: '游客退增值税',
    summary: '坐飞机或船离境的游客可以退商品的增值税；每张发票至少1,200比索。',
    part: 'pay',
    checked: '2026-12-01',
  },
  // —— 转钱和带现金 ——
  'money-home': {
    title: '中国和墨西哥之间转钱',
    summary: 'Wise 从墨西哥汇出只限墨西哥公民；西联能汇进微信，从墨西哥汇没确认。',
    part: 'money',
    checked: '2026-12-01',
  },
  'cash-and-customs': {
    title: '带现金出入境',
    summary: '出入墨西哥超过1万美元要申报；从中国出境，人民币超2万元、外币超5,000美元要申报。',
    part: 'money',
    checked: '2026-12-01',
  },
  'crypto-warning': {
    title: '关于虚拟货币',
    summary: '在中国大陆，虚拟货币相关业务属于非法金融活动。',
    part: 'money',
    checked: '2026-12-01',
  },
  // —— 入境、出行和安全 ——
  'entry-visa': {
    title: '入境墨西哥：签证和材料',
    summary: '普通护照要签证，持有效的美加日英或申根多次签证可免签；材料带纸质版。',
    part: 'trip',
    checked: '2026-12-01',
  },
  'getting-around': {
    title: '打车和机场出租车',
    summary: '墨西哥城机场里坐授权出租车；其他地方 Uber、DiDi 可以绑卡付。',
    part: 'trip',
    checked: '2026-12-01',
  },
  'scams-and-insurance': {
    title: '防骗和保险',
    summary: '使馆从不在电话里要钱；取现防盗刷；出发前买好意外和医疗保险。',
    part: 'trip',
    checked: '2026-12-01',
  },
  'help-and-safety': {
    title: '遇到紧急情况',
    summary: '记好911和领事保护电话；安全提醒看官方渠道。',
    part: 'trip',
    checked: '2026-12-01',
  },
  summary: {
    title: '总结：能办成的和会卡住的',
    summary: '一张表看清哪些事能办成、哪些会卡住，再照清单准备。',
    part: 'trip',
    checked: '2026-12-01',
  },
} satisfies Record<string, SectionHead>;

export type SectionId = keyof typeof sectionsById;
