/**
 * Payment options compared, one card each, and the Spanish phrases needed to pay. Where our sources found
 * nothing (fees nobody publishes, PayPal), the card says exactly that and cites nothing (`claim: false`).
 */
import type { IsoDate, PayPhrase, PaymentCard } from './types';

export const paymentsChecked: IsoDate = '2026-11-25';

export const paymentOptions: PaymentCard[] = [
  {
    kind: 'option',
    id: 'credit-card',
    name: 'Visa / Mastercard 信用卡',
    fit: 'good',
    tags: [
      { label: '旅游区普遍收', tone: 'good' },
      { label: '小店常不收', tone: 'bad' },
    ],
    verdict: '在墨西哥最省心的付款方式，但别只带这一样。',
    glance: { where: '旅游区普遍收', cost: '问发卡行' },
    sections: ['paying-in-mexico'],
    where: {
      text: '酒店、餐厅和旅游区的商店普遍收；小店、市场和路边摊常常只收现金。',
      cites: ['forex-fi-mexico-guide'],
    },
    feesAndLimits: {
      text: '境外刷卡怎么收费由你的发卡行定，我们的资料里没有统一的数字，出发前问清。',
      cites: [],
      claim: false,
    },
    setup: {
      text: '出发前备好一张能在境外用的 Visa 或 Mastercard。这张卡也能绑微信支付、支付宝，用来付中国大陆的商户。',
      cites: ['prnewswire-weixin-pay-2023', 'registrationchina-alipay-cards'],
    },
    risks: {
      text: '只带卡，会在只收现金的地方卡住；绑进微信支付后，单笔超过200元收3%。',
      cites: ['forex-fi-mexico-guide', 'hk01-weixin-pay-fee-2023'],
    },
  },
  {
    kind: 'option',
    id: 'debit-atm',
    name: '借记卡与 ATM 取现',
    fit: 'good',
    tags: [
      { label: '取比索的主要办法', tone: 'good' },
      { label: '按次收费', tone: 'bad' },
    ],
    verdict: '取比索现金靠它；少次多取，省手续费。',
    glance: { where: '银行 ATM', cost: '每次约8.62–40比索+税' },
    sections: ['paying-in-mexico'],
    where: {
      text: '在墨西哥银行的 ATM 取比索现金。',
      cites: ['condusef-atm-fees'],
    },
    feesAndLimits: {
      text: '用他行 ATM 每次约8.62–40比索，另加增值税；你自己的银行可能再收境外取现费。这些数字可能已经过时。',
      cites: ['condusef-atm-fees'],
    },
    setup: {
      text: '出发前问发卡行：卡能不能在境外取现，怎么收费。',
      cites: [],
      claim: false,
    },
    risks: {
      text: '按次收费，取得越勤花得越多；取现前看清屏幕上显示的手续费。',
      cites: ['condusef-atm-fees'],
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
      cites: ['nvinoticias-enif-2025', 'forex-fi-mexico-guide'],
    },
    feesAndLimits: {
      text: '付现金本身不收费，费用出在取现上（见“借记卡与 ATM 取现”）。',
      cites: ['condusef-atm-fees'],
    },
    setup: {
      text: '到达后在银行 ATM 取一些，零钱留着付小店、小摊和小费。',
      cites: [],
      claim: false,
    },
    risks: {
      text: '现金丢了找不回来，按需要取。结账时看清账单：小费是自愿的，商家不能不经你同意加收；餐厅一般给10%–15%。',
      cites: ['tvazteca-propinas-2021'],
    },
  },
  {
    kind: 'option',
    id: 'wechat-pay',
    name: '微信支付',
    fit: 'poor',
    tags: [
      { label: '没找到收它的墨西哥商店', tone: 'bad' },
      { label: '付国内的账', tone: 'good' },
    ],
    verdict: '在墨西哥的店里没找到能用的；留着付国内的账。',
    glance: { where: '没找到收的店', cost: '外卡超200元收3%' },
    sections: ['wechat-in-mexico'],
    where: {
      text: '微信跨境支付列出的49个国家和地区里没有墨西哥，我们也没有找到收微信支付的墨西哥商店。',
      cites: ['weixin-cross-border-merchants'],
    },
    feesAndLimits: {
      text: '绑外卡付款：每笔200元及以下免费，超过收3%；实名后每笔最高5,000美元，每年最高5万美元。',
      cites: ['hk01-weixin-pay-fee-2023', 'tencent-weixin-pay-guide', 'tencent-2024-overseas-users'],
    },
    setup: {
      text: '2023年7月起可绑 Visa、Mastercard 等外卡，只能付中国大陆的商户；绑国内银行卡要收银行预留手机号的验证码。',
      cites: ['prnewswire-weixin-pay-2023', 'beijing-gov-weixin-pay-2023', 'sfnews-bank-reserved-number'],
    },
    risks: {
      text: '登录和绑卡的验证码发到你原来的号码，国内卡别停机；免收3%手续费的优惠可能已经结束。',
      cites: ['simology-banking-otp-2025', 'shine-weixin-pay-fee-2025'],
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
    glance: { where: '只有2018年旧消息', cost: '外卡超约200元收3%' },
    sections: ['alipay-in-mexico'],
    where: {
      text: '据2018年的报道，支付宝曾和墨西哥的 Openpay 合作，主要面向网店；之后没有找到更新的消息。',
      cites: ['paymentweek-alipay-openpay-2018', 'latamlist-alipay-openpay-2018'],
    },
    feesAndLimits: {
      text: '境外用户每笔最高5,000美元、每年5万美元；外卡每笔超过约200元收3%（没找到官方收费页）。',
      cites: ['technode-alipay-limits-2024', 'biyapay-alipay-fee-2025'],
    },
    setup: {
      text: '接受境外手机号；2023年8月起可直接绑 Visa、Mastercard 等外卡，付中国大陆多数商户。有大陆身份证和国内账户的，可在境外部分商户付款。',
      cites: ['nfcw-alipay-overseas-numbers-2019', 'registrationchina-alipay-cards', 'alipay-app-store'],
    },
    risks: {
      text: '以前的 Tour Pass 预付卡已经停用，不必再找；绑国内银行卡的验证码发到银行预留手机号。',
      cites: ['nfcw-alipay-overseas-numbers-2019', 'sfnews-bank-reserved-number'],
    },
  },
  {
    kind: 'option',
    id: 'oxxo-mercado-pago',
    name: 'OXXO 与 Mercado Pago',
    fit: 'some',
    tags: [
      { label: '网购可付现金', tone: 'good' },
      { label: '费用：资料里没有', tone: 'neutral' },
    ],
    verdict: '没有墨西哥银行卡时，网购的现金通道。',
    glance: { where: '网购后到 OXXO 付', cost: '资料里没有' },
    sections: ['paying-in-mexico'],
    where: {
      text: '很多网上订单可以选到 OXXO 便利店付现金（OXXO Pay）；Mercado Pago 收银行卡，也收 OXXO 现金。',
      cites: ['nuvei-oxxo-2025', 'mercadopago-help-3923'],
    },
    feesAndLimits: {
      text: '我们的资料里没有这两种方式的费用和限额，以付款页面显示的为准。',
      cites: [],
      claim: false,
    },
    setup: {
      text: '下单时选 OXXO 付款，带着订单的付款信息到门店交现金。',
      cites: ['nuvei-oxxo-2025'],
    },
    risks: {
      text: '这是给网上订单付现金的办法，不是在店里当面扫码付款用的。',
      cites: ['nuvei-oxxo-2025'],
    },
  },
  {
    kind: 'option',
    id: 'wise-western-union',
    name: 'Wise 与西联汇款（中墨转钱）',
    fit: 'some',
    tags: [
      { label: '收人民币要中国身份证', tone: 'neutral' },
      { label: '比索汇出多数人用不了', tone: 'bad' },
    ],
    verdict: '中墨之间转钱只走正规渠道，先查清两头的条件。',
    glance: { where: '转钱用，不在店里付', cost: '以渠道页面为准' },
    sections: ['money-home'],
    where: {
      text: '不是在店里付款用的，而是在中国和墨西哥之间转钱。Wise 于2025年1月进入墨西哥；西联可向中国汇款的73个国家里有墨西哥。',
      cites: ['bnnbloomberg-wise-mexico-2025', 'westernunion-cn-receive'],
    },
    feesAndLimits: {
      text: 'Wise 汇人民币到支付宝或微信：每笔最多5万元，每位收款人每年最多50万元。西联的费用，我们的资料里没有。',
      cites: ['wise-cny-guide'],
    },
    setup: {
      text: 'Wise 从比索汇出要求是持 INE 的墨西哥公民；在国内收人民币要有中国身份证。西联在国内可经中国邮政储蓄银行收款。',
      cites: ['wise-mxn-guide', 'wise-cny-guide', 'westernunion-cn-receive'],
    },
    risks: {
      text: 'PayPal 个人转账我们没找到可靠来源，别默认可行；个人每年购汇额度也没找到官方来源，请向银行或外汇局确认。西联页面没有注明日期，汇款前再核对。',
      cites: ['westernunion-cn-receive'],
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
      cites: ['bakermckenzie-crypto-2021', 'france24-crypto-2021'],
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
    cites: [],
    claim: false,
  },
  {
    id: 'how-much',
    when: '问一共多少钱',
    spanish: '¿Cuánto es?',
    meaning: '一共多少钱？',
    reading: 'KUAN-to es',
    cites: [],
    claim: false,
  },
  {
    id: 'ask-bill',
    when: '吃完要结账',
    spanish: 'La cuenta, por favor.',
    meaning: '请给我账单。',
    reading: 'la KUEN-ta, por fa-BOR',
    cites: [],
    claim: false,
  },
  {
    id: 'find-atm',
    when: '找取款机',
    spanish: '¿Dónde hay un cajero automático?',
    meaning: '哪里有取款机（ATM）？',
    reading: 'DON-de ai un ka-HE-ro au-to-MA-ti-ko',
    cites: [],
    claim: false,
  },
  {
    id: 'pay-in-pesos',
    when: '刷卡机问用哪种货币付时',
    spanish: 'En pesos mexicanos, por favor.',
    meaning: '请用墨西哥比索结算。',
    reading: 'en PE-sos me-hi-KA-nos, por fa-BOR',
    cites: [],
    claim: false,
  },
  {
    id: 'no-conversion',
    when: '不想换算成其他货币时',
    spanish: 'Sin conversión de moneda, por favor.',
    meaning: '请不要换算货币。',
    reading: 'sin kon-ber-SION de mo-NE-da, por fa-BOR',
    cites: [],
    claim: false,
  },
  {
    id: 'pay-cash',
    when: '告诉对方你付现金',
    spanish: 'Pago en efectivo.',
    meaning: '我付现金。',
    reading: 'PA-go en e-fek-TI-bo',
    cites: [],
    claim: false,
  },
  {
    id: 'tip-included',
    when: '看账单有没有加小费',
    spanish: '¿La propina está incluida?',
    meaning: '小费已经算在里面了吗？',
    reading: 'la pro-PI-na es-TA in-klu-I-da',
    cites: [],
    claim: false,
  },
  {
    id: 'ask-receipt',
    when: '要收据',
    spanish: '¿Me da un recibo, por favor?',
    meaning: '可以给我收据吗？',
    reading: 'me da un re-SI-bo, por fa-BOR',
    cites: [],
    claim: false,
  },
];
