/**
 * The blocks of the guide's "在墨西哥付钱" sections (part `pay`), keyed by section id. Titles, summaries and
 * parts live in `content/guide.ts` (main package: home and the checklist name sections); the bodies only the guide
 * page reads live here, in the guide subpackage. Every block records its facts with `on([...])` or is `guidance()`.
 */
import { guidance, on } from '../../../content/facts';
import type { SectionBlocks } from './types';

export const payBlocks = {
  'wechat-in-mexico': [
    {
      kind: 'paragraph',
      text: '绑着国内银行卡的微信支付，在墨西哥照样能给国内商家付款、给家人转账。它也能在接入微信跨境支付的境外商户用人民币付款，但微信列出的49个国家和地区里没有墨西哥。',
      ...on(['F2.5']),
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: '墨西哥的店里很少见',
      text: '我们没找到任何一家收微信支付的墨西哥商店。不能说绝对没有，但别指望它，身上带好银行卡和现金。',
      ...on(['F2.5', 'F2.6']),
    },
    {
      kind: 'facts',
      rows: [
        { label: '外国卡可以绑', value: '2023年7月起，Visa、Mastercard、JCB、Discover/Diners' },
        { label: '也可以绑', value: '美国运通卡；境外发行的银联卡（2024年11月6日起）' },
        { label: '能付给谁', value: '只限中国大陆的商户，不能在墨西哥付' },
        { label: '实名后限额', value: '每笔5,000美元，每年5万美元' },
      ],
      ...on(['F2.1', 'F2.3', 'F2.4', 'F2.7']),
    },
    {
      kind: 'paragraph',
      text: '3%的手续费只收境外发行的卡：单笔超过200元收3%。用国内银行卡付款，不收这笔费。',
      ...on(['F2.2', 'F2.7']),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: '200元以下免费，2026年还有吗？',
      text: '200元及以下免手续费，2023年说“以支付页面为准”，2025年说优惠到当年年底。2026年是否延续，我们没查到，付款前看清页面提示。',
      ...on(['F2.2'], { confidence: 'L', reviewBy: '2026-12-31' }),
    },
  ],
  'alipay-in-mexico': [
    {
      kind: 'paragraph',
      text: '支付宝从2019年11月5日起接受境外手机号。2023年8月起，外国的 Visa、Mastercard、Diners、Discover 和 JCB 卡可以直接绑定，付中国大陆的商户；美国运通卡从2025年2月25日起也可以。',
      ...on(['F3.1', 'F3.2', 'F3.7']),
    },
    {
      kind: 'facts',
      rows: [
        { label: '境外用户限额', value: '每笔5,000美元，每年5万美元（2024年3月起）' },
        { label: '外国卡手续费', value: '200元及以下免费，超过收3%（2025年）' },
        { label: '国内银行卡', value: '不收这笔外卡手续费' },
      ],
      ...on(['F3.3', 'F3.4', 'F2.7'], { confidence: 'M' }),
    },
    {
      kind: 'bullets',
      items: [
        '用国内账户的中国用户，可以在境外接入支付宝的商户付款。',
        '墨西哥只有一条旧消息：2018年支付宝和当地的 Openpay 合作，主要面向网店，之后没有更新。',
      ],
      ...on(['F3.5', 'F3.6'], { confidence: 'L' }),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'Tour Pass 不推荐',
      text: '支付宝2019年给游客推出过 Tour Pass 预付卡。它的服务协议页面还在，我们没找到停用通知，也说不清现在能不能用，所以不推荐。',
      ...on(['F3.1'], { confidence: 'L' }),
    },
  ],
  'paying-in-mexico': [
    {
      kind: 'paragraph',
      text: '墨西哥日常付款仍以现金为主。2024年的全国金融调查里，38.0%的人知道 CoDi，其中只有12.8%用过；18.5%的人知道 DiMo，其中用过的只有6.8%。',
      ...on(['F5.1']),
    },
    {
      kind: 'table',
      columns: ['方式', '适合的场合', '说明'],
      rows: [
        ['银联卡、Visa、Mastercard', '酒店、连锁店、旅游区', '市场和小店常不收'],
        ['比索现金', '小店、市场、路边摊', '几乎处处都收'],
        ['OXXO 付现金', '网上下单后到 OXXO 交钱', '通常收一点手续费'],
        ['CoDi、DiMo', '手机转账付款', '要墨西哥账户'],
        ['微信支付、支付宝', '很少见', '没找到收微信支付的店'],
      ],
      ...on(['F5.3', 'F5.5', 'F5.2', 'F2.6', 'F2.5']),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'CoDi 和 DiMo 要墨西哥账户',
      text: 'SPEI、CoDi 和 DiMo 都是墨西哥央行的支付系统，要有墨西哥的银行、Sofipo 或金融科技公司账户才能用。DiMo 是把手机号和这个账户连在一起。',
      ...on(['F5.2']),
    },
    {
      kind: 'bullets',
      items: ['小费是自愿的，商家不经你同意不能加进账单。', '餐厅一般给10%左右，常听到的说法是10%–15%。'],
      ...on(['F5.6'], { confidence: 'M' }),
    },
  ],
  'unionpay-and-atm': [
    {
      kind: 'paragraph',
      text: '银联说，墨西哥多数 ATM 受理银联卡：2019年1月说约九成，后来一篇没注明日期的通稿说超过八成。具体是哪些银行，我们没查到。',
      ...on(['F10.1']),
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: '双标卡不一定走银联',
      text: '同时印着银联和 Visa 或 Mastercard 标志的双标卡，在境外 ATM 不一定走银联通道。62开头、只有银联标志的卡更稳妥。机器问网络时，选银联（UnionPay）。',
      ...on(['F10.2']),
    },
    {
      kind: 'facts',
      rows: [
        { label: '每张卡每天', value: '境外取现不超过等值1万元人民币' },
        { label: '每人每年', value: '所有卡合计不超过等值10万元人民币' },
        { label: '超了会怎样', value: '当年和下一年都不能在境外取现' },
        { label: '依据', value: '国家外汇管理局，2018年1月1日起' },
      ],
      ...on(['F10.3']),
    },
    {
      kind: 'paragraph',
      text: '外国卡在墨西哥 ATM 取现，机器自己的手续费会在确认前显示在屏幕上。没有官方数字：网上有人报过银行 ATM 约30比索，也有机场 ATM 收197.20比索（2024年），你的发卡行可能另收一笔。',
      ...on(['F5.7']),
    },
    {
      kind: 'bullets',
      items: [
        '网上常见的“每次8.62–40比索”，是墨西哥本地借记卡在他行 ATM 的收费，不是外国卡的。',
        '取现前看看插卡口有没有加装东西，输密码时用手挡住键盘。',
        '别让陌生人“帮忙”，尽量用银行网点里面的 ATM，收好凭条。',
      ],
      ...on(['F5.4', 'F15.2']),
    },
  ],
  'conversion-prompts': [
    {
      kind: 'paragraph',
      text: '墨西哥的 ATM 和刷卡机常会问你要不要按本国货币结算。这叫“动态货币转换”，汇率里加了价：有人在 Santander 的 ATM 上看到加5%，HSBC 加5.5%。选比索，由你的发卡组织换算，通常更省。',
      ...on(['F5.8']),
    },
    {
      kind: 'table',
      columns: ['屏幕上可能出现的西语', '意思', '怎么选'],
      rows: [
        ['«Sin conversión»', '不换算', '选它'],
        ['«Pesos mexicanos (MXN)»', '墨西哥比索', '选它'],
        ['«Con conversión»', '换算成你的货币', '不选'],
        ['«Aceptar tipo de cambio»', '接受这个汇率', '不选'],
      ],
      ...guidance(['F5.8']),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: '刷卡时当面说',
      text: '店员拿着刷卡机问你时，可以说：«En pesos, por favor.»（请用比索。）',
      ...guidance(),
    },
  ],
  'vat-refund': [
    {
      kind: 'paragraph',
      text: '按墨西哥增值税法第31条，坐飞机或船离境的外国游客，可以退回买商品时付的增值税；酒店和餐饮不退。每家店的发票要至少1,200比索，离境时要查验商品。退税由税务局 SAT 授权的公司办理，会收服务费。',
      ...on(['F13.1']),
    },
    {
      kind: 'steps',
      items: [
        '买东西时要正式发票（CFDI），刷卡的话留好刷卡单。',
        '离境时到机场或邮轮码头的 MoneyBack 柜台。',
        '带上护照、入境表 FMM、登机牌、发票和刷卡单。',
      ],
      ...on(['F13.2'], { confidence: 'M' }),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: '现金买的只算3,000比索',
      text: '付现金的购物，最多只按3,000比索计入。2025年有报道说柜台在正常办理；2026年是否照旧，我们没查到。',
      ...on(['F13.2'], { confidence: 'L', reviewBy: '2026-12-31' }),
    },
  ],
} satisfies SectionBlocks;
