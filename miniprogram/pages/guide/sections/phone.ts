/**
 * The blocks of the guide's "手机、号码和验证码" sections (part `phone`), keyed by section id. Titles, summaries and
 * parts live in `content/guide.ts` (main package: home and the checklist name sections); the bodies only the guide
 * page reads live here, in the guide subpackage. Every block records its facts with `on([...])` or is `guidance()`.
 */
import { on } from '../../../content/facts';
import type { SectionBlocks } from './types';

export const phoneBlocks = {
  'what-is-esim': [
    {
      kind: 'paragraph',
      text: 'eSIM 是手机里内置的电子 SIM 卡，扫运营商给的二维码装好就能用，不用插实体卡。在墨西哥，Telcel、AT&T 和 Movistar 都卖 eSIM，预付费和月租都有。2024年底，墨西哥约7.3%的手机号码用的是 eSIM。',
      ...on(['F4.1']),
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: '旅行 eSIM 多半没有号码',
      text: '网上卖的旅行 eSIM 大多只给流量：没有手机号，不能打电话，也收不到短信验证码。买之前看清套餐说明里有没有号码。',
      ...on(['F1.4']),
    },
    {
      kind: 'table',
      columns: ['对比', '外国旅行 eSIM（只有流量）', '墨西哥的卡或 eSIM（带号码）'],
      rows: [
        ['上网', '可以', '可以'],
        ['有没有手机号', '没有', '有 +52 号码'],
        ['收短信验证码', '收不到', '能收，发到墨西哥号'],
        ['要不要用护照登记', '不用：它是外国运营商的线路', '要，买的时候登记'],
      ],
      ...on(['F1.4', 'F4.3', 'F4.7']),
    },
  ],
  'mainland-phones': [
    {
      kind: 'paragraph',
      text: '多数在大陆买的手机装不了 eSIM。大陆版 iPhone 从2018年起是两个实体卡槽、没有 eSIM，iPhone 17 系列也一样。多数国产安卓手机同样没有 eSIM，只有2026年的少数新机型开始支持。',
      ...on(['F9.1', 'F9.4']),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: '例外：大陆版 iPhone Air',
      text: 'iPhone Air 只能用 eSIM，2025年10月22日在大陆开售，要本人带证件到营业厅开通。苹果店员说，它出境后可以漫游，也能装当地 eSIM，还能同时用两个 eSIM 号码；我们没找到有人实际试过。',
      ...on(['F9.2', 'F9.3']),
    },
    {
      kind: 'steps',
      items: [
        '打开手机设置，iPhone 在“通用”›“关于本机”里找 EID；也可以拨 *#06# 看。',
        '看得到 EID，手机就能装 eSIM；在香港、澳门或国外买的手机大多有。',
        '看不到 EID：把墨西哥实体卡插进卡槽 2，国内卡留在卡槽 1 并开着国际漫游。',
        '不想买墨西哥卡，也可以只用国内卡漫游上网，先问清漫游资费。',
      ],
      ...on(['F9.5']),
    },
  ],
  'numbers-and-codes': [
    {
      kind: 'paragraph',
      text: '装了 eSIM，账号并不会跟着换号码。绑国内银行卡时，短信验证码发到开卡时留的“银行预留手机号”；号码对不上就绑不上，而且只有银行能改这个号码。所以国内手机卡要留着。',
      ...on(['F1.5', 'F1.6']),
    },
    {
      kind: 'bullets',
      items: [
        '微信接受 +86 以外的号码注册新账号，墨西哥 +52 号码也可以。',
        '实名认证后的境外用户，每笔最多付5,000美元，每年5万美元。',
      ],
      ...on(['F1.1']),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: '新账号可能要好友帮忙验证',
      text: '用海外号码新注册微信，有时会被要求请一位老用户帮忙验证。微信没有公开这条规则，网上只有非官方说法。',
      ...on(['F1.2']),
    },
    {
      kind: 'steps',
      items: [
        '国内实体卡留在手机里，保持开机。',
        '出发前开通国际漫游，到了也能收短信。',
        '把墨西哥卡或旅行 eSIM 设成上网用的卡。',
        '需要验证码时，到国内号码的短信里找。',
      ],
      ...on(['F1.6', 'F1.9']),
    },
  ],
  'sms-abroad': [
    {
      kind: 'steps',
      items: [
        '出发前给国内手机卡开通国际漫游（国际漫游没开，在国外收不到短信）。',
        '到了墨西哥，国内卡保持开机，关掉它的“数据漫游”。',
        '上网交给墨西哥卡或旅行 eSIM，这样不会产生按天计的漫游流量费。',
      ],
      ...on(['F1.9', 'F1.10']),
    },
    {
      kind: 'facts',
      rows: [
        { label: '漫游时接收短信', value: '中国电信的资费表写明免费' },
        { label: '中国移动、联通', value: '没找到对应页面，问客服' },
      ],
      ...on(['F1.9'], { confidence: 'L' }),
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: '境外发来的验证码可能被拦',
      text: '2021年以来，很多省份默认拦截从境外发到国内号码的短信，为的是防诈骗。外国网站或 App 发来的验证码因此可能收不到。可以免费重新打开：移动、联通用户发 KTGJDX 到 10086 或 10010。',
      ...on(['F1.11']),
    },
    {
      kind: 'callout',
      tone: 'info',
      title: '保号套餐：先问运营商',
      text: '停机保号或保号套餐的号码在国外还能不能收短信，我们没找到运营商的说明。办之前打客服问清：移动 10086、联通 10010、电信 10000；人在国外时拨下面的号码。',
      ...on(['F1.7', 'F1.8'], { confidence: 'L' }),
    },
    {
      kind: 'facts',
      rows: [
        { label: '中国移动（境外拨打）', value: '+86 13800100186' },
        { label: '中国电信（境外拨打）', value: '+86 18918910000' },
        { label: '中国联通（境外拨打）', value: '+86 18618610010（转载的通知）' },
      ],
      ...on(['F1.8']),
    },
  ],
  'line-register': [
    {
      kind: 'callout',
      tone: 'info',
      title: '现在的情况',
      text: '没登记的墨西哥号码按尾数分期截止，逾期约72小时后停机。',
      live: 'line-register',
      ...on(['F4.4', 'F4.5', 'F4.8']),
    },
    {
      kind: 'paragraph',
      text: '只有墨西哥运营商的号码要登记。你的国内卡在墨西哥漫游，或者用外国公司的旅行 eSIM，都不在登记范围内。只要是墨西哥号码，包括 Telcel 给游客的 eSIM，开通前都要用护照登记。',
      ...on(['F4.6', 'F4.7'], { confidence: 'M' }),
    },
    {
      kind: 'table',
      columns: ['号码尾数', '截止日期（墨西哥城时间当天结束）'],
      rows: [
        ['0', '2026年8月15日'],
        ['1', '2026年8月31日'],
        ['2', '2026年9月15日'],
        ['3', '2026年9月30日'],
        ['4', '2026年10月15日'],
        ['5', '2026年10月31日'],
        ['6', '2026年11月15日'],
        ['7', '2026年11月30日'],
        ['8', '2026年12月15日'],
        ['9', '2026年12月31日'],
      ],
      ...on(['F4.4']),
    },
    {
      kind: 'bullets',
      items: [
        '这份日历是墨西哥电信监管机构 CRT 在2026年6月25日改定的，多家媒体报道一致，但我们没找到官方原文。',
        '逾期约72小时后停机：只能拨911等紧急号码、政府服务和运营商客服；月租号码照常扣费。',
        '号码还在的话，补登记就能恢复。',
        '2026年1月9日以后卖出的号码，购买或开通时就登记好了。',
      ],
      ...on(['F4.3', 'F4.4', 'F4.5']),
    },
    {
      kind: 'facts',
      rows: [
        { label: '规则', value: '2025年12月9日刊登于官方公报 DOF' },
        { label: '开始登记', value: '2026年1月9日' },
        { label: '外国人用', value: '有效护照（长住的可用临时 CURP）' },
        { label: '每人上限', value: '10个号码' },
        { label: '实体卡和 eSIM', value: '都要登记' },
        { label: '不用登记的', value: '技术上不能通话、发短信的卡，如物联网设备' },
      ],
      ...on(['F4.2', 'F4.6']),
    },
    {
      kind: 'steps',
      items: [
        '买墨西哥的卡或 eSIM 时带上护照，当场登记。',
        '有的运营商可以网上登记，要自拍核验。',
        '号码被停了，趁号码还在，尽快补登记。',
      ],
      ...on(['F4.3', 'F4.5']),
    },
  ],
} satisfies SectionBlocks;
