/**
 * The tools' content (issue 12): every figure, screen wording and text the tools in this subpackage show, with
 * the fact-sheet entries each figure rests on (`facts`, ids of content/facts.ts, e.g. 'F5.8'). Like
 * pages/situation/content.ts and pages/payments/content.ts it lives beside the pages that read it and joins the
 * whole store in content-check/store.ts, so validate() checks its text and the facts test counts its facts.
 * Spanish phrases and typical screen wording are language aids (`languageAid: true`): how things are usually
 * worded, not claims about any bank, machine or shop. Where the sheet has no figure, the text says so.
 */

import type { FactId } from '../../content/facts';

/** A fact-sheet id such as `F5.8`: one the content store has (content/facts.ts). */
export type FactRef = FactId;

/** The day the fact sheet these figures come from was current. */
export const TOOLS_FACTS_AS_OF = '2026-12-01';

// ---------------------------------------------------------------------------------------------------------
// Conversion prompts (dynamic currency conversion) on ATM and card-terminal screens

/** What to do with a choice on the screen: press it, avoid it, or it only informs. */
export type ScreenChoice = 'press' | 'avoid' | 'info';

export interface ScreenPhrase {
  id: string;
  /** As it typically appears on the screen. */
  spanish: string;
  /** What it means, in Chinese. */
  meaning: string;
  choice: ScreenChoice;
  languageAid: true;
}

export type ScreenKind = 'atm' | 'terminal';

export interface ScreenGuide {
  kind: ScreenKind;
  title: string;
  /** The one thing to do, first. */
  advice: string;
  /** Why, with the figures the sheet has. */
  reason: string;
  facts: FactRef[];
  phrases: ScreenPhrase[];
}

const aid = (id: string, spanish: string, meaning: string, choice: ScreenChoice): ScreenPhrase => ({
  id,
  spanish,
  meaning,
  choice,
  languageAid: true,
});

export const screenGuides: Record<ScreenKind, ScreenGuide> = {
  atm: {
    kind: 'atm',
    title: '取款机问要不要换算',
    advice: '按「Rechazar conversión」或「Sin conversión」，用比索取款。',
    reason:
      '取款机替你换成人民币或美元时会加价，有取款机屏幕上写过 5%、5.5%。不换算的话，由你的发卡行按它的汇率换。',
    facts: ['F5.8'],
    phrases: [
      aid('atm-conversion-question', '¿Desea aceptar la conversión?', '要不要接受货币换算？', 'info'),
      aid('atm-accept', 'Aceptar conversión', '接受换算：按取款机的汇率折成你卡的货币扣款', 'avoid'),
      aid('atm-with', 'Con conversión', '换算：按取款机的汇率扣款，会加价', 'avoid'),
      aid('atm-reject', 'Rechazar conversión', '拒绝换算：按比索扣款', 'press'),
      aid('atm-without', 'Sin conversión', '不换算：按比索扣款', 'press'),
      aid('atm-continue-without', 'Continuar sin conversión', '不换算，继续取款', 'press'),
      aid('atm-rate', 'Tipo de cambio', '汇率', 'info'),
      aid('atm-fee', 'Comisión', '这台取款机收的手续费（确认前会显示）', 'info'),
      aid('atm-vat', 'IVA', '增值税，手续费上另加', 'info'),
      aid('atm-withdrawal', 'Retiro', '取款', 'info'),
      aid('atm-other-amount', 'Otra cantidad', '其他金额（自己输入）', 'info'),
      aid('atm-continue', '¿Desea continuar?', '要继续吗？', 'info'),
      aid('atm-cancel', 'Cancelar', '取消', 'info'),
    ],
  },
  terminal: {
    kind: 'terminal',
    title: '刷卡机问用哪种货币付',
    advice: '选 MXN（比索），或对店员说「Sin conversión, por favor」。',
    reason: '选人民币或美元，就是让刷卡机替你换算，价格里带着加价。选比索，由你的发卡行按它的汇率换。',
    facts: ['F5.8'],
    phrases: [
      aid('terminal-select', 'Seleccione la moneda', '请选择付款货币', 'info'),
      aid('terminal-mxn', 'MXN / Pesos mexicanos', '墨西哥比索', 'press'),
      aid('terminal-local', 'Moneda local', '当地货币（比索）', 'press'),
      aid('terminal-cny', 'CNY', '人民币（由刷卡机换算，会加价）', 'avoid'),
      aid('terminal-usd', 'USD', '美元（由刷卡机换算，会加价）', 'avoid'),
      aid('terminal-pin', 'Ingrese su NIP', '请输入密码（NIP 就是密码）', 'info'),
      aid('terminal-confirm', 'Aceptar', '确认', 'info'),
      aid('terminal-approved', 'Aprobada', '交易成功', 'info'),
      aid('terminal-declined', 'Declinada / Rechazada', '交易被拒', 'info'),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// ATM fees and the SAFE limit

export const atmFacts = {
  /** The ATM owner's fee shows before you confirm; the sheet has no official figure, only reports. */
  ownerFee: {
    text: '取款机自己的手续费会在确认前显示在屏幕上。没有官方数字；网上有人报告过，从约 30 比索（银行的取款机）到 197.20 比索（机场的一台，2024年）不等。',
    facts: ['F5.7'] as FactRef[],
  },
  /** Your own card's foreign-withdrawal fee is the card issuer's, not on the sheet. */
  cardFee: {
    text: '你的卡在境外取款收多少，要看发卡行：查银行 App 或问客服，填在这里。',
    facts: [] as FactRef[],
  },
  safe: {
    /** SAFE (汇发〔2017〕29号): at most 10,000 CNY equivalent per card per day, 100,000 per person per year. */
    dailyLimitCny: 10000,
    yearlyLimitCny: 100000,
    text: '用国内银行卡在境外取现，每张卡每天最多相当于 1 万元人民币；每人每年所有卡合计最多 10 万元，超过年度额度，当年和下一年都不能在境外取现。',
    facts: ['F10.3'] as FactRef[],
  },
} as const;

// ---------------------------------------------------------------------------------------------------------
// Tips

export interface TipNote {
  id: string;
  spanish: string;
  meaning: string;
  languageAid: true;
}

export const tipFacts = {
  /** The customary range the sheet gives (M for the percentage). */
  customaryPercents: [10, 15] as const,
  customary: {
    text: '小费自愿给，通常约 10%，常见的说法是 10%–15%。',
    facts: ['F5.6'] as FactRef[],
  },
  consent: {
    text: '没经你同意，店家不能把小费加进账单。账单上已经加了，你可以请店员去掉。',
    facts: ['F5.6'] as FactRef[],
  },
  notes: [
    {
      id: 'tip-included',
      spanish: 'Propina incluida / Servicio incluido',
      meaning: '小费已经算在账单里了，不用再另外给。',
      languageAid: true,
    },
    {
      id: 'tip-suggested',
      spanish: 'Propina sugerida',
      meaning: '建议的小费：只是建议，给不给、给多少由你决定。',
      languageAid: true,
    },
    {
      id: 'tip-add',
      spanish: '¿Desea agregar propina?',
      meaning: '刷卡机上问：要加小费吗？可以选金额，也可以不加。',
      languageAid: true,
    },
  ] as TipNote[],
};

// ---------------------------------------------------------------------------------------------------------
// Money home: routes from Mexico to China

export interface MoneyRouteText {
  title: string;
  summary: string;
  limits: string[];
  senderPrepares: string[];
  recipientPrepares: string[];
  /** How long it takes, or that the sheet has no figure. */
  duration: string;
  facts: FactRef[];
}

export const moneyHomeLimits = {
  /** Wise from MXN: US$5,000 a month (F6.1). */
  wiseFromMxnUsdPerMonth: 5000,
  /** Wise CNY payouts per transfer (F6.2). */
  wiseAlipayPerTransferCny: 50000,
  wiseUnionPayPerTransferCny: 33000,
  /** Wise to Alipay per year: 300,000–600,000 CNY depending on the recipient (F6.2). */
  wiseAlipayPerYearLowCny: 300000,
  wiseAlipayPerYearHighCny: 600000,
  /** Cash across the Mexican border above this (US$) must be declared (F11.1). */
  cashDeclareUsd: 10000,
} as const;

export type MoneyRouteId = 'wise' | 'carryCash';

export const moneyHomeRoutes: Record<MoneyRouteId, MoneyRouteText> = {
  wise: {
    title: 'Wise：用比索汇到支付宝或银联卡',
    summary: '收款人用支付宝或银联卡收人民币。',
    limits: [
      '用比索汇出：每月最多 5,000 美元。',
      '到支付宝：每笔最多 50,000 元；每年 30 万–60 万元，每月笔数也有限。',
      '到银联卡：每笔最多 33,000 元。',
      'Wise 常调整额度，汇之前在 Wise 里再看一眼。',
    ],
    senderPrepares: ['墨西哥公民身份和有效的 INE 选民证', 'Wise 账户，用比索付款'],
    recipientPrepares: ['中国居民身份证', '绑了银行卡的支付宝，或一张银联卡'],
    duration: '多久到账：事实表没有数据，以 Wise 下单时显示的为准。',
    facts: ['F6.1', 'F6.2', 'F6.6'],
  },
  carryCash: {
    title: '回国时自己带现金',
    summary: '不经过任何汇款机构，人到钱到。',
    limits: [
      '离开墨西哥时，现金、支票等合计超过 1 万美元等值要申报；没申报的超出部分罚 20%–40%。',
      '入境中国时带多少要申报：事实表没有这一条，出发前查海关规定。',
    ],
    senderPrepares: ['超过 1 万美元等值时，离境前在墨西哥海关申报'],
    recipientPrepares: [],
    duration: '跟你一起到。',
    facts: ['F11.1'],
  },
};

export type BlockKind = 'not-for-you' | 'not-from-mexico' | 'unconfirmed' | 'no-evidence' | 'illegal';

export interface MoneyBlockText {
  title: string;
  kind: BlockKind;
  why: string;
  facts: FactRef[];
}

export type MoneyBlockId =
  'wiseNonCitizen' | 'wiseNoChineseId' | 'wiseToWeixin' | 'westernUnion' | 'usdAccount' | 'paypal' | 'crypto';

export const moneyHomeBlocks: Record<MoneyBlockId, MoneyBlockText> = {
  wiseNonCitizen: {
    title: 'Wise 用比索汇出',
    kind: 'not-for-you',
    why: '只有持 INE 选民证的墨西哥公民能用比索在 Wise 汇款，其他人用不了。',
    facts: ['F6.1'],
  },
  wiseNoChineseId: {
    title: 'Wise 汇人民币',
    kind: 'not-for-you',
    why: 'Wise 汇人民币要收款人有中国居民身份证。',
    facts: ['F6.2'],
  },
  wiseToWeixin: {
    title: 'Wise 汇到微信',
    kind: 'not-from-mexico',
    why: 'Wise 只从部分国家、部分货币付到微信，墨西哥和比索都不在其中。',
    facts: ['F6.6'],
  },
  westernUnion: {
    title: '西联汇款（Western Union）',
    kind: 'unconfirmed',
    why: '在国内，西联能付到微信零钱或绑定的银行卡，每笔最多 5,000 美元。也能在代理点、合作银行 App 或支付宝「跨境汇款」小程序收款（要中国身份证）。从墨西哥汇出能不能这样收，没有查到确认的消息，汇之前先问西联。',
    facts: ['F6.3'],
  },
  usdAccount: {
    title: '从美元账户汇回国内',
    kind: 'unconfirmed',
    why: '事实表只核对过用比索汇出的条件。从美元账户汇回国内要什么条件，没有查到可靠来源，请问你的银行。',
    facts: ['F6.1'],
  },
  paypal: {
    title: 'PayPal 个人转账',
    kind: 'no-evidence',
    why: '没有找到可靠来源说明 PayPal 个人转账能在墨西哥和中国之间用，所以不推荐。',
    facts: ['F6.4'],
  },
  crypto: {
    title: '加密货币',
    kind: 'illegal',
    why: '2021年9月起，虚拟货币相关业务在中国属于非法金融活动。不要用它汇钱。',
    facts: ['F7.1'],
  },
};

// ---------------------------------------------------------------------------------------------------------
// Emergency card

export interface EmergencyCardEntry {
  id: string;
  /** Chinese label. */
  label: string;
  /** Spanish label, for a stranger reading the card. */
  labelEs: string;
  /** As dialled or read out. */
  number: string;
  facts: FactRef[];
}

export interface SpanishSentence {
  spanish: string;
  chinese: string;
  languageAid: true;
}

export const emergencyCardData = {
  title: '紧急联系卡',
  titleEs: 'Tarjeta de emergencia',
  entries: [
    {
      id: 'mexico-911',
      label: '墨西哥报警、急救、火警',
      labelEs: 'Emergencias',
      number: '911',
      facts: ['F8.1'],
    },
    {
      id: 'embassy-consular',
      label: '中国驻墨西哥使馆领事保护（下班时间也接听）',
      labelEs: 'Embajada de China – protección consular',
      number: '+52 55 5616 2129',
      facts: ['F8.2'],
    },
    {
      id: 'consulate-tijuana',
      label: '中国驻蒂华纳总领馆（管下加利福尼亚州、南下加利福尼亚州、索诺拉州、奇瓦瓦州）',
      labelEs:
        'Consulado General de China en Tijuana (Baja California, Baja California Sur, Sonora, Chihuahua)',
      number: '+52 664 492 0455',
      facts: ['F8.2', 'F8.5'],
    },
    {
      id: 'hotline-12308',
      label: '外交部 12308 领事保护热线（24 小时）',
      labelEs: 'Línea de protección consular de China (24 h)',
      number: '+86-10-12308',
      facts: ['F8.3'],
    },
  ] as EmergencyCardEntry[],
  sentences: [
    {
      spanish: 'Soy de nacionalidad china. Por favor, llame a la Embajada de China: +52 55 5616 2129.',
      chinese: '我是中国公民，请帮我打电话给中国大使馆：+52 55 5616 2129。',
      languageAid: true,
    },
    {
      spanish: 'Necesito ayuda. Por favor, llame al 911.',
      chinese: '我需要帮助，请帮我拨打 911。',
      languageAid: true,
    },
  ] as SpanishSentence[],
  personalLabels: {
    namePinyin: { label: '姓名（拼音）', labelEs: 'Nombre' },
    emergencyContact: { label: '紧急联系人', labelEs: 'Contacto de emergencia' },
    hotel: { label: '住处', labelEs: 'Hotel / alojamiento' },
  },
  footer: `号码核对于 ${TOOLS_FACTS_AS_OF}。`,
} as const;

// ---------------------------------------------------------------------------------------------------------
// Moments single-page mode: what each tool cannot do there (components/single-page-notice shows it)

export const singlePageNotes = {
  pay: '这里也能算，只是你填的汇率只留在这个预览里，不会存进小程序。',
  register: '这里也能查尾号和截止日，只是打不开指南和清单。',
  'money-home': '这里也能回答问题、看能走的路，只是打不开指南和清单。',
  'emergency-card': '这里不能生成或保存图片；你填的内容只留在这个预览里。',
} as const;

/** The tools' whole content, as content-check/store.ts joins it into the store. */
export const toolsContent = {
  asOf: TOOLS_FACTS_AS_OF,
  screenGuides,
  atmFacts,
  tipFacts,
  moneyHomeLimits,
  moneyHomeRoutes,
  moneyHomeBlocks,
  emergencyCardData,
  singlePageNotes,
};

export type ToolsContent = typeof toolsContent;
