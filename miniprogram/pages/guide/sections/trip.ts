/**
 * The blocks of the guide's "入境、出行和安全" sections (part `trip`), keyed by section id. Titles, summaries and
 * parts live in `content/guide.ts` (main package: home and the checklist name sections); the bodies only the guide
 * page reads live here, in the guide subpackage. Every block records its facts with `on([...])` or is `guidance()`.
 */
import { guidance, on } from '../../../content/facts';
import type { SectionBlocks } from './types';

export const tripBlocks = {
  'entry-visa': [
    {
      kind: 'paragraph',
      text: '持中国普通护照去墨西哥，一般要办墨西哥签证。如果你持有有效的美国、加拿大、日本、英国或申根国家多次入境签证，或这些国家的永久居留，就可以免签入境，停留不超过180天，不能打工挣钱。有智利、哥伦比亚居留的也可以。',
      ...on(['F12.1']),
    },
    {
      kind: 'steps',
      items: [
        '护照有效期至少还有6个月。',
        '打印酒店预订、回程机票，有邀请函的也带上。',
        '准备好能说明旅费的材料，比如银行卡或存款证明。',
        '纸质材料放随身包里：移民局不看手机里的文件。',
      ],
      ...on(['F12.2']),
    },
  ],
  'getting-around': [
    {
      kind: 'paragraph',
      text: '在墨西哥城机场，Uber、DiDi、InDrive、Cabify 等网约车可能不能进航站楼接客，2026年3月12日起有国民警卫队检查。坐机场的授权出租车更省心：在柜台买票，到 Benito Juárez 区约415–425比索。',
      ...on(['F14.1'], { reviewBy: '2027-03-12' }),
    },
    {
      kind: 'bullets',
      items: [
        '在其他地方，Uber 和 DiDi 都能在 App 里绑卡付款。',
        'Uber 在部分地区可以选现金；坐 DiDi 付现金也很常见。',
      ],
      ...on(['F14.2']),
    },
  ],
  'scams-and-insurance': [
    {
      kind: 'callout',
      tone: 'danger',
      title: '自称使馆的电话，先挂断',
      text: '骗子会伪造使馆的来电号码。使馆不会在电话里要你的护照、证件或银行信息，不会把电话转给“国内警方”，也从不要钱。挂断后，自己拨使馆电话 +52 55 5616 2129 核实。',
      ...on(['F15.1']),
    },
    {
      kind: 'bullets',
      items: [
        '出发前买好意外和医疗保险。',
        '护照、签证和入境章各复印一份，和原件分开放。',
        '取现时留意插卡口，挡住键盘，别让陌生人帮忙。',
      ],
      ...on(['F15.3', 'F15.2']),
    },
  ],
  'help-and-safety': [
    {
      kind: 'facts',
      rows: [
        { label: '墨西哥报警、急救、火警', value: '911' },
        { label: '驻墨西哥使馆领事保护', value: '+52 55 5616 2129（下班后也接）' },
        { label: '驻蒂华纳总领馆', value: '+52 664 492 0455' },
        { label: '外交部12308热线（24小时）', value: '+86-10-12308' },
      ],
      ...on(['F8.1', 'F8.2', 'F8.3']),
    },
    {
      kind: 'bullets',
      items: [
        '12308的备用号码是 +86-10-65612308（2023年起的通知里用这个号）。',
        '网上2018、2019年文章里的使馆号码 +52 1 55 2093 6210 已经不用了。',
        '下加州、南下加州、索诺拉和奇瓦瓦归驻蒂华纳总领馆管，其他州归使馆。',
      ],
      ...on(['F8.2', 'F8.3', 'F8.5'], { confidence: 'M' }),
    },
    {
      kind: 'steps',
      items: [
        '在手机上装好外交部的“中国领事”App。',
        '在“目的地”里找到墨西哥，看风险等级和安全提醒。',
        '关注中国驻墨西哥使馆的微信公众号，留意最新通知。',
      ],
      ...on(['F8.4']),
    },
    {
      kind: 'paragraph',
      text: '安全形势变化很快。比如2026年2月22日，使馆提醒哈利斯科、下加州等七个州发生严重安全事件。出行前到上面两个官方渠道看最新情况，别只看旧文章。',
      ...on(['F8.4']),
    },
  ],
  summary: [
    {
      kind: 'table',
      columns: ['想做的事', '结果', '原因'],
      rows: [
        ['用微信聊天、视频', '可以', '有流量就行'],
        ['收登录和绑卡验证码', '靠国内号码', '旅行 eSIM 没有号码；记得开国际漫游'],
        ['大陆买的手机装 eSIM', '多数不行', '大陆版没有 eSIM（iPhone Air 除外）'],
        ['在墨西哥店里扫微信、支付宝', '很少见', '没找到收款的商店'],
        ['刷卡和取现', '大多可以', '银联、Visa、Mastercard；选比索'],
        ['用 CoDi 或 DiMo', '没有本地账户不行', '要墨西哥账户'],
      ],
      ...on(['F1.4', 'F1.5', 'F1.9', 'F9.1', 'F2.5', 'F2.6', 'F10.1', 'F5.3', 'F5.8', 'F5.2']),
    },
    {
      kind: 'bullets',
      items: [
        '国内手机卡留着，开通国际漫游。',
        '查一下手机有没有 EID。',
        '带银联卡或 Visa、Mastercard，再备些比索。',
        '买墨西哥号码带护照。',
        '存好911和使馆电话。',
      ],
      ...guidance(),
    },
  ],
} satisfies SectionBlocks;
