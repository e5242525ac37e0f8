/**
 * The blocks of the guide's "转钱和带现金" sections (part `money`), keyed by section id. Titles, summaries and
 * parts live in `content/guide.ts` (main package: home and the checklist name sections); the bodies only the guide
 * page reads live here, in the guide subpackage. Every block records its facts with `on([...])` or is `guidance()`.
 */
import { guidance, on } from '../../../content/facts';
import type { SectionBlocks } from './types';

export const moneyBlocks = {
  'money-home': [
    {
      kind: 'paragraph',
      text: '用 Wise 从比索汇出，只有持有效 INE 选民证的墨西哥公民才能办，每月最多5,000美元。其他人，包括在墨西哥的中国人，都不能用这条路。Wise 汇到微信也只支持列出的汇出国家和货币，墨西哥和比索都不在里面。',
      ...on(['F6.1', 'F6.6']),
    },
    {
      kind: 'facts',
      rows: [
        { label: 'Wise 收人民币', value: '收款人要有中国身份证' },
        { label: '到支付宝或微信', value: '每笔最多5万元人民币' },
        { label: '到微信每年', value: '最多50万元人民币' },
        { label: '到支付宝每年', value: '30万到60万元不等，每月还限次数' },
        { label: '到银联卡', value: '每笔最多3.3万元人民币' },
      ],
      ...on(['F6.2'], { reviewBy: '2027-06-01' }),
    },
    {
      kind: 'paragraph',
      text: '西联汇款可以直接汇进收款人的微信钱包或绑定的银行卡，每笔最多5,000美元。国内收款人也能到代理点、合作银行的 App，或支付宝的“跨境汇款”小程序收钱，要中国身份证。从墨西哥汇能不能这样到账，我们没确认，汇款前问清西联。',
      ...on(['F6.3'], { confidence: 'L' }),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'PayPal 呢？',
      text: '我们没找到 PayPal 个人转账能在中国和墨西哥之间使用的可靠来源，所以别默认它行得通。',
      ...guidance(['F6.4']),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: '个人购汇额度',
      text: '国内个人每年可以购汇等值5万美元。外汇局2017年出台的境外取现规定，没有改变这个额度。',
      ...on(['F6.5']),
    },
  ],
  'cash-and-customs': [
    {
      kind: 'table',
      columns: ['什么时候', '超过多少要申报', '说明'],
      rows: [
        ['从中国出境', '人民币2万元', '现金'],
        ['从中国出境', '外币等值5,000美元', '5,000到1万美元要带银行开的携带证'],
        ['入境或离开墨西哥', '等值1万美元', '现金、支票、汇票合起来算'],
      ],
      ...on(['F11.1', 'F11.2']),
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: '没申报的后果',
      text: '在墨西哥，没申报的超出部分会被罚20%到40%；超过3万美元还可能坐牢。',
      ...on(['F11.1']),
    },
  ],
  'crypto-warning': [
    {
      kind: 'callout',
      tone: 'danger',
      title: '虚拟货币业务在大陆属非法',
      text: '2021年9月24日，中国人民银行等十个部门发文，把虚拟货币相关业务都认定为非法金融活动，境外交易所向大陆居民提供服务也算在内。',
      ...on(['F7.1']),
    },
    {
      kind: 'paragraph',
      text: '有些文章把比特币等虚拟货币当作跨境付款的办法，本指南不推荐。需要在中国和墨西哥之间转钱，请看“中国和墨西哥之间转钱”一节。',
      ...guidance(),
    },
  ],
} satisfies SectionBlocks;
