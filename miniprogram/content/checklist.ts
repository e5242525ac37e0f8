/**
 * The payment-options checklist: items keyed by id (so `ItemId` is a type; progress is stored under these ids,
 * so they are never reused or renamed casually). Each item names the one guide section that explains it; the
 * guide's "related items" are worked out from that, so the link is stored once. Why and how of each item, and
 * each stage's intro, only the checklist page shows: they are in its subpackage (`texts.ts` beside the page).
 */
import { on } from './facts';
import type { ChecklistGroup, ItemBody } from './types';

export const checklistGroups: ChecklistGroup[] = [
  {
    id: 'before-leaving',
    title: '出发前',
  },
  {
    id: 'on-arrival',
    title: '到达墨西哥后',
  },
  {
    id: 'when-paying',
    title: '付款时',
  },
  {
    id: 'sending-home',
    title: '和国内之间转钱',
  },
];

export const checklistItemsById = {
  // 出发前
  'keep-chinese-sim': {
    group: 'before-leaving',
    title: '保留国内手机卡',
    ...on(['F1.5', 'F1.6', 'F1.4']),
    section: 'numbers-and-codes',
  },
  'turn-on-roaming': {
    group: 'before-leaving',
    title: '给国内卡开通国际漫游',
    ...on(['F1.9', 'F1.10']),
    section: 'sms-abroad',
  },
  'open-intl-sms': {
    group: 'before-leaving',
    title: '打开境外短信接收',
    ...on(['F1.11']),
    section: 'sms-abroad',
  },
  'check-keep-number-plan': {
    group: 'before-leaving',
    title: '办保号前先问清收短信',
    ...on(['F1.7', 'F1.8'], { confidence: 'L' }),
    section: 'sms-abroad',
  },
  'check-esim-support': {
    group: 'before-leaving',
    title: '查手机有没有 EID',
    ...on(['F9.1', 'F9.4', 'F9.5']),
    section: 'mainland-phones',
  },
  'plan-second-slot': {
    group: 'before-leaving',
    title: '没有 eSIM：用第二个卡槽',
    ...on(['F9.5', 'F9.1']),
    section: 'mainland-phones',
  },
  'confirm-esim-data-only': {
    group: 'before-leaving',
    title: '看清 eSIM 有没有号码',
    ...on(['F1.4', 'F4.7']),
    section: 'what-is-esim',
  },
  'check-bank-reserved-number': {
    group: 'before-leaving',
    title: '核对银行预留手机号',
    ...on(['F1.5']),
    section: 'numbers-and-codes',
  },
  'bring-unionpay-card': {
    group: 'before-leaving',
    title: '带一张62开头的银联卡',
    ...on(['F10.1', 'F10.2']),
    section: 'unionpay-and-atm',
  },
  'bring-visa-mastercard': {
    group: 'before-leaving',
    title: '再带一张 Visa 或 Mastercard',
    ...on(['F5.3', 'F2.6']),
    section: 'paying-in-mexico',
  },
  'check-visa': {
    group: 'before-leaving',
    title: '确认签证或免签条件',
    ...on(['F12.1']),
    section: 'entry-visa',
  },
  'print-bookings': {
    group: 'before-leaving',
    title: '打印预订单和回程机票',
    ...on(['F12.2']),
    section: 'entry-visa',
  },
  'declare-cash': {
    group: 'before-leaving',
    title: '带的现金别超申报线',
    ...on(['F11.1', 'F11.2']),
    section: 'cash-and-customs',
  },
  'buy-insurance': {
    group: 'before-leaving',
    title: '买好意外和医疗保险',
    ...on(['F15.3']),
    section: 'scams-and-insurance',
  },
  'install-consular-app': {
    group: 'before-leaving',
    title: '装好“中国领事”App',
    ...on(['F8.4']),
    section: 'help-and-safety',
  },
  // 到达墨西哥后
  'airport-taxi': {
    group: 'on-arrival',
    title: '墨西哥城机场坐授权出租车',
    ...on(['F14.1']),
    section: 'getting-around',
  },
  'passport-for-mexican-sim': {
    group: 'on-arrival',
    title: '买墨西哥号码带护照',
    ...on(['F4.3', 'F4.5', 'F4.7']),
    section: 'line-register',
  },
  'carry-pesos': {
    group: 'on-arrival',
    title: '身上备些比索现金',
    ...on(['F5.1', 'F5.3']),
    section: 'paying-in-mexico',
  },
  'mind-atm-fees': {
    group: 'on-arrival',
    title: '取现前看屏幕上的手续费',
    ...on(['F5.7']),
    section: 'unionpay-and-atm',
  },
  'mind-withdrawal-limit': {
    group: 'on-arrival',
    title: '记住境外取现额度',
    ...on(['F10.3']),
    section: 'unionpay-and-atm',
  },
  'save-emergency-numbers': {
    group: 'on-arrival',
    title: '存好紧急电话',
    ...on(['F8.1', 'F8.2', 'F8.3']),
    section: 'help-and-safety',
  },
  // 付款时
  'choose-pesos': {
    group: 'when-paying',
    title: '问到货币时选比索',
    ...on(['F5.8']),
    section: 'conversion-prompts',
  },
  'watch-for-skimmers': {
    group: 'when-paying',
    title: '取现时防盗刷',
    ...on(['F15.2']),
    section: 'unionpay-and-atm',
  },
  'dont-count-on-wallets': {
    group: 'when-paying',
    title: '别指望扫微信付款',
    ...on(['F2.5', 'F2.6']),
    section: 'wechat-in-mexico',
  },
  'tip-voluntarily': {
    group: 'when-paying',
    title: '小费按心意给',
    ...on(['F5.6'], { confidence: 'M' }),
    section: 'paying-in-mexico',
  },
  'use-oxxo-pay': {
    group: 'when-paying',
    title: '网购可到 OXXO 付现金',
    ...on(['F5.5']),
    section: 'paying-in-mexico',
  },
  'keep-vat-invoices': {
    group: 'when-paying',
    title: '大额购物要发票，离境退税',
    ...on(['F13.1', 'F13.2']),
    section: 'vat-refund',
  },
  'link-foreign-card-for-china': {
    group: 'when-paying',
    title: '外国卡绑钱包只在国内有用',
    ...on(['F2.1', 'F2.2', 'F3.2']),
    section: 'wechat-in-mexico',
  },
  // 和国内之间转钱
  'wise-needs-chinese-id': {
    group: 'sending-home',
    title: '用 Wise 汇人民币先看条件',
    ...on(['F6.2']),
    section: 'money-home',
  },
  'check-wise-mxn-rules': {
    group: 'sending-home',
    title: '从比索汇出先查资格',
    ...on(['F6.1', 'F6.6']),
    section: 'money-home',
  },
  'western-union-weixin': {
    group: 'sending-home',
    title: '西联汇款先问能否到微信',
    ...on(['F6.3'], { confidence: 'L' }),
    section: 'money-home',
  },
  'avoid-crypto': {
    group: 'sending-home',
    title: '不用虚拟货币转钱',
    ...on(['F7.1']),
    section: 'crypto-warning',
  },
} satisfies Record<string, ItemBody>;

export type ItemId = keyof typeof checklistItemsById;
