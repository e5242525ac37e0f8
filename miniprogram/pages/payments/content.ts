/**
 * Payment options compared, one card each, and the Spanish phrases needed to pay. Where our sources found
 * nothing (fees nobody publishes, PayPal), the card says exactly that and cites nothing (`claim: false`).
 */
import { guidance, on } from '../../content/facts';
import type { IsoDate, PayPhrase, PaymentCard, PaymentsContent } from '../../content/types';

export const paymentsChecked: IsoDate = '2026-12-01';

export const paymentOptions: PaymentCard[] = [
  {
    kind: 'option',
    id: 'unionpay',
    name: '银联卡（国内银行卡）',
    fit: 'good',
    tags: [
      { label: '多数 ATM 受理', tone: 'good' },
      { label: '境外取现有额度', tone: 'neutral' },
    ],
    verdict: '中国旅客最常带的卡；62开头的单银联卡在 ATM 上更稳。',
    glance: { where: '多数 ATM', cost: 'ATM 屏幕显示' },
    sections: ['unionpay-and-atm'],
    where: {
      text: '银联说墨西哥多数 ATM 受理银联卡（2019年约九成，后来说超过八成）；哪些银行、哪些商店，我们没查到。',
      ...on(['F10.1']),
    },
    feesAndLimits: {
      text: '境外取现每张卡每天不超过等值1万元人民币，每人每年不超过10万元；超了当年和下一年都不能在境外取现。ATM 自己的手续费在确认前显示。',
      ...on(['F10.3', 'F5.7']),
    },
    setup: {
      text: '带一张62开头、只有银联标志的卡；双标卡在境外 ATM 不一定走银联。机器问网络时选银联（UnionPay）。',
      ...on(['F10.2']),
    },
    risks: {
      text: '机器问要不要换算成人民币时，选比索：换算会加价。取现时防盗刷。',
      ...on(['F5.8', 'F15.2']),
    },
  },
  {
    kind: 'option',
    id: 'credit-card',
    name: 'Visa / Mastercard',
    fit: 'good',
    tags: [
      { label: '旅游区普遍收', tone: 'good' },
      { label: '小店常不收', tone: 'bad' },
    ],
    verdict: '在旅游区最省心，但别只带这一样。',
    glance: { where: '旅游区普遍收', cost: '问发卡行' },
    sections: ['paying-in-mexico'],
    where: {
      text: '酒店、连锁店和旅游区的商店普遍收；市场、路边摊和小店常常只收现金。',
      ...on(['F5.3']),
    },
    feesAndLimits: {
      text: '境外刷卡怎么收费由你的发卡行定，我们没找到统一的数字，出发前问清。',
      ...guidance(),
    },
    setup: {
      text: '出发前备好一张能在境外用的 Visa 或 Mastercard。',
      ...guidance(),
    },
    risks: {
      text: '刷卡机问用哪种货币时，选比索（MXN）：按你的货币结算会加价，有人见过5%到5.5%。',
      ...on(['F5.8']),
    },
  },
  {
    kind: 'option',
    id: 'debit-atm',
    name: 'ATM 取现',
    fit: 'good',
    tags: [
      { label: '取比索的主要办法', tone: 'good' },
      { label: '按次收费', tone: 'bad' },
    ],
    verdict: '取比索现金靠它；看清屏幕上的收费再确认。',
    glance: { where: '银行 ATM', cost: '约30到197比索不等' },
    sections: ['unionpay-and-atm'],
    where: {
      text: '在墨西哥的 ATM 取比索现金，银联卡、Visa、Mastercard 都可以。',
      ...on(['F10.1']),
    },
    feesAndLimits: {
      text: '外国卡取现，ATM 自己的手续费会在确认前显示，网上有人见过约30到197.20比索。常见的“8.62–40比索”是墨西哥本地卡的收费，不适用于你。',
      ...on(['F5.7', 'F5.4'], { confidence: 'L' }),
    },
    setup: {
      text: '出发前问发卡行：卡能不能在境外取现，怎么收费。',
      ...guidance(),
    },
    risks: {
      text: '按次收费，取得越勤花得越多。插卡口有没有加装东西要看一眼，输密码时挡住键盘。',
      ...on(['F15.2']),
    },
  },
  {
    kind: 'option',
    id: 'cash-pesos',
    name: '比索现金',
    fit: 'good',
    tags: [
      { label: '几乎处处都收', tone: 'good' },
      { label: '小费多用现金', tone: 'neutral' },
    ],
    verdict: '小店、市场、路边摊都离不开现金。',
    glance: { where: '几乎处处', cost: '取现时付费' },
    sections: ['paying-in-mexico'],
    where: {
      text: '墨西哥日常付款仍以现金为主，小店、市场和路边摊常常只收现金。',
      ...on(['F5.1', 'F5.3']),
    },
    feesAndLimits: {
      text: '付现金本身不收费，费用出在取现上。出入墨西哥带超过等值1万美元的现金要申报。',
      ...on(['F11.1']),
    },
    setup: {
      text: '到达后在银行 ATM 取一些，零钱留着付小店、小摊和小费。',
      ...guidance(),
    },
    risks: {
      text: '现金丢了找不回来，按需要取。小费是自愿的，商家不能不经你同意加收；餐厅一般给10%左右。',
      ...on(['F5.6'], { confidence: 'M' }),
    },
  },
  {
    kind: 'option',
    id: 'wechat-pay',
    name: '微信支付',
    fit: 'poor',
    tags: [
      { label: '墨西哥商店里很少见', tone: 'bad' },
      { label: '付国内的账', tone: 'good' },
    ],
    verdict: '在墨西哥的店里没找到能用的；留着付国内的账。',
    glance: { where: '没找到收的店', cost: '国内卡不收费' },
    sections: ['wechat-in-mexico'],
    where: {
      text: '微信跨境支付列出的49个国家和地区里没有墨西哥，我们也没找到收微信支付的墨西哥商店。',
      ...on(['F2.5', 'F2.6']),
    },
    feesAndLimits: {
      text: '用国内银行卡付款不收手续费。境外发行的卡单笔超过200元收3%；实名后每笔最高5,000美元，每年5万美元。',
      ...on(['F2.2', 'F2.7', 'F2.3']),
    },
    setup: {
      text: '绑国内银行卡要收银行预留手机号的验证码。外国卡（含美国运通和境外银联卡）也能绑，但只能付中国大陆的商户。',
      ...on(['F1.5', 'F2.1', 'F2.7']),
    },
    risks: {
      text: '境外卡200元以下免手续费的优惠，2026年是否还有，我们没查到。',
      ...on(['F2.2'], { confidence: 'L', reviewBy: '2026-12-31' }),
    },
  },
  {
    kind: 'option',
    id: 'alipay',
    name: '支付宝',
    fit: 'poor',
    tags: [
      { label: '墨西哥只有旧消息', tone: 'bad' },
      { label: '付国内的账', tone: 'good' },
    ],
    verdict: '和微信支付一样，在墨西哥的店里难派上用场。',
    glance: { where: '只有2018年旧消息', cost: '国内卡不收费' },
    sections: ['alipay-in-mexico'],
    where: {
      text: '据2018年的报道，支付宝曾和墨西哥的 Openpay 合作，主要面向网店；之后没有更新的消息。',
      ...on(['F3.6']),
    },
    feesAndLimits: {
      text: '境外用户每笔最高5,000美元、每年5万美元。外国卡200元及以下免费，超过收3%（2025年，没找到支付宝自己的收费页）。',
      ...on(['F3.3', 'F3.4']),
    },
    setup: {
      text: '接受境外手机号；外国 Visa、Mastercard 等卡可以直接绑，付中国大陆的商户。用国内账户的，可以在境外接入的商户付款。',
      ...on(['F3.1', 'F3.2', 'F3.5']),
    },
    risks: {
      text: '以前给游客的 Tour Pass 现在能不能用说不清，不推荐。绑国内银行卡的验证码发到银行预留手机号。',
      ...on(['F3.1', 'F1.5'], { confidence: 'L' }),
    },
  },
  {
    kind: 'option',
    id: 'oxxo-pay',
    name: 'OXXO 付现金',
    fit: 'some',
    tags: [
      { label: '网购可付现金', tone: 'good' },
      { label: '通常收点手续费', tone: 'neutral' },
    ],
    verdict: '没有墨西哥银行卡时，网购的现金通道。',
    glance: { where: '网购后到 OXXO 付', cost: '通常收点手续费' },
    sections: ['paying-in-mexico'],
    where: {
      text: '很多网上订单可以选到 OXXO 便利店交现金（OXXO Pay）。',
      ...on(['F5.5']),
    },
    feesAndLimits: {
      text: '通常收一点手续费，以付款页面显示的为准。',
      ...on(['F5.5']),
    },
    setup: {
      text: '下单时选 OXXO 付款，带着订单的付款信息到门店交现金。',
      ...on(['F5.5']),
    },
    risks: {
      text: '这是给网上订单付现金的办法，不是在店里当面扫码付款用的。',
      ...on(['F5.5']),
    },
  },
  {
    kind: 'option',
    id: 'wise-western-union',
    name: 'Wise 与西联汇款（中墨转钱）',
    fit: 'some',
    tags: [
      { label: '收人民币要中国身份证', tone: 'neutral' },
      { label: '比索汇出只限墨西哥公民', tone: 'bad' },
    ],
    verdict: '中墨之间转钱只走正规渠道，先查清两头的条件。',
    glance: { where: '转钱用，不在店里付', cost: '以渠道页面为准' },
    sections: ['money-home'],
    where: {
      text: '不是在店里付款用的，而是在中国和墨西哥之间转钱。西联可以汇进微信钱包或银行卡；从墨西哥汇能不能这样到账，没确认。',
      ...on(['F6.3'], { confidence: 'L' }),
    },
    feesAndLimits: {
      text: 'Wise 汇人民币到支付宝或微信每笔最多5万元；到微信每年最多50万元，到支付宝每年30万到60万元。西联每笔最多5,000美元。',
      ...on(['F6.2', 'F6.3'], { reviewBy: '2027-06-01' }),
    },
    setup: {
      text: '只有持 INE 的墨西哥公民能用 Wise 从比索汇出，Wise 也不能从墨西哥汇到微信。国内收人民币要有中国身份证。',
      ...on(['F6.1', 'F6.6', 'F6.2']),
    },
    risks: {
      text: 'PayPal 个人转账我们没找到可靠来源，别默认可行。国内个人每年购汇额度是等值5万美元。',
      ...on(['F6.4', 'F6.5']),
    },
  },
  {
    kind: 'warning',
    id: 'crypto',
    name: '虚拟货币',
    fit: 'avoid',
    tags: [
      { label: '不推荐', tone: 'bad' },
      { label: '大陆属非法金融活动', tone: 'bad' },
    ],
    verdict: '不要用虚拟货币付款或转钱。',
    glance: { where: '不推荐', cost: '—' },
    sections: ['crypto-warning'],
    warning: {
      text: '2021年9月24日，人民银行等十个部门发文，把虚拟货币相关业务认定为非法金融活动，境外交易所向大陆居民提供服务也算在内。本指南不介绍任何用法。',
      ...on(['F7.1']),
    },
  },
];

/**
 * Phrases are language aids, not claims: none of them says anything about fees or rules (the one that asks
 * to pay in pesos is only how to say so).
 */
export const payPhrases: PayPhrase[] = [
  {
    id: 'ask-card',
    when: '问能不能刷卡',
    spanish: '¿Aceptan tarjeta?',
    meaning: '你们收银行卡吗？',
    reading: 'a-SEP-tan tar-HE-ta',
    ...guidance(),
  },
  {
    id: 'how-much',
    when: '问一共多少钱',
    spanish: '¿Cuánto es?',
    meaning: '一共多少钱？',
    reading: 'KUAN-to es',
    ...guidance(),
  },
  {
    id: 'ask-bill',
    when: '吃完要结账',
    spanish: 'La cuenta, por favor.',
    meaning: '请给我账单。',
    reading: 'la KUEN-ta, por fa-BOR',
    ...guidance(),
  },
  {
    id: 'find-atm',
    when: '找取款机',
    spanish: '¿Dónde hay un cajero automático?',
    meaning: '哪里有取款机（ATM）？',
    reading: 'DON-de ai un ka-HE-ro au-to-MA-ti-ko',
    ...guidance(),
  },
  {
    id: 'pay-in-pesos',
    when: '刷卡机问用哪种货币付时',
    spanish: 'En pesos mexicanos, por favor.',
    meaning: '请用墨西哥比索结算。',
    reading: 'en PE-sos me-hi-KA-nos, por fa-BOR',
    ...guidance(),
  },
  {
    id: 'no-conversion',
    when: '刷卡机或 ATM 问要不要换算货币时',
    spanish: 'Sin conversión de moneda, por favor.',
    meaning: '请不要换算货币。',
    reading: 'sin kon-ber-SION de mo-NE-da, por fa-BOR',
    ...guidance(),
  },
  {
    id: 'pay-cash',
    when: '告诉对方你付现金',
    spanish: 'Pago en efectivo.',
    meaning: '我付现金。',
    reading: 'PA-go en e-fek-TI-bo',
    ...guidance(),
  },
  {
    id: 'tip-included',
    when: '看账单有没有加小费',
    spanish: '¿La propina está incluida?',
    meaning: '小费已经算在里面了吗？',
    reading: 'la pro-PI-na es-TA in-klu-I-da',
    ...guidance(),
  },
  {
    id: 'ask-receipt',
    when: '要收据',
    spanish: '¿Me da un recibo, por favor?',
    meaning: '可以给我收据吗？',
    reading: 'me da un re-SI-bo, por fa-BOR',
    ...guidance(),
  },
];

/** The payments page's content as one value (validate() checks it inside the whole store). */
export const payments: PaymentsContent = {
  checked: paymentsChecked,
  options: paymentOptions,
  phrases: payPhrases,
};
