/**
 * The checklist's long texts: why each item matters and how to do it, and each stage's intro. Only the checklist
 * page shows them, so they live in its subpackage; what other pages need about the checklist (ids, titles,
 * stages, the guide section each item leads to, its footing) stays in the main package (`content/checklist.ts`).
 * Keyed by `ItemId` and `ChecklistGroupId`: a text for an unknown item, or an item without one, does not compile.
 * `content-check/store.ts` joins them to the items for `validate()`.
 */
import type { ChecklistGroupId, ItemId, ItemTexts } from '../../content/types';

export const groupIntros: { readonly [Id in ChecklistGroupId]: string } = {
  'before-leaving': '在国内把手机、银行卡、证件和常用电话准备好，到了墨西哥会省很多事。',
  'on-arrival': '落地后先把上网、现金和紧急电话安排好。',
  'when-paying': '在墨西哥主要靠银行卡和现金，手机钱包帮不上太多忙。',
  'sending-home': '只用查得到规则的正规渠道，先看清条件再汇款。',
};

export const itemTexts: { readonly [Id in ItemId]: ItemTexts } = {
  'keep-chinese-sim': {
    why: '微信、支付宝和银行卡的验证码还是发到你的中国号码。旅行 eSIM 只管上网，收不到这些短信。',
    how: ['不要停机或销号，出发前把话费充足。', '到墨西哥后国内卡留在手机里，保持开机。'],
  },
  'turn-on-roaming': {
    why: '国际漫游没开，人在国外就收不到国内号码的短信验证码。电信写明漫游时收短信免费。',
    how: ['打客服或在营业厅 App 里开通国际漫游。', '到了以后关掉国内卡的“数据漫游”，免得产生流量费。'],
  },
  'open-intl-sms': {
    why: '很多省份默认拦截境外发来的短信，外国网站或 App 的验证码可能收不到。',
    how: ['移动、联通用户发 KTGJDX 到 10086 或 10010，免费开通。', '电信用户问 10000 怎么开通。'],
  },
  'check-keep-number-plan': {
    why: '停机保号或保号套餐的号码在国外能不能收短信，我们没找到运营商的说明。',
    how: ['拨打 10086（移动）、10010（联通）或 10000（电信）。', '问清月费，以及在国外能不能收短信。'],
  },
  'check-esim-support': {
    why: '大陆版 iPhone 和多数国产安卓手机没有 eSIM。看得到 EID 的手机才装得了 eSIM。',
    how: ['iPhone 在“设置”›“通用”›“关于本机”里找 EID，或拨 *#06#。', '找不到 EID，就准备插墨西哥实体卡。'],
  },
  'plan-second-slot': {
    why: '手机装不了 eSIM，可以国内卡留在卡槽 1 收短信，墨西哥实体卡插卡槽 2 上网。',
    how: ['确认手机有两个卡槽，带上取卡针。', '不想买墨西哥卡，就问清国内卡的漫游流量资费。'],
  },
  'confirm-esim-data-only': {
    why: '多数旅行 eSIM 只有流量、没有号码，收不到短信验证码。',
    how: ['看套餐说明里有没有电话号码、通话和短信。', '需要墨西哥号码，就买墨西哥的卡，带护照登记。'],
  },
  'check-bank-reserved-number': {
    why: '绑国内银行卡时，验证码发到银行预留的手机号，对不上就绑不上，而且只能找银行改。',
    how: ['在银行 App 或柜台查每张卡的预留手机号。', '如果是不用的旧号，出发前到银行改成你保留的号码。'],
  },
  'bring-unionpay-card': {
    why: '墨西哥多数 ATM 受理银联卡；双标卡在境外不一定走银联，62开头的单银联卡更稳。',
    how: ['看卡号开头和卡面标志。', '出发前问发卡行境外取现的收费。'],
  },
  'bring-visa-mastercard': {
    why: '旅游区的酒店、连锁店和商店普遍收 Visa 和 Mastercard，微信支付和支付宝很少见。',
    how: ['带一张能在境外用的 Visa 或 Mastercard。', '出发前问发卡行境外刷卡和取现的收费。'],
  },
  'check-visa': {
    why: '中国普通护照一般要墨西哥签证；持有效的美加日英或申根多次签证可以免签，停留不超过180天。',
    how: ['看你的美加日英或申根签证是不是多次入境、是否还有效。', '都没有的话，提前办墨西哥签证。'],
  },
  'print-bookings': {
    why: '移民局可能要看酒店预订、回程机票等材料，而且不看手机里的文件。',
    how: ['打印酒店预订和回程机票。', '确认护照有效期还有6个月以上。'],
  },
  'declare-cash': {
    why: '从中国出境，人民币超过2万元、外币超过等值5,000美元要申报；出入墨西哥超过1万美元要申报。',
    how: ['出发前算好现金。', '超过的话，在海关如实申报。'],
  },
  'buy-insurance': {
    why: '驻蒂华纳总领馆建议出行前买意外和医疗保险。',
    how: ['买一份覆盖墨西哥的旅行保险。', '护照、签证和入境章各留一份复印件。'],
  },
  'install-consular-app': {
    why: '墨西哥的安全提醒、风险等级和使馆联系方式，在这个 App 的“目的地”页能查到。',
    how: [
      '安装外交部的“中国领事”App。',
      '在“目的地”里找到墨西哥并看一遍。',
      '关注中国驻墨西哥使馆的微信公众号。',
    ],
  },
  'airport-taxi': {
    why: '机场里网约车可能不能接客；授权出租车在柜台买票，到 Benito Juárez 区约415–425比索。',
    how: ['出了到达口找授权出租车柜台。', '先买票，再到上车点排队。'],
  },
  'passport-for-mexican-sim': {
    why: '墨西哥号码开通时就要登记，外国人用护照。没登记的旧号码过了截止日约72小时会被停机。',
    how: ['买卡时带上有效护照，当场登记。', '号码被停了，尽快补登记恢复。'],
  },
  'carry-pesos': {
    why: '墨西哥日常付款仍以现金为主，小店、市场和路边摊常常只收现金。',
    how: ['到达后在银行 ATM 取一些比索。', '零钱留着付小店、小摊和小费。'],
  },
  'mind-atm-fees': {
    why: '外国卡取现，ATM 会在确认前显示自己的手续费，网上有人见过从约30到197.20比索不等。',
    how: ['看清屏幕上的收费再确认。', '嫌贵就取消，换一台银行网点里的 ATM。'],
  },
  'mind-withdrawal-limit': {
    why: '国内银行卡在境外取现，每张卡每天不超过等值1万元，每人每年不超过10万元；超了当年和下一年都不能再取。',
    how: ['按天、按年记下取了多少。', '大额开销改用刷卡。'],
  },
  'save-emergency-numbers': {
    why: '遇到危险时没时间查号码。墨西哥紧急电话是911，使馆领事保护和12308热线也要存好。',
    how: [
      '把911、使馆和所在地领馆的电话存进通讯录。',
      '也存下12308热线：+86-10-12308。',
      '本指南的紧急电话页也列出了这些号码。',
    ],
  },
  'choose-pesos': {
    why: 'ATM 和刷卡机提供的“按你的货币结算”加了价，有人见过5%到5.5%。',
    how: ['屏幕上选 «Sin conversión» 或比索（MXN）。', '店员问时说：«En pesos, por favor.»'],
  },
  'watch-for-skimmers': {
    why: 'ATM 插卡口可能被加装读卡器。',
    how: [
      '看看插卡口有没有多出来的东西。',
      '输密码时挡住键盘，别让陌生人帮忙。',
      '尽量用银行网点里面的 ATM，收好凭条。',
    ],
  },
  'dont-count-on-wallets': {
    why: '微信跨境支付的国家名单里没有墨西哥，我们也没找到收微信支付的墨西哥商店。',
    how: ['付款时准备好银行卡或现金。', '别把手机钱包当成唯一的付款方式。'],
  },
  'tip-voluntarily': {
    why: '在墨西哥小费是自愿的，商家不经你同意不能加进账单；餐厅一般给10%左右。',
    how: ['结账时看清账单上有没有已经加了小费。', '没加的话，按服务给10%左右。'],
  },
  'use-oxxo-pay': {
    why: '很多网上订单可以选到 OXXO 便利店交现金，通常收一点手续费。',
    how: ['下单时选择 OXXO 付款。', '拿着订单的付款信息到 OXXO 门店交现金。'],
  },
  'keep-vat-invoices': {
    why: '坐飞机或船离境的游客可以退商品的增值税，每张发票至少1,200比索。',
    how: ['付款时要正式发票（CFDI），留好刷卡单。', '离境时带着发票和商品去 MoneyBack 柜台。'],
  },
  'link-foreign-card-for-china': {
    why: '外国卡可以绑微信支付或支付宝，但只能付中国大陆的商户；境外发行的卡单笔超过200元收3%。',
    how: ['没有国内银行卡、又要回中国消费时再绑。', '在墨西哥付款时，直接刷卡或付现金。'],
  },
  'wise-needs-chinese-id': {
    why: '通过 Wise 收人民币，收款人要有中国身份证；到支付宝或微信每笔最多5万元。',
    how: ['确认收款人有中国身份证。', '查 Wise 页面上当前的每笔和每年限额。'],
  },
  'check-wise-mxn-rules': {
    why: '只有持 INE 选民证的墨西哥公民能用 Wise 从比索汇出，多数在墨西哥的中国人用不了。',
    how: ['先在 Wise 帮助页确认自己是否符合条件。', '不符合的话，考虑其他正规渠道。'],
  },
  'western-union-weixin': {
    why: '西联可以汇进国内收款人的微信钱包或银行卡；从墨西哥汇能不能这样到账，我们没确认。',
    how: ['汇款前向西联问清从墨西哥汇出的到账方式。', '收款人准备好中国身份证。'],
  },
  'avoid-crypto': {
    why: '2021年起，虚拟货币相关业务在中国大陆被认定为非法金融活动，境外交易所的服务也包括在内。',
    how: ['转钱只用银行或正规汇款公司。', '遇到推荐用虚拟货币“换汇”的，不要参与。'],
  },
};
