/**
 * What each source supports, or why it is weak: one short Chinese line per source, shown only on the sources
 * page (and searched there), so it lives in the sources subpackage. The rest of a source (title, address, dates,
 * confidence) is in the main package (`content/sources.ts`): every page cites sources. Keyed by `SourceId`: a
 * note for an unknown source, or a source without a note, does not compile. `content-check/store.ts` joins the
 * notes to the sources for `validate()`.
 */
import type { SourceId } from '../../content/sources';

export const sourceNotes: { readonly [Id in SourceId]: string } = {
  'kalkine-tencent-visitors-2024': '微信接受 +86 以外的号码注册；实名境外用户每笔5,000美元、每年5万美元。',
  'androidguias-wechat-verify': '新账号有时要老用户帮忙验证；非官方，没有具体规则。',
  'ontop-esim-help': '旅行 eSIM 只有流量：没有号码，不能收短信。',
  'hexun-bank-reserved-number-2025': '绑卡验证码发到银行预留手机号，只有银行能改。',
  'simology-banking-otp-2025': '国内卡留着收验证码，旅行或本地 eSIM 负责上网。',
  'cmcc-roaming-faq': '中国移动境外客服号码 +86 13800100186。',
  'telecom-sh-roaming': '中国电信境外客服号码 +86 18918910000。',
  'cymth-unicom-notice-2019': '中国联通境外客服号码 +86 18618610010；转载页，不是联通官网。',
  'telecom-sn-roaming-sms-2012': '电信的资费表里，漫游时接收短信免费；页面较旧，移动、联通没找到对应页面。',
  'tftnews-intl-sms-block-2022': '多地默认拦截境外发来的短信，可发 KTGJDX 到 10086 或 10010 免费开通。',
  'beijing-gov-overseas-cards-2023':
    '2023年7月起，外国 Visa、Mastercard 等卡可绑微信支付和支付宝，付大陆商户。',
  'hk01-weixin-fee-2023': '境外发行的卡超过200元收3%；200元及以下免收，当时写明以支付页面为准。',
  'shine-weixin-incentives-2025':
    '3%手续费可信；200元以下免收在2025年是“到年底”的优惠，2026年是否还有不清楚。',
  'weixin-merchant-overseas':
    '国内账户可在接入跨境支付的境外商户用人民币付款；列出的49个国家和地区里没有墨西哥。',
  'ecns-unionpay-wallets-2024': '美国运通卡和境外发行的银联卡也能绑微信支付。',
  'nfcw-alipay-visitors-2019': '支付宝从2019年11月5日起接受境外手机号，同日推出 Tour Pass。',
  'alipay-tour-pass-agreement': 'Tour Pass 的服务协议页仍在线，没找到停用通知；现在还能不能用不清楚。',
  'nfcw-overseas-cards-2023': '2023年8月起，外国 Visa、Mastercard 等卡可直接绑支付宝，付大陆商户。',
  'technode-alipay-limits-2024': '支付宝境外用户限额提到每笔5,000美元、每年5万美元。',
  'chinaservicesinfo-foreign-cards-2025':
    '外卡付款200元及以下免费，超过收3%（2025年）；没找到支付宝自己的收费页。',
  'medium-alipay-travellers-2019': '中国用户可以在境外接入支付宝的商户付款。',
  'paymentweek-openpay-2018': '2018年支付宝和墨西哥 Openpay 合作，主要是网店；之后没有更新的消息。',
  'infocus-amex-alipay-2025': '2025年2月25日起，美国运通卡可绑支付宝。',
  'mobiletime-esim-mexico-2025': 'Telcel、AT&T、Movistar 都卖 eSIM；2024年底约7.3%的线路是 eSIM。',
  'informador-registro-2026': '登记规则2025年12月9日刊登，2026年1月9日开始；外国人用护照；新卡购买时登记。',
  'mixvale-register-calendar-2026': '按号码尾数分期截止（8月15日到12月31日），逾期约72小时后停机。',
  'observatorial-jornada-2026': '同一份按尾数的截止日历；没找到监管机构 CRT 的官方原文。',
  'excelsior-exempt-lines':
    '不用登记的是技术上不能通话、发短信和网络通话的卡（物联网设备），不是“旅行流量卡”。',
  'informador-exempt-lines-2026': '只登记墨西哥运营商的线路；豁免的是物联网一类的卡。',
  'lavoz-tourist-chip-2026': '游客买墨西哥号码要用护照登记；用外国运营商漫游的不在登记范围内。',
  'telcel-esim-turista': 'Telcel 的游客 eSIM 也是墨西哥号码，开通前必须登记。',
  'inegi-enif-2024': '2024年全国金融包容性调查，现金仍是主流。',
  'nvinoticias-enif-2025': '38.0%的人知道 CoDi（其中12.8%用过），18.5%知道 DiMo（其中6.8%用过）。',
  'eleconomista-dimo-2025': 'SPEI、CoDi、DiMo 是墨西哥央行的系统，都要墨西哥的账户。',
  'arizonaguide-pay-mexico': '酒店、连锁店和旅游区普遍收 Visa、Mastercard；市场和小店常只收现金。',
  'condusef-atm-page': '8.62–40比索是墨西哥本地借记卡在他行 ATM 的收费，不是外卡的；另有防盗刷建议。',
  'credito-oxxo-pay-2024': 'OXXO 门店可以收网上订单的现金，通常收一点手续费。',
  'alcalorpolitico-propinas-2023':
    '小费自愿，餐厅不能强收（消费者保护法第10条）；一般约10%，常见说法10%–15%。',
  'expatsinmexico-atm-fees': '外卡取现时 ATM 会在屏幕上显示自己的收费；银行 ATM 约30比索起。',
  'worldsurf-atm-fees-2024': '个人实测：机场一台 ATM 收197.20比索（2024年）。',
  'qroo-atm-dcc-2019': 'ATM 和刷卡机会提供“按本币结算”，加价约5%–5.5%；应拒绝，用比索。',
  'wise-mxn-guide': '从比索汇出只限持有效 INE 的墨西哥公民，每月5,000美元。',
  'wise-cny-guide': '收人民币要中国身份证；到微信、支付宝每笔最多5万元；年度限额各不相同，会变。',
  'tencent-net-western-union-2024':
    '西联汇款可以直接汇进微信钱包或绑定的银行卡，每笔最多5,000美元（约2024年）。',
  'westernunion-cn-receive': '国内可在代理点、合作银行 App 或支付宝“跨境汇款”小程序收款，要中国身份证。',
  'ce-fx-quota-2018': '个人每年购汇额度5万美元，不受2017年境外取现新规影响。',
  'wise-weixin-es': 'Wise 汇到微信只支持列出的汇出国家和货币，墨西哥和比索都不在内。',
  'france24-crypto-2021': '2021年9月24日，人民银行等十部门把虚拟货币业务定为非法金融活动。',
  'mfa-mexico-alert-2022': '墨西哥报警、急救、火警打911；使馆领事保护电话。',
  'cctv-embassy-safety-2026': '使馆和驻蒂华纳总领馆电话；2026年2月22日对七个州的安全提醒。',
  'cwan-embassy-notice-2023': '12308热线 +86-10-12308；备用号码 +86-10-65612308。',
  'bole66-uk-embassy-scam-2025': '使领馆通知里的12308备用号码 +86-10-65612308。',
  'vdocuments-tijuana-district-2019': '驻蒂华纳总领馆负责下加州、南下加州、索诺拉、奇瓦瓦四州。',
  'techcrunch-dual-sim-2018': '大陆版 iPhone 是两个实体卡槽、没有 eSIM。',
  'newsbytes-iphone-air-2025': 'iPhone 17 系列在大陆仍是实体卡；只支持 eSIM 的 iPhone Air 推迟上市。',
  'chinadaily-iphone-air-2025': 'iPhone Air 在三大运营商获准 eSIM 后于2025年10月22日在大陆开售。',
  'caixin-iphone-air-2025': '联通先开通；eSIM 要本人带证件到营业厅办理。',
  '36kr-iphone-air-2025': '苹果员工说大陆版 iPhone Air 出境可漫游或装当地 eSIM；没找到实测。',
  'netease-esim-android-2026': '多数国行安卓手机没有 eSIM，2026年少数新机型开始支持。',
  'microesim-eid': '能用 eSIM 的手机在设置里或拨 *#06# 能看到 EID。',
  'unionpayintl-pymnts-2019': '2019年1月，墨西哥约九成 ATM 受理银联卡。',
  'unionpayintl-latam': '较新的通稿说墨西哥“超过80%”的 ATM 受理银联；哪些银行没写。',
  'unionpayintl-atm-abroad': '双标卡在境外 ATM 不一定走银联通道；62开头的单银联卡更稳妥。',
  'safe-cash-abroad-2018': '境外取现每卡每天不超过等值1万元人民币，每人每年不超过10万元。',
  'elclarinete-cash-2025': '出入墨西哥携带超过等值1万美元要申报，否则罚没超出部分的20%–40%。',
  'discoverbeijing-exit-rules': '出境带人民币超过2万元、外币超过等值5,000美元要申报。',
  'ppfocus-airport-customs': '外币5,000到1万美元之间要带银行开的携带证。',
  'embamex-japan-visas':
    '持有效的美、加、日、英或申根多次入境签证（或永久居留）可免墨西哥签证，停留不超过180天。',
  'kantie-embassy-entry-2023': '移民局可能要看酒店预订、回程机票等纸质材料，不看手机里的。',
  'justia-liva-chapter6': '增值税法第31条：坐飞机或船离境的外国游客可退商品的增值税。',
  'vatupdate-mexico-refund-2025': '机场 MoneyBack 柜台办理要带的材料；2025年有报道在运作，2026年未确认。',
  'expansion-aicm-taxi-2026':
    '墨西哥城机场内网约车可能不能接客；坐授权出租车，到 Benito Juárez 区约415–425比索。',
  'uber-mx-cash-trips': 'Uber 在部分地区可以付现金。',
  'anyonecantravel-cdmx-rides': 'Uber、DiDi 可在 App 里绑卡付，DiDi 常用现金。',
  'zwgw-embassy-scam': '使馆不会在电话里要护照、银行信息，不会转接“国内警方”，不会要钱。',
  'hanyutai-tijuana-summer-2024': '建议买意外和医疗保险，带好护照、签证和入境章的复印件。',
};
